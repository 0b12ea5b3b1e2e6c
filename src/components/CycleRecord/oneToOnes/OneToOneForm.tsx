import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'RecordStrings';
import {
  mergeOneToOneNotes,
  newAgendaItem,
  orderedAgenda,
  resolveConflict,
  validateOneToOne,
  TEXT_LIMITS,
  type ConflictChoice,
  type IsoDate,
  type MergeConflict,
  type OneToOneNotes,
  type Party
} from '../../../domain';
import type { MeetingRecord } from '../../../data/ports';
import { useAppServices } from '../../services/AppServicesContext';
import { dataErrorText } from '../../ErrorMessage/dataErrorText';
import { format, formatDate } from '../../format';
import { TextArea } from '../text/TextArea';
import { characterCount } from '../text/characterCount';
import { FieldDescription } from '../text/FieldDescription';
import { ActionsEditor } from './ActionsEditor';
import { errorLookup } from '../draft/fieldErrors';
import { patchAt } from '../draft/listEdits';
import { ConflictView } from '../draft/ConflictView';

/** How many times in a row a save merges and tries again before it gives up. */
const MERGE_ATTEMPTS = 3;

/** Props of OneToOneForm. */
export interface OneToOneFormProps {
  meeting: MeetingRecord;
  initial: OneToOneNotes;
  party: Party | 'viewer';
  /** The other party's name, for the merge's words. */
  otherName: string;
  newId(prefix: string): string;
  onSaved(meeting: MeetingRecord): void;
}

/**
 * One one-to-one's two-way record (AB9–AB10): agenda by both, what is going well first, notes, wellbeing, actions.
 * A save over notes someone else saved meanwhile merges the two against the notes this form started from.
 */
export const OneToOneForm: React.FC<OneToOneFormProps> = ({ meeting, initial, party, otherName, newId, onSaved }) => {
  const { meetings, clock } = useAppServices();
  const [notes, setNotes] = React.useState(initial);
  const [item, setItem] = React.useState('');
  const [message, setMessage] = React.useState<{ error: boolean; text: string }>();
  const [busy, setBusy] = React.useState(false);
  const [errors, setErrors] = React.useState(() => errorLookup([]));
  // The notes as stored when this form last read or saved them: what a merge compares both sides with.
  const base = React.useRef(initial);
  const [conflicts, setConflicts] = React.useState<readonly MergeConflict[]>([]);
  const writable = party !== 'viewer';
  const itemCount = characterCount(item, TEXT_LIMITS.short);
  const set = (patch: Partial<OneToOneNotes>): void => setNotes({ ...notes, ...patch });
  const store = async (target: MeetingRecord, next: OneToOneNotes, held: boolean, merges: number): Promise<void> => {
    const result = await meetings.saveNotes(target, next);
    if (result.ok) {
      base.current = result.value.notes ?? next;
      setNotes(next);
      setMessage({
        error: false,
        text: merges
          ? format(strings.MergedWith, otherName || strings.SomeoneElse)
          : held
            ? strings.OneToOneHeldSaved
            : strings.OneToOneSaved
      });
      return onSaved(result.value);
    }
    if (result.error.code !== 'staleVersion') return setMessage({ error: true, text: dataErrorText(result.error) });
    if (merges >= MERGE_ATTEMPTS) return setMessage({ error: true, text: dataErrorText({ code: 'conflict' }) });
    // Someone saved first: merge against the notes this form started from; the form now stands on their version.
    const current = result.error.current;
    const theirs = current.notes ?? base.current;
    const merged = mergeOneToOneNotes(base.current, next, theirs);
    base.current = theirs;
    onSaved(current);
    setNotes(merged.merged);
    if (merged.conflicts.length) return setConflicts(merged.conflicts);
    await store(current, merged.merged, held, merges + 1);
  };
  const save = async (held: boolean): Promise<void> => {
    // Held on the meeting's own date (or today, if the meeting is still to come and was held early).
    const meetingDay = meeting.start.slice(0, 10) as IsoDate;
    const next = held ? { ...notes, heldOn: notes.heldOn ?? (meetingDay < clock.today() ? meetingDay : clock.today()) } : notes;
    const invalid = validateOneToOne(next);
    setErrors(() => errorLookup(invalid));
    if (invalid.length) return setMessage({ error: true, text: strings.OneToOneInvalid });
    setBusy(true);
    await store(meeting, next, held, 0);
    setBusy(false);
  };
  const resolve = (conflict: MergeConflict, choice: ConflictChoice): void => {
    setNotes(resolveConflict(notes, conflict, choice));
    setConflicts(conflicts.filter((c) => c !== conflict));
  };
  return (
    <Stack tokens={{ childrenGap: 10 }}>
      {conflicts.length ? (
        <ConflictView conflicts={conflicts} mine={notes} otherName={otherName || strings.SomeoneElse} onResolve={resolve} />
      ) : null}
      {notes.heldOn ? <Text>{format(strings.HeldOn, formatDate(notes.heldOn))}</Text> : <Text>{strings.NotYetHeld}</Text>}
      <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.AgendaHeading}
      </Text>
      {notes.agenda.length === 0 ? <Text>{strings.NoAgenda}</Text> : null}
      <ul style={{ margin: 0 }}>
        {orderedAgenda(notes.agenda).map((a) => (
          <li key={a.id}>
            <Text>
              {format(strings.AgendaItemShown, a.text, a.raisedBy === 'reviewer' ? strings.PartyReviewer : strings.PartyAppraisee)}
            </Text>
            {writable ? (
              <DefaultButton
                text={a.discussed ? strings.MarkNotDiscussed : strings.MarkDiscussed}
                onClick={() => set({ agenda: patchAt(notes.agenda, notes.agenda.indexOf(a), { discussed: !a.discussed }) })}
                styles={{ root: { marginLeft: 8, height: 24 } }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {writable ? (
        // The button under the field, not beside it: the counter under the field would push it below the box.
        <Stack horizontalAlign="start" tokens={{ childrenGap: 8 }}>
          <TextField
            label={strings.AddAgendaItem}
            value={item}
            onChange={(_e, v) => setItem(v ?? '')}
            onRenderDescription={() => <FieldDescription count={itemCount} />}
            errorMessage={itemCount.error}
            styles={{ root: { alignSelf: 'stretch' } }}
          />
          <DefaultButton
            text={strings.AddToAgenda}
            onClick={() => {
              if (!item.trim() || itemCount.error) return;
              set({ agenda: [...notes.agenda, newAgendaItem(newId('agenda'), item.trim(), party as Party)] });
              setItem('');
            }}
          />
        </Stack>
      ) : null}
      <TextArea
        label={strings.GoingWell}
        value={notes.goingWell}
        onChange={(goingWell) => set({ goingWell })}
        readOnly={!writable}
        maxLength={TEXT_LIMITS.notes}
        error={errors('goingWell')}
      />
      <TextArea
        label={strings.AppraiseeNotes}
        value={notes.appraiseeNotes}
        onChange={(appraiseeNotes) => set({ appraiseeNotes })}
        readOnly={party !== 'appraisee'}
        maxLength={TEXT_LIMITS.notes}
        error={errors('appraiseeNotes')}
      />
      <TextArea
        label={strings.SharedNotes}
        value={notes.sharedNotes}
        onChange={(sharedNotes) => set({ sharedNotes })}
        readOnly={!writable}
        maxLength={TEXT_LIMITS.notes}
        error={errors('sharedNotes')}
      />
      <TextArea
        label={strings.Wellbeing}
        description={strings.WellbeingHelp}
        value={notes.wellbeing}
        onChange={(wellbeing) => set({ wellbeing })}
        readOnly={!writable}
        maxLength={TEXT_LIMITS.notes}
        error={errors('wellbeing')}
      />
      <ActionsEditor
        actions={notes.actions}
        party={party}
        newId={() => newId('action')}
        onChange={(actions) => set({ actions })}
        errorFor={errors}
      />
      <TextArea
        label={strings.OneToOneSummary}
        value={notes.summary}
        onChange={(summary) => set({ summary })}
        readOnly={party !== 'reviewer'}
        maxLength={TEXT_LIMITS.notes}
        error={errors('summary')}
      />
      {message ? (
        <MessageBar
          messageBarType={message.error ? MessageBarType.error : MessageBarType.success}
          onDismiss={() => setMessage(undefined)}
          dismissButtonAriaLabel={strings.DismissMessage}
        >
          {message.text}
        </MessageBar>
      ) : null}
      {writable ? (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.SaveOneToOne} disabled={busy || conflicts.length > 0} onClick={() => save(false)} />
          {!notes.heldOn ? (
            <DefaultButton text={strings.SaveAndMarkHeld} disabled={busy || conflicts.length > 0} onClick={() => save(true)} />
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
};
