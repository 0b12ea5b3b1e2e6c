/** Plain words for a field two people changed differently: where it is in the record, and each side's value. */
import * as strings from 'RecordStrings';
import type { ConflictPlace, ConflictValue, MergeConflict } from '../../../domain';
import { stageLabel } from '../../labels/cycleLabels';
import { format, formatDate } from '../../format';

const FIELD_LABELS: Record<string, string> = {
  'reviewer.summary': strings.Summary,
  'reviewer.feedback': strings.Feedback,
  'preparation.selfReview': strings.SelfReview,
  'preparation.trainingWanted': strings.TrainingWanted,
  appraiseeComments: strings.AppraiseeComments,
  meetingDate: strings.MeetingDate,
  'reviewer.jobDescriptionReview.decision': strings.JobDescriptionReview,
  'reviewer.jobDescriptionReview.notes': strings.JobDescriptionReview,
  title: strings.ObjectiveTitle,
  successCriteria: strings.SuccessCriteria,
  agreedEvidence: strings.AgreedEvidence,
  schoolPriority: strings.SchoolPriority,
  targetDate: strings.TargetDate,
  outcomeNote: strings.OutcomeNote,
  need: strings.DevelopmentNeed,
  agreedSupport: strings.AgreedSupport,
  supportGiven: strings.SupportGiven,
  status: strings.NeedStatus,
  observer: strings.Observer,
  focus: strings.ObservationFocus,
  feedback: strings.ObservationFeedback,
  on: strings.ObservationDate,
  url: strings.EvidenceUrl
};

/** Labels that depend on where the field is. */
const PLACE_LABELS: Record<string, string> = {
  'evidence.title': strings.EvidenceTitle,
  'agenda.text': strings.AgendaHeading,
  'agenda.discussed': strings.MarkDiscussed,
  'actions.text': strings.ActionsHeading,
  'actions.owner': strings.ActionOwner,
  'actions.due': strings.ActionDue,
  'actions.done': strings.ActionDone,
  'notes.goingWell': strings.GoingWell,
  'notes.appraiseeNotes': strings.AppraiseeNotes,
  'notes.sharedNotes': strings.SharedNotes,
  'notes.wellbeing': strings.Wellbeing,
  'notes.summary': strings.OneToOneSummary,
  'notes.heldOn': strings.Held
};

const VALUE_LABELS: Record<string, string> = {
  open: strings.NeedOpen,
  met: strings.NeedMet,
  noChange: strings.JdNoChange,
  changesProposed: strings.JdChangesProposed,
  appraisee: strings.PartyAppraisee,
  reviewer: strings.PartyReviewer,
  partlyMet: strings.OutcomePartlyMet,
  notMet: strings.OutcomeNotMet,
  withdrawn: strings.OutcomeWithdrawn
};

const DATE_FIELDS = new Set(['targetDate', 'meetingDate', 'on', 'due', 'heldOn']);

function fieldLabel(place: ConflictPlace): string {
  return PLACE_LABELS[`${place.section}.${place.field}`] ?? FIELD_LABELS[place.field] ?? strings.ConflictOtherPart;
}

/** Where the field is, e.g. "Planning meeting: Summary of the discussion". */
export function conflictLabel(conflict: MergeConflict): string {
  const { place } = conflict;
  const field = fieldLabel(place);
  if (place.section === 'stage' && place.stage) return `${stageLabel(place.stage)}: ${field}`;
  return place.item ? format(strings.ConflictItemField, field, place.item) : field;
}

/** One side's value as the person would read it in the form. */
export function conflictValue(conflict: MergeConflict, value: ConflictValue): string {
  if (value === undefined || value === '') return strings.ConflictEmpty;
  if (typeof value === 'boolean') return value ? strings.ConflictYes : strings.ConflictNo;
  const leaf = conflict.path[conflict.path.length - 1];
  if (conflict.kind === 'value' && DATE_FIELDS.has(leaf) && typeof value === 'string') return formatDate(value);
  if (conflict.kind === 'value' && typeof value === 'string' && leaf === 'outcome' && value === 'met') return strings.OutcomeMet;
  return conflict.kind === 'value' ? VALUE_LABELS[String(value)] ?? String(value) : String(value);
}
