import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, ProgressIndicator, Stack, Text } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { prepareAccess, type PrepareAccessFailure, type PrepareAccessProgress } from '../../../../app/prepareAccess';
import type { RosterEntry } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { format } from '../../../../components/format';

const wait = (seconds: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, seconds * 1000));

type Run =
  | { phase: 'idle' }
  | { phase: 'running'; progress?: PrepareAccessProgress }
  | { phase: 'done'; prepared: number; alreadyReady: number }
  | { phase: 'stopped'; failure: PrepareAccessFailure };

/**
 * Preparing access for the roster as its own step (docs/bulk-administration.md): the people's protected containers,
 * made in batches with progress counted in people, and the wait shown when SharePoint asks for one.
 */
export const PrepareAccessPanel: React.FC<{ roster: readonly RosterEntry[]; disabled?: boolean }> = ({ roster, disabled }) => {
  const { records } = useAppServices();
  const [run, setRun] = React.useState<Run>({ phase: 'idle' });
  const start = (): void => {
    setRun({ phase: 'running' });
    prepareAccess(roster, records, { wait, onProgress: (progress) => setRun({ phase: 'running', progress }) }).then(
      // Nothing the Cycles tab shows changes (no record is opened), so it is not reloaded: that would unmount this panel.
      (result) => setRun(result.ok ? { phase: 'done', ...result.value } : { phase: 'stopped', failure: result.error }),
      () => setRun({ phase: 'idle' })
    );
  };
  const progress = run.phase === 'running' ? run.progress : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.PrepareAccessHeading}
      </Text>
      <Text>{strings.PrepareAccessIntro}</Text>
      {run.phase === 'running' ? (
        <ProgressIndicator
          label={strings.PreparingProgress}
          percentComplete={progress?.total ? progress.done / progress.total : undefined}
          description={
            progress?.waitingSeconds
              ? format(strings.OpeningWaiting, progress.waitingSeconds)
              : progress
                ? format(strings.OpeningProgressDescription, progress.done, progress.total)
                : undefined
          }
        />
      ) : null}
      {run.phase === 'done' ? (
        <MessageBar messageBarType={MessageBarType.success}>{format(strings.PreparedDone, run.prepared, run.alreadyReady)}</MessageBar>
      ) : null}
      {run.phase === 'stopped' && run.failure.code === 'personFailed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {format(strings.PrepareStopped, run.failure.displayName, run.failure.prepared)}
        </MessageBar>
      ) : null}
      {run.phase === 'stopped' ? <ErrorMessage error={run.failure.error} /> : null}
      <Stack horizontal>
        <DefaultButton text={strings.PrepareAccessButton} disabled={disabled || run.phase === 'running'} onClick={start} />
      </Stack>
    </Stack>
  );
};
