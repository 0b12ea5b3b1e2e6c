import * as React from 'react';
import { DefaultButton, Dropdown, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import {
  CLOSED_REASONS,
  cycleContaining,
  cycleKeyOf,
  NOT_REQUIRED_REASONS,
  notRequiredFor,
  parseIsoDate,
  STAGES,
  withAbsence,
  withNotRequired,
  withoutNotRequired,
  type ClosedReason,
  type NotRequiredReason,
  type Stage
} from '../../../../domain';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { format, formatDate } from '../../../../components/format';
import { stageLabel } from '../../../../components/labels/cycleLabels';
import { closedText, notRequiredText } from '../../../../components/labels/dueText';
import type { RosterEntry } from '../../../../data/ports';

/** Props of CircumstancesSection. */
export interface CircumstancesSectionProps {
  entry: RosterEntry;
  cycleStartMonth: number;
  busy: boolean;
  onSave(entry: RosterEntry): void;
}

/**
 * HR marks a stage of this cycle not required with a reason (DOMAIN §2), and records long absences that pause due
 * dates (scenario 18). Both live on the roster entry, which only administrators can write.
 */
export const CircumstancesSection: React.FC<CircumstancesSectionProps> = ({ entry, cycleStartMonth, busy, onSave }) => {
  const { clock, currentUser } = useAppServices();
  const cycle = cycleContaining(clock.today(), cycleStartMonth);
  const cycleKey = cycleKeyOf(cycle);
  const [stage, setStage] = React.useState<Stage>('interimReview');
  const [reason, setReason] = React.useState<NotRequiredReason>('joinedLate');
  const [note, setNote] = React.useState('');
  const [from, setFrom] = React.useState('');
  const [to, setTo] = React.useState('');
  const [absenceError, setAbsenceError] = React.useState<string>();
  const marks = notRequiredFor(cycle, entry.stagesNotRequired);
  const closures = notRequiredFor(cycle, entry.stagesClosedNotAgreed);
  const [closeStage, setCloseStage] = React.useState<Stage>('planning');
  const [closeReason, setCloseReason] = React.useState<ClosedReason>('appraiseeAbsent');
  const [closeNote, setCloseNote] = React.useState('');
  const closeNotAgreed = (): void => {
    const closure = {
      cycleKey,
      stage: closeStage,
      reason: closeReason,
      note: closeNote.trim(),
      by: currentUser.displayName,
      at: clock.now()
    };
    onSave({ ...entry, stagesClosedNotAgreed: withNotRequired(entry.stagesClosedNotAgreed, closure) });
    setCloseNote('');
  };

  const markNotRequired = (): void => {
    onSave({
      ...entry,
      stagesNotRequired: withNotRequired(entry.stagesNotRequired, {
        cycleKey,
        stage,
        reason,
        note: note.trim(),
        by: currentUser.displayName,
        at: clock.now()
      })
    });
    setNote('');
  };
  const recordAbsence = (): void => {
    const start = parseIsoDate(from);
    const end = to ? parseIsoDate(to) : undefined;
    const next = start && (to === '' || end) ? withAbsence(entry.absences, { from: start, to: end }) : undefined;
    if (!next) return setAbsenceError(strings.AbsenceInvalid);
    setAbsenceError(undefined);
    onSave({ ...entry, absences: next });
    setFrom('');
    setTo('');
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {format(strings.NotRequiredHeading, cycle.label)}
      </Text>
      <Text variant="small">{strings.NotRequiredHelp}</Text>
      {marks.map((m) => (
        <Stack key={m.stage} horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text>{`${stageLabel(m.stage)}: ${notRequiredText(m.reason)}${m.note ? ` (${m.note})` : ''}`}</Text>
          <DefaultButton
            text={strings.UndoNotRequired}
            ariaLabel={format(strings.UndoNotRequiredOf, stageLabel(m.stage))}
            disabled={busy}
            onClick={() => onSave({ ...entry, stagesNotRequired: withoutNotRequired(entry.stagesNotRequired, cycleKey, m.stage) })}
          />
        </Stack>
      ))}
      <Dropdown
        label={strings.NotRequiredStageLabel}
        selectedKey={stage}
        options={STAGES.map((s) => ({ key: s, text: stageLabel(s) }))}
        onChange={(_, option) => option && setStage(option.key as Stage)}
      />
      <Dropdown
        label={strings.NotRequiredReasonLabel}
        selectedKey={reason}
        options={NOT_REQUIRED_REASONS.map((r) => ({
          key: r,
          text: r === 'joinedLate' ? strings.ReasonJoinedLate : strings.ReasonLongAbsence
        }))}
        onChange={(_, option) => option && setReason(option.key as NotRequiredReason)}
      />
      <TextField label={strings.NotRequiredNoteLabel} required value={note} onChange={(_, v) => setNote(v ?? '')} />
      <Stack horizontal>
        <DefaultButton text={strings.MarkNotRequired} disabled={busy || note.trim() === ''} onClick={markNotRequired} />
      </Stack>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {format(strings.CloseHeading, cycle.label)}
      </Text>
      <Text variant="small">{strings.CloseHelp}</Text>
      {closures.map((c) => (
        <Stack key={c.stage} horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text>{`${stageLabel(c.stage)}: ${closedText(c.reason)}${c.note ? ` (${c.note})` : ''}`}</Text>
          <DefaultButton
            text={strings.UndoNotRequired}
            ariaLabel={format(strings.UndoCloseOf, stageLabel(c.stage))}
            disabled={busy}
            onClick={() => onSave({ ...entry, stagesClosedNotAgreed: withoutNotRequired(entry.stagesClosedNotAgreed, cycleKey, c.stage) })}
          />
        </Stack>
      ))}
      <Dropdown
        label={strings.CloseStageLabel}
        selectedKey={closeStage}
        options={STAGES.map((s) => ({ key: s, text: stageLabel(s) }))}
        onChange={(_, option) => option && setCloseStage(option.key as Stage)}
      />
      <Dropdown
        label={strings.CloseReasonLabel}
        selectedKey={closeReason}
        options={CLOSED_REASONS.map((r) => ({ key: r, text: r === 'appraiseeLeft' ? strings.CloseReasonLeft : strings.CloseReasonAbsent }))}
        onChange={(_, option) => option && setCloseReason(option.key as ClosedReason)}
      />
      <TextField label={strings.CloseNoteLabel} required value={closeNote} onChange={(_, v) => setCloseNote(v ?? '')} />
      <Stack horizontal>
        <DefaultButton text={strings.CloseButton} disabled={busy || closeNote.trim() === ''} onClick={closeNotAgreed} />
      </Stack>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.AbsenceHeading}
      </Text>
      <Text variant="small">{strings.AbsenceHelp}</Text>
      {(entry.absences ?? []).map((a) => (
        <Stack key={a.from} horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text>
            {a.to ? format(strings.AbsenceFromTo, formatDate(a.from), formatDate(a.to)) : format(strings.AbsenceFrom, formatDate(a.from))}
          </Text>
          <DefaultButton
            text={strings.RemoveAbsence}
            ariaLabel={format(strings.RemoveAbsenceOf, formatDate(a.from))}
            disabled={busy}
            onClick={() => onSave({ ...entry, absences: (entry.absences ?? []).filter((x) => x !== a) })}
          />
        </Stack>
      ))}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <TextField label={strings.AbsenceFromLabel} type="date" value={from} onChange={(_, v) => setFrom(v ?? '')} />
        <TextField label={strings.AbsenceToLabel} type="date" value={to} onChange={(_, v) => setTo(v ?? '')} errorMessage={absenceError} />
      </Stack>
      <Stack horizontal>
        <DefaultButton text={strings.RecordAbsence} disabled={busy || from === ''} onClick={recordAbsence} />
      </Stack>
    </Stack>
  );
};
