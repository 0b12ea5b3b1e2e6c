/** Downloads a Word copy of one stage's record for the signed-in person (AB10: both hold a copy). */
import * as strings from 'RecordStrings';
import type { CycleDocument, Stage } from '../../../domain';
import type { RosterEntry } from '../../../data/ports';
import type { RecordCopyLabels } from '../../RecordCopy';
import { stageLabel } from '../../labels/cycleLabels';

/** The copy's words in en-GB, for one stage. */
export function recordCopyLabels(stage: Stage): RecordCopyLabels {
  return {
    title: strings.CopyTitle,
    stageTitle: stageLabel(stage),
    appraisee: strings.CopyAppraisee,
    reviewer: strings.CopyReviewer,
    cycle: strings.CopyCycle,
    version: strings.CopyVersion,
    status: strings.CopyStatus,
    meetingDate: strings.MeetingDate,
    notRecorded: strings.CopyNone,
    statusDraft: strings.CopyStatusDraft,
    statusAwaitingAgreement: strings.CopyStatusAwaiting,
    statusAgreed: strings.CopyStatusAgreed,
    statusDisagreementRecorded: strings.CopyStatusDisagreement,
    statusChangedSinceAgreed: strings.CopyChanged,
    objectives: strings.ObjectivesHeading,
    objectiveTitle: strings.ObjectiveTitle,
    successCriteria: strings.SuccessCriteria,
    agreedEvidence: strings.AgreedEvidence,
    targetDate: strings.TargetDate,
    progress: strings.ProgressHeading,
    outcome: strings.CopyOutcome,
    outcomeNote: strings.OutcomeNote,
    outcomeMet: strings.OutcomeMet,
    outcomePartlyMet: strings.OutcomePartlyMet,
    outcomeNotMet: strings.OutcomeNotMet,
    outcomeWithdrawn: strings.OutcomeWithdrawn,
    developmentNeeds: strings.DevelopmentHeading,
    need: strings.DevelopmentNeed,
    agreedSupport: strings.AgreedSupport,
    supportGiven: strings.SupportGiven,
    needOpen: strings.NeedOpen,
    needMet: strings.NeedMet,
    summary: strings.Summary,
    feedback: strings.Feedback,
    appraiseeComments: strings.AppraiseeComments,
    jobDescriptionReview: strings.JobDescriptionReview,
    jobDescriptionNoChange: strings.JdNoChange,
    jobDescriptionChangesProposed: strings.JdChangesProposed,
    signOffs: strings.SignOffsLabel,
    noSignOffs: strings.CopyNoSignOffs,
    signedAt: strings.CopySignedAt,
    disagreements: strings.CopyDisagreements,
    disagreementRecordedAt: strings.CopyDisagreementAt,
    reviewerResponse: strings.CopyReviewerResponse,
    noResponseYet: strings.CopyNoResponse,
    fingerprint: strings.CopyFingerprint
  };
}

/** Builds the copy (docx loads on demand) and hands it to the browser as a download. */
export async function downloadStageCopy(input: {
  person: RosterEntry;
  cycleLabel: string;
  stage: Stage;
  doc: CycleDocument;
}): Promise<void> {
  const { buildRecordDocument } = await import(/* webpackChunkName: 'appraisal-docx' */ '../../RecordCopy');
  const blob = await buildRecordDocument({
    appraiseeName: input.person.displayName,
    reviewerName: input.person.reviewerName ?? '',
    cycleLabel: input.cycleLabel,
    stage: input.stage,
    doc: input.doc,
    labels: recordCopyLabels(input.stage)
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
