import * as React from 'react';
import { FontIcon, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'CommonStrings';
import { STAGES, type Stage } from '../../domain';
import type { CycleRecordSummary } from '../../data/ports';
import { stageLabel } from '../labels/cycleLabels';
import { format } from '../format';

/** Props of StageTracker. */
export interface StageTrackerProps {
  stage: CycleRecordSummary['stage'];
  /** Stages HR marked not required this cycle. */
  notRequired?: readonly Stage[];
  /** Shared stages HR closed "not agreed". */
  closedNotAgreed?: readonly Stage[];
}

/** The three formal stages, the current one marked (aria-current="step"); each says its state in words. */
export const StageTracker: React.FC<StageTrackerProps> = ({ stage, notRequired = [], closedNotAgreed = [] }) => {
  const theme = useTheme();
  const current = STAGES.indexOf(stage as Stage);
  const doneAll = stage === 'agreed' || stage === 'closed';
  return (
    <ol aria-label={strings.StagesLabel} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 16 }}>
      {STAGES.map((s, i) => {
        const waived = notRequired.includes(s) && i !== current;
        const state = waived
          ? 'notRequired'
          : closedNotAgreed.includes(s)
            ? 'closedNotAgreed'
            : doneAll || i < current
              ? 'done'
              : i === current
                ? 'current'
                : 'toCome';
        const color =
          state === 'current'
            ? theme.palette.themePrimary
            : state === 'done'
              ? theme.semanticColors.successIcon
              : theme.palette.neutralSecondary;
        return (
          <Stack
            as="li"
            key={s}
            horizontal
            verticalAlign="center"
            tokens={{ childrenGap: 6 }}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <FontIcon
              aria-hidden
              iconName={
                state === 'done'
                  ? 'CompletedSolid'
                  : state === 'current'
                    ? 'CircleFill'
                    : state === 'notRequired'
                      ? 'Blocked2'
                      : state === 'closedNotAgreed'
                        ? 'Completed'
                        : 'CircleRing'
              }
              style={{ color }}
            />
            <Text styles={{ root: { fontWeight: state === 'current' ? 600 : 400 } }}>{stageLabel(s)}</Text>
            <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
              {format(
                strings.StageStateNote,
                state === 'done'
                  ? strings.StageDone
                  : state === 'current'
                    ? strings.StageCurrent
                    : state === 'notRequired'
                      ? strings.StageNotRequired
                      : state === 'closedNotAgreed'
                        ? strings.StageClosedNotAgreed
                        : strings.StageToCome
              )}
            </Text>
          </Stack>
        );
      })}
    </ol>
  );
};
