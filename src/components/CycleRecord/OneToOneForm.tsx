import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { newAgendaItem, orderedAgenda, validateOneToOne, TEXT_LIMITS, type IsoDate, type OneToOneNotes, type Party } from '../../domain';
import type { MeetingRecord } from '../../data/ports';
import { useAppServices } from '../services/AppServicesContext';
import { dataErrorText } from '../ErrorMessage/dataErrorText';
import { format, formatDate } from '../format';
import { TextArea } from './TextArea';
import { characterCount } from './characterCount';
import { ActionsEditor } from './ActionsEditor';
import { errorLookup } from './fieldErrors';
import { patchAt } from './listEdits';

/** Props of OneToOneForm. */
export interface OneToOneFormProps {
  meeting: MeetingRecord;
  initial: OneToOneNotes;
  party: Party | 'viewer';
  newId(prefix: string): string;
  onSaved(meeting: MeetingRecord): void;
}

/** One one-to-one's two-way record (AB9–AB10): agenda by both, what is going well first, notes, wellbeing, actions. */
export const OneToOneForm: React.FC<OneToOneFormProps> = ({ meeting, initial, party, newId, onSaved }) => {
  const { meetings, clock } = useAppServices();
  const [notes, setNotes] = React.useState(initial);
  const [item, setItem] = React.useState('');
  const [message, setMessage] = React.useState<{ error: boolean; text: string }>();
  const [busy, setBusy] = React.useState(false);
  const [errors, setErrors] = React.useState(() => errorLookup([]));
  const writable = party !== 'viewer';
  const itemCount = characterCount(item, TEXT_LIMITS.short);
  const set = (patch: Partial<OneToOneNotes>): void => setNotes({ ...notes, ...patch });
  const save = async (held: boolean): Promise<void> => {
    // Held on the meeting's own date (or today, if the meeting is still to come and was held early).
    const meetingDay = meeting.start.slice(0, 10) as IsoDate;
    const next = held ? { ...notes, heldOn: notes.heldOn ?? (meetingDay < clock.today() ? meetingDay : clock.today()) } : notes;
    const invalid = validateOneToOne(next);
    setErrors(() => errorLookup(invalid));
    if (invalid.length) return setMessage({ error: true, text: strings.OneToOneInvalid });
    setBusy(true);
    const { etag, ...rest } = meeting;
    const result = await meetings.saveMeeting({ ...rest, notes: next }, etag);
    setBusy(false);
    if (!result.ok) return setMessage({ error: true, text: dataErrorText(result.error) });
    setNotes(next);
    setMessage({ error: false, text: held ? strings.OneToOneHeldSaved : strings.OneToOneSaved });
    onSaved(result.value);
  };
  return (
    <Stack tokens={{ childrenGap: 10 }}>
      {notes.heldOn ? <Text>{format(strings.HeldOn, formatDate(notes.heldOn))}</Text> : <Text>{strings.NotYetHeld}</Text>}
      <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.AgendaHeading}
      </Text>
      {notes.agenda.length === 0 ? <Text>{strings.NoAgenda}</Text> : null}
      <ul style={{ margin: 0 }}>
        {orderedAgenda(notes.agenda).map((a) => (
          <li key={a.id}>
            <Text>{format(strings.AgendaItemShown, a.text, a.raisedBy === 'reviewer' ? strings.PartyReviewer : strings.PartyAppraisee)}</Text>
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
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label={strings.AddAgendaItem} value={item} onChange={(_e, v) => setItem(v ?? '')} description={itemCount.text} errorMessage={itemCount.error} styles={{ root: { flexGrow: 1 } }} />
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
      <TextArea label={strings.GoingWell} value={notes.goingWell} onChange={(goingWell) => set({ goingWell })} readOnly={!writable} maxLength={TEXT_LIMITS.notes} error={errors('goingWell')} />
      <TextArea label={strings.AppraiseeNotes} value={notes.appraiseeNotes} onChange={(appraiseeNotes) => set({ appraiseeNotes })} readOnly={party !== 'appraisee'} maxLength={TEXT_LIMITS.notes} error={errors('appraiseeNotes')} />
      <TextArea label={strings.SharedNotes} value={notes.sharedNotes} onChange={(sharedNotes) => set({ sharedNotes })} readOnly={!writable} maxLength={TEXT_LIMITS.notes} error={errors('sharedNotes')} />
      <TextArea label={strings.Wellbeing} description={strings.WellbeingHelp} value={notes.wellbeing} onChange={(wellbeing) => set({ wellbeing })} readOnly={!writable} maxLength={TEXT_LIMITS.notes} error={errors('wellbeing')} />
      <ActionsEditor actions={notes.actions} party={party} newId={() => newId('action')} onChange={(actions) => set({ actions })} errorFor={errors} />
      <TextArea label={strings.OneToOneSummary} value={notes.summary} onChange={(summary) => set({ summary })} readOnly={party !== 'reviewer'} maxLength={TEXT_LIMITS.notes} error={errors('summary')} />
      {message ? <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel={strings.DismissMessage}>{message.text}</MessageBar> : null}
      {writable ? (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.SaveOneToOne} disabled={busy} onClick={() => save(false)} />
          {!notes.heldOn ? <DefaultButton text={strings.SaveAndMarkHeld} disabled={busy} onClick={() => save(true)} /> : null}
        </Stack>
      ) : null}
    </Stack>
  );
};
