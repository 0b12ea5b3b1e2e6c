/** The words of a Word copy of a stage record. Plain strings: the caller passes the en-GB (or other) text. */
export interface RecordCopyLabels {
  /** The document title, e.g. "Appraisal record". */
  title: string;
  /** The stage's name, e.g. "Planning one-to-one". */
  stageTitle: string;
  appraisee: string;
  reviewer: string;
  cycle: string;
  version: string;
  status: string;
  meetingDate: string;
  notRecorded: string;
  statusDraft: string;
  statusAwaitingAgreement: string;
  statusAgreed: string;
  statusDisagreementRecorded: string;
  /** Shown prominently when the content no longer matches what was signed, e.g. "Changed since agreed". */
  statusChangedSinceAgreed: string;
  objectives: string;
  objectiveTitle: string;
  successCriteria: string;
  agreedEvidence: string;
  targetDate: string;
  progress: string;
  outcome: string;
  outcomeNote: string;
  outcomeMet: string;
  outcomePartlyMet: string;
  outcomeNotMet: string;
  outcomeWithdrawn: string;
  developmentNeeds: string;
  need: string;
  agreedSupport: string;
  supportGiven: string;
  needOpen: string;
  needMet: string;
  summary: string;
  feedback: string;
  appraiseeComments: string;
  jobDescriptionReview: string;
  jobDescriptionNoChange: string;
  jobDescriptionChangesProposed: string;
  signOffs: string;
  /** Shown when nobody has signed yet. */
  noSignOffs: string;
  signedAt: string;
  disagreements: string;
  disagreementRecordedAt: string;
  reviewerResponse: string;
  noResponseYet: string;
  /** The label of the content fingerprint, e.g. "Fingerprint (SHA-256)". */
  fingerprint: string;
}
