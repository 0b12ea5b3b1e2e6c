import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  ProgressIndicator,
  Spinner,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { draftFromDirectory, notOnRoster } from '../../../../app/roster/entraImport';
import { commitRosterImport, type RosterImportFailure, type RosterImportProgress } from '../../../../app/roster/commitRosterImport';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { format, formatCount } from '../../../../components/format';
import { matchesPersonSearch } from '../../../../domain';
import type { RosterEntry } from '../../../../data/ports';

/** Props of EntraImportPanel. */
export interface EntraImportPanelProps {
  roster: readonly RosterEntry[];
  onDismiss(changed: boolean): void;
}

type Run =
  | { phase: 'choose' }
  | { phase: 'writing'; progress: RosterImportProgress }
  | { phase: 'done'; written: number }
  | { phase: 'stopped'; failure: RosterImportFailure };
const wait = (seconds: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, seconds * 1000));

/** Pick people from the directory (with their managers as reviewers) and add them to the roster. */
export const EntraImportPanel: React.FC<EntraImportPanelProps> = ({ roster, onDismiss }) => {
  const { directory, roster: store } = useAppServices();
  const [people, reload] = useAsync(() => directory.listPeopleWithManagers(), [directory]);
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = React.useState('');
  const [run, setRun] = React.useState<Run>({ phase: 'choose' });
  const everyone = people.status === 'ready' ? people.value : [];
  const offered = notOnRoster(everyone, roster).filter((p) => matchesPersonSearch(filter, p.displayName, p.upn));
  const toggle = (id: string, on: boolean): void =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const add = (): void => {
    const rows = everyone
      .filter((p) => chosen.has(p.id))
      .map((p, i) => ({ line: i + 1, status: 'add' as const, entry: draftFromDirectory(p, everyone), etag: undefined }));
    setRun({ phase: 'writing', progress: { written: 0, total: rows.length } });
    commitRosterImport(rows, store, { wait, onProgress: (progress) => setRun({ phase: 'writing', progress }) }).then(
      (result) => setRun(result.ok ? { phase: 'done', written: result.value.written } : { phase: 'stopped', failure: result.error }),
      () => setRun({ phase: 'choose' })
    );
  };
  const changed = run.phase === 'done' || (run.phase === 'stopped' && run.failure.written > 0);
  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={strings.EntraPanelTitle}
      onDismiss={() => onDismiss(changed)}
      closeButtonAriaLabel={strings.ImportClose}
      isBlocking={run.phase === 'writing'}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {run.phase === 'choose' ? (
            <PrimaryButton
              text={formatCount(chosen.size, strings.EntraAddButtonOne, strings.EntraAddButton)}
              disabled={chosen.size === 0}
              onClick={add}
            />
          ) : null}
          <DefaultButton
            text={run.phase === 'choose' ? strings.ImportCancel : strings.ImportClose}
            disabled={run.phase === 'writing'}
            onClick={() => onDismiss(changed)}
          />
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text>{strings.EntraIntro}</Text>
        {people.status === 'loading' ? <Spinner label={strings.LoadingPeople} /> : null}
        {people.status === 'error' ? <ErrorMessage error={people.error} onRetry={reload} /> : null}
        {run.phase === 'writing' ? (
          <ProgressIndicator
            label={strings.ImportWriting}
            description={
              run.progress.waitingSeconds
                ? format(strings.ImportWaiting, run.progress.written, run.progress.total, run.progress.waitingSeconds)
                : format(strings.ImportWritingProgress, run.progress.written, run.progress.total)
            }
            percentComplete={run.progress.total ? run.progress.written / run.progress.total : 0}
          />
        ) : null}
        {run.phase === 'done' ? (
          <MessageBar messageBarType={MessageBarType.success}>
            {formatCount(run.written, strings.ImportDoneOne, strings.ImportDone)}
          </MessageBar>
        ) : null}
        {run.phase === 'stopped' ? <ErrorMessage error={run.failure.error} /> : null}
        {people.status === 'ready' && run.phase === 'choose' ? (
          <Stack tokens={{ childrenGap: 8 }}>
            <TextField label={strings.EntraFilter} value={filter} onChange={(_, v) => setFilter(v ?? '')} />
            {offered.length === 0 ? <Text>{strings.EntraNone}</Text> : null}
            {offered.map((p) => (
              <Checkbox
                key={p.id}
                label={p.jobTitle ? format(strings.EntraSelectPerson, p.displayName, p.jobTitle) : p.displayName}
                checked={chosen.has(p.id)}
                onChange={(_, on) => toggle(p.id, !!on)}
              />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Panel>
  );
};
