/** Downloads a Word copy of one stage's record for the signed-in person (AB10: both hold a copy). */
import * as strings from 'RecordStrings';
import type { CycleDocument, Outcome, Stage } from '../../domain';
import type { RosterEntry } from '../../data/ports';
import { buildRecordDocument, type RecordCopyLabels } from '../RecordCopy/buildRecordDocument';
import { format, formatDate } from '../format';
import { stageLabel } from '../labels/cycleLabels';
import { formatInstant, statusText } from './statusText';

const OUTCOMES: Record<Outcome, string> = { met: strings.OutcomeMet, partlyMet: strings.OutcomePartlyMet, notMet: strings.OutcomeNotMet, withdrawn: strings.OutcomeWithdrawn };

/** The copy's words in en-GB. */
export const recordCopyLabels: RecordCopyLabels = {
  title: strings.CopyTitle, appraisee: strings.CopyAppraisee, reviewer: strings.CopyReviewer, cycle: strings.CopyCycle, stage: strings.CopyStage,
  status: strings.CopyStatus, objectives: strings.ObjectivesHeading, objective: strings.ObjectiveTitle, successCriteria: strings.SuccessCriteria,
  agreedEvidence: strings.AgreedEvidence, targetDate: strings.TargetDate, outcome: strings.CopyOutcome, developmentNeeds: strings.DevelopmentHeading,
  summary: strings.Summary, feedback: strings.Feedback, appraiseeComments: strings.AppraiseeComments, signOffs: strings.SignOffsLabel,
  signOff: (name, version, at) => format(strings.SignOffShown, name, version, at), disagreements: strings.CopyDisagreements,
  disagreement: (version, at) => format(strings.DisagreementShown, version, at), response: (at) => format(strings.CopyResponse, at),
  fingerprint: strings.CopyFingerprint, changedSinceAgreed: strings.CopyChanged, none: strings.CopyNone, formatDate, formatInstant,
  outcomeText: (o) => OUTCOMES[o as Outcome] ?? o
};

/** Builds the copy and hands it to the browser as a download. */
export async function downloadStageCopy(input: { person: RosterEntry; cycleLabel: string; stage: Stage; doc: CycleDocument }): Promise<void> {
  const blob = await buildRecordDocument({
    appraiseeName: input.person.displayName, reviewerName: input.person.reviewerName ?? '', cycleLabel: input.cycleLabel, stage: input.stage,
    stageName: stageLabel(input.stage), statusText: statusText(input.doc, input.stage), doc: input.doc, labels: recordCopyLabels
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `appraisal-${input.cycleLabel.replace('/', '-')}-${input.stage}.docx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
