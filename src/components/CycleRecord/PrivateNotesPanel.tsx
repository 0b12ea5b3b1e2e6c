import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { PRIVATE_NOTE_LIMIT, retainUntilFor, type CycleWindow } from '../../domain';
import type { DataError, PrivateNote } from '../../data/ports';
import { useAppServices } from '../services/AppServicesContext';
import { useAsync } from '../hooks/useAsync';
import { ErrorMessage } from '../ErrorMessage';
import { format } from '../format';
import { formatInstant } from './agreement/statusText';

const NOTE_LIMIT = PRIVATE_NOTE_LIMIT;

/** Props of PrivateNotesPanel. */
export interface PrivateNotesPanelProps {
  staffKey: string;
  cycle: CycleWindow;
}

/**
 * The reviewer's private notes about the appraisee (DOMAIN §5, §7.8): only their author sees them, never part of the
 * agreed record or a Word copy; the panel says they may have to be disclosed in a subject access request.
 */
export const PrivateNotesPanel: React.FC<PrivateNotesPanelProps> = ({ staffKey, cycle }) => {
  const { privateNotes, settings } = useAppServices();
  const theme = useTheme();
  const [state, reload] = useAsync(() => privateNotes.mine(staffKey), [privateNotes, staffKey]);
  const [added, setAdded] = React.useState<PrivateNote[]>([]);
  const [draft, setDraft] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<DataError>();
  const over = draft.length - NOTE_LIMIT;
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(undefined);
    const scheme = await settings.getSettings();
    const years = scheme.ok ? scheme.value.retentionYears : 6;
    const result = await privateNotes.add({ staffKey, cycleLabel: cycle.label, text: draft, retainUntil: retainUntilFor(cycle, years) });
    setSaving(false);
    // The draft stays until SharePoint has the note.
    if (!result.ok) return setError(result.error);
    setAdded((a) => [...a, result.value]);
    setDraft('');
  };
  const notes = state.status === 'ready' ? [...state.value, ...added.filter((n) => !state.value.some((s) => s.id === n.id))] : added;
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 12 } }}>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {strings.PrivateNotesWarning}
      </MessageBar>
      {state.status === 'loading' ? <Spinner label={strings.PrivateNotesLoading} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && notes.length === 0 ? <Text>{strings.PrivateNotesNone}</Text> : null}
      <Stack as="ul" tokens={{ childrenGap: 8 }} styles={{ root: { listStyle: 'none', margin: 0, padding: 0 } }}>
        {notes.map((n) => (
          <li key={n.id}>
            <Stack styles={{ root: { borderLeft: `3px solid ${theme.palette.themePrimary}`, paddingLeft: 8 } }}>
              <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
                {format(strings.PrivateNoteWritten, formatInstant(n.writtenAt), n.cycleLabel)}
              </Text>
              <Text styles={{ root: { whiteSpace: 'pre-wrap' } }}>{n.text}</Text>
            </Stack>
          </li>
        ))}
      </Stack>
      <TextField
        label={strings.PrivateNoteNew}
        multiline
        rows={4}
        value={draft}
        onChange={(_e, v) => setDraft(v ?? '')}
        description={
          over > 0 ? undefined : format(strings.CharacterCount, draft.length.toLocaleString('en-GB'), NOTE_LIMIT.toLocaleString('en-GB'))
        }
        errorMessage={over > 0 ? format(strings.PrivateNoteTooLong, over.toLocaleString('en-GB')) : undefined}
      />
      {error ? <ErrorMessage error={error} /> : null}
      <Stack horizontal>
        <PrimaryButton
          text={saving ? strings.PrivateNoteSaving : strings.PrivateNoteSave}
          disabled={saving || draft.trim() === '' || over > 0}
          onClick={() => {
            save().catch(() => undefined);
          }}
        />
      </Stack>
    </Stack>
  );
};
