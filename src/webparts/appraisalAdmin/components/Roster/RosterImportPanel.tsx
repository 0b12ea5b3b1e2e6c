import * as React from 'react';
import {
  DefaultButton,
  getId,
  Link,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  ProgressIndicator,
  Spinner,
  Stack,
  Text
} from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { previewRosterImport, rosterCsvTemplate, type RosterFileError } from '../../../../app/roster/previewRosterImport';
import { ROSTER_COLUMNS, ROSTER_REQUIRED_COLUMNS } from '../../../../domain';
import { commitRosterImport } from '../../../../app/roster/commitRosterImport';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { dataErrorText, ErrorMessage } from '../../../../components/ErrorMessage';
import { format, formatCount } from '../../../../components/format';
import type { RosterEntry } from '../../../../data/ports';
import { countRows, rosterImportReducer } from './rosterImportState';
import { PreviewTable } from './PreviewTable';

/** Props of RosterImportPanel. */
export interface RosterImportPanelProps {
  roster: readonly RosterEntry[];
  /** `changed` is true when rows were written, so the roster reloads. */
  onDismiss(changed: boolean): void;
}

/** Reads a chosen file as UTF-8 text (FileReader works everywhere SharePoint and Teams run). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

const OPTIONAL_COLUMNS = ROSTER_COLUMNS.filter((c) => !ROSTER_REQUIRED_COLUMNS.includes(c));
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(rosterCsvTemplate())}`;

const wait = (seconds: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, seconds * 1000));

function fileErrorText(error: RosterFileError): string {
  switch (error.code) {
    case 'empty':
      return strings.ImportFileEmpty;
    case 'unterminatedQuote':
      return format(strings.ImportUnterminatedQuote, error.line);
    case 'missingColumns':
      return format(strings.ImportMissingColumns, error.columns.join(', '));
    case 'directory':
      return strings.ImportDirectoryFailed + dataErrorText(error.error);
    default: {
      const unreachable: never = error;
      return String(unreachable);
    }
  }
}

/** Choose a CSV, check the preview, then import; cancelling before Import writes nothing. */
export const RosterImportPanel: React.FC<RosterImportPanelProps> = ({ roster, onDismiss }) => {
  const { directory, roster: store } = useAppServices();
  const [state, dispatch] = React.useReducer(rosterImportReducer, { phase: 'choose' });
  const [inputId] = React.useState(() => getId('roster-csv'));

  const read = async (file: File): Promise<void> => {
    dispatch({ type: 'reading' });
    const result = await previewRosterImport(await readText(file), directory, roster);
    dispatch(result.ok ? { type: 'previewed', rows: result.value } : { type: 'fileError', error: result.error });
  };
  const write = async (): Promise<void> => {
    if (state.phase !== 'preview') return;
    const result = await commitRosterImport(state.rows, store, {
      wait,
      onProgress: (progress) => dispatch({ type: 'progress', progress })
    });
    dispatch(result.ok ? { type: 'done', written: result.value.written } : { type: 'stopped', failure: result.error });
  };

  const changed = state.phase === 'done' ? state.written > 0 : state.phase === 'stopped' && state.failure.written > 0;
  const close = (): void => onDismiss(changed);
  const counts = state.phase === 'preview' ? countRows(state.rows) : undefined;
  const writable = counts ? counts.add + counts.update : 0;
  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={strings.ImportPanelTitle}
      onDismiss={close}
      closeButtonAriaLabel={strings.ImportClose}
      isBlocking={state.phase === 'writing'}
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {state.phase === 'preview' ? (
            <PrimaryButton
              text={formatCount(writable, strings.ImportButtonOne, strings.ImportButton)}
              disabled={writable === 0}
              onClick={() => {
                write().catch(() => dispatch({ type: 'reset' }));
              }}
            />
          ) : null}
          <DefaultButton
            text={state.phase === 'done' || state.phase === 'stopped' ? strings.ImportClose : strings.ImportCancel}
            disabled={state.phase === 'writing'}
            onClick={close}
          />
        </Stack>
      )}
      isFooterAtBottom
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text>{strings.ImportPanelIntro}</Text>
        <Text variant="small">{format(strings.ImportColumnsHelp, ROSTER_REQUIRED_COLUMNS.join(', '), OPTIONAL_COLUMNS.join(', '))}</Text>
        <Link href={TEMPLATE_HREF} download="roster-template.csv">
          {strings.ImportTemplate}
        </Link>
        {state.phase === 'choose' || state.phase === 'fileError' || state.phase === 'preview' ? (
          <Stack tokens={{ childrenGap: 4 }}>
            <label htmlFor={inputId}>{strings.ImportChooseFile}</label>
            <input
              id={inputId}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) read(file).catch(() => dispatch({ type: 'reset' }));
              }}
            />
          </Stack>
        ) : null}
        {state.phase === 'reading' ? <Spinner label={strings.ImportReading} /> : null}
        {state.phase === 'fileError' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {fileErrorText(state.error)}
          </MessageBar>
        ) : null}
        {counts ? <Text>{format(strings.ImportSummary, counts.add, counts.update, counts.unchanged, counts.error)}</Text> : null}
        {state.phase === 'writing' ? (
          <ProgressIndicator
            label={strings.ImportWriting}
            description={
              state.progress.waitingSeconds
                ? format(strings.ImportWaiting, state.progress.written, state.progress.total, state.progress.waitingSeconds)
                : format(strings.ImportWritingProgress, state.progress.written, state.progress.total)
            }
            percentComplete={state.progress.total ? state.progress.written / state.progress.total : 0}
          />
        ) : null}
        {state.phase === 'done' ? (
          <MessageBar messageBarType={MessageBarType.success}>
            {formatCount(state.written, strings.ImportDoneOne, strings.ImportDone)}
          </MessageBar>
        ) : null}
        {state.phase === 'stopped' ? (
          <Stack tokens={{ childrenGap: 4 }}>
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {format(strings.ImportStopped, state.failure.line, state.failure.written)}
            </MessageBar>
            <ErrorMessage error={state.failure.error} />
          </Stack>
        ) : null}
        {state.phase === 'preview' || state.phase === 'writing' || state.phase === 'stopped' ? <PreviewTable rows={state.rows} /> : null}
      </Stack>
    </Panel>
  );
};
