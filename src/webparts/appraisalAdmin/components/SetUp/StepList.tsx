import * as React from 'react';
import { FontIcon, Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import type { SetUpState, StepStatus } from './setUpState';
import { stepText } from './stepText';

const statusText: Record<StepStatus, string> = {
  pending: strings.StepStatusPending,
  running: strings.StepStatusRunning,
  done: strings.StepStatusDone,
  failed: strings.StepStatusFailed
};

/** Props of StepList. */
export interface StepListProps {
  steps: SetUpState['steps'];
}

/** The set-up steps with their status, readable by screen readers (each row says its status in words). */
export const StepList: React.FC<StepListProps> = ({ steps }) => {
  const theme = useTheme();
  const icon = (status: StepStatus): React.ReactNode => {
    if (status === 'running') return <Spinner size={SpinnerSize.xSmall} />;
    const name = status === 'done' ? 'CheckMark' : status === 'failed' ? 'ErrorBadge' : 'CircleRing';
    const color =
      status === 'done'
        ? theme.semanticColors.successIcon
        : status === 'failed'
          ? theme.semanticColors.errorIcon
          : theme.palette.neutralTertiary;
    return <FontIcon iconName={name} aria-hidden style={{ color, width: 16 }} />;
  };
  return (
    <Stack
      as="ol"
      tokens={{ childrenGap: 4 }}
      styles={{ root: { listStyle: 'none', margin: 0, padding: 0 } }}
      aria-label={strings.StepsHeading}
    >
      {steps.map(({ step, status }) => (
        <Stack as="li" key={step.id} horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          {icon(status)}
          <Text>{stepText(step)}</Text>
          <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            {statusText[status]}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
};
