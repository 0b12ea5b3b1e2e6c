import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { cycleContaining, ok, trackFor } from '../../../../domain';
import { openCycle, type OpenCycleFailure, type OpenCycleProgress } from '../../../../app/openCycle';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { format, formatCount, formatDate } from '../../../../components/format';
import { PrepareAccessPanel } from './PrepareAccessPanel';

const wait = (seconds: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, seconds * 1000));

type Run =
  | { phase: 'idle' }
  | { phase: 'running'; progress: OpenCycleProgress }
  | { phase: 'done'; opened: number }
  | { phase: 'stopped'; failure: OpenCycleFailure };

/** The current cycle (from the school's start month), who is in it, and opening it with progress. */
export const CyclesView: React.FC = () => {
  const { settings, roster, records, clock } = useAppServices();
  const [run, setRun] = React.useState<Run>({ phase: 'idle' });
  const [state, reload] = useAsync(async () => {
    const s = await settings.getSettings();
    if (!s.ok) return s;
    const cycle = cycleContaining(clock.today(), s.value.cycleStartMonth);
    const [people, opened] = await Promise.all([roster.listRoster(), records.openedFor(cycle)]);
    if (!people.ok) return people;
    if (!opened.ok) return opened;
    return ok({ settings: s.value, cycle, roster: people.value.entries, opened: opened.value });
  }, [settings, roster, records]);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { cycle, roster: people, opened, settings: scheme } = state.value;
  if (people.length === 0) return <MessageBar>{strings.RosterFirst}</MessageBar>;
  const tracks = people.map((p) => trackFor(p, cycle));
  const toOpen = people.filter((p, i) => tracks[i] !== undefined && !opened.has(p.id)).length;
  const start = (): void => {
    setRun({ phase: 'running', progress: { done: 0, total: toOpen } });
    openCycle(people, records, cycle, scheme.retentionYears, clock.today(), {
      wait,
      onProgress: (progress) => setRun({ phase: 'running', progress })
    }).then(
      (result) => {
        setRun(result.ok ? { phase: 'done', opened: result.value.opened } : { phase: 'stopped', failure: result.error });
        reload();
      },
      () => setRun({ phase: 'idle' })
    );
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
        {format(common.CycleHeading, cycle.label)}
      </Text>
      <Text>{format(common.CycleDates, formatDate(cycle.start), formatDate(cycle.end))}</Text>
      <Text>{strings.CyclesIntro}</Text>
      <Text>
        {format(
          strings.CycleSummary,
          people.length,
          tracks.filter((t) => t === 'fullCycle').length,
          tracks.filter((t) => t === 'oneToOneOnly').length,
          tracks.filter((t) => !t).length,
          opened.size
        )}
      </Text>
      {run.phase === 'running' ? (
        <ProgressIndicator
          label={strings.OpeningProgress}
          percentComplete={run.progress.total ? run.progress.done / run.progress.total : 0}
          description={
            run.progress.waitingSeconds
              ? format(strings.OpeningWaiting, run.progress.waitingSeconds)
              : format(strings.OpeningProgressDescription, run.progress.done, run.progress.total)
          }
        />
      ) : null}
      {run.phase === 'done' ? (
        <MessageBar messageBarType={MessageBarType.success}>
          {formatCount(run.opened, strings.OpenedDoneOne, strings.OpenedDone, cycle.label)}
        </MessageBar>
      ) : null}
      {run.phase === 'stopped' && run.failure.code === 'personFailed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {format(strings.OpenStopped, run.failure.displayName, run.failure.opened)}
        </MessageBar>
      ) : null}
      {run.phase === 'stopped' ? <ErrorMessage error={run.failure.error} /> : null}
      {toOpen === 0 && run.phase !== 'running' ? <MessageBar>{format(strings.OpenCycleNothing, cycle.label)}</MessageBar> : null}
      {toOpen > 0 ? (
        <Stack horizontal>
          <PrimaryButton
            text={formatCount(toOpen, strings.OpenCycleButtonOne, strings.OpenCycleButton, cycle.label)}
            disabled={run.phase === 'running'}
            onClick={start}
          />
        </Stack>
      ) : null}
      <PrepareAccessPanel roster={people} disabled={run.phase === 'running'} />
    </Stack>
  );
};
