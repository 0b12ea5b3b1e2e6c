/**
 * One appraisee's cycle as a document (DOMAIN §2, §4): objectives, development needs, observations, evidence and the
 * three stage records, each with the appraisee's preparation, the reviewer's part, sign-offs and any disagreement.
 * Plain data: stored as JSON on the cycle item, validated on read by the data layer.
 */
import type { DirectoryId, ObjectiveId } from '../ids';
import type { IsoDate, IsoInstant } from '../isoDate';
import type { Stage } from '../stageDates';

/** Who wrote or owns something: the two parties of the record. */
export type Party = 'appraisee' | 'reviewer';

/** The final assessment of one objective (AB7.1). No overall grade of the person exists. */
export const OUTCOMES = ['met', 'partlyMet', 'notMet', 'withdrawn'] as const;
/** One outcome. */
export type Outcome = (typeof OUTCOMES)[number];

/** A dated note of progress against an objective (AB6.1, AB9.P7). */
export interface ProgressNote {
  on: IsoDate;
  by: Party;
  text: string;
}

/** Something to achieve this cycle (AB5.1–AB5.5). */
export interface Objective {
  id: ObjectiveId;
  title: string;
  /** Standards of performance expected (AB5.2). */
  successCriteria: string;
  /** Agreed evidence, from day-to-day practice (AB5.3). */
  agreedEvidence: string;
  /** Codes of framework standards it relates to (e.g. "TA2016-3"). */
  standardCodes: string[];
  /** Optional link to a school priority. */
  schoolPriority: string;
  /** Target date within the cycle (AB5.5). */
  targetDate: IsoDate | undefined;
  progress: ProgressNote[];
  /** Set at the final review (AB7.1); `withdrawn` needs a reason in `outcomeNote`. */
  outcome: Outcome | undefined;
  outcomeNote: string;
  /** The cycle key it was suggested from when planning the next cycle (AB8). */
  carriedFrom: string | undefined;
}

/** A development need with the support agreed (AB5.4) and given (AB6.5). */
export interface DevelopmentNeed {
  id: string;
  need: string;
  agreedSupport: string;
  targetDate: IsoDate | undefined;
  supportGiven: string;
  status: 'open' | 'met';
  carriedFrom: string | undefined;
  /** The objective this need supports, when it is linked to one (issue 18); absent when it is not. */
  objectiveId?: ObjectiveId;
}

/** An observation of practice (AB6.2). */
export interface Observation {
  id: string;
  on: IsoDate;
  observer: string;
  focus: string;
  feedback: string;
}

/** Evidence: a link, or a file in the evidence library (AB5.3, AB6.3). Either party adds it; both see it. */
export interface EvidenceItem {
  id: string;
  objectiveId: ObjectiveId | undefined;
  kind: 'link' | 'file';
  title: string;
  url: string;
  addedBy: Party;
  addedOn: IsoDate;
}

/** The appraisee's preparation for a stage meeting (EA-PM: a form of their own; EA-CPD). */
export interface Preparation {
  selfReview: string;
  agendaItems: string[];
  /** What training they may need (EA-CPD). */
  trainingWanted: string;
}

/** The reviewer's part of a stage record. */
export interface ReviewerPart {
  /** The fair summary of the discussion (AB11). */
  summary: string;
  /** Feedback (AB6.4); the appraisee's response is `appraiseeResponse`. */
  feedback: string;
  /** Final review only (AB7.2, EA-JD). */
  jobDescriptionReview: { decision: 'noChange' | 'changesProposed'; notes: string } | undefined;
}

/** The state of a stage record's agreement (DOMAIN §4). */
export const RECORD_STATUSES = ['draft', 'awaitingAgreement', 'agreed', 'disagreementRecorded', 'changedSinceAgreed'] as const;
/** One record status. */
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** One person agreeing one version (AB11): who, when, which version, and the fingerprint of what they signed. */
export interface SignOff {
  party: Party;
  by: DirectoryId;
  name: string;
  at: IsoInstant;
  version: number;
  fingerprint: string;
}

/** The appraisee's written disagreement, kept for good beside the reviewer's text (UK-6, UK-7). */
export interface Disagreement {
  at: IsoInstant;
  version: number;
  text: string;
  response: { at: IsoInstant; text: string } | undefined;
}

/** A version both signed: kept so the agreed record stays retrievable after later changes. */
export interface AgreedVersion {
  version: number;
  fingerprint: string;
  /** The canonical content that was signed (what `agreementContent` produced). */
  content: string;
  agreedAt: IsoInstant;
}

/** One stage's record: planning, six-monthly or final review. */
export interface StageRecord {
  stage: Stage;
  /** Increases each time the reviewer shares a new version for agreement. */
  version: number;
  /** The stored status; `changedSinceAgreed` is also derived on read from the fingerprint. */
  status: RecordStatus;
  meetingDate: IsoDate | undefined;
  preparation: Preparation;
  reviewer: ReviewerPart;
  /** The appraisee's comments on the draft and response to feedback (AB6.4). */
  appraiseeComments: string;
  signOffs: SignOff[];
  disagreements: Disagreement[];
  agreed: AgreedVersion[];
}

/** The whole cycle's content. */
export interface CycleDocument {
  objectives: Objective[];
  developmentNeeds: DevelopmentNeed[];
  observations: Observation[];
  evidence: EvidenceItem[];
  stages: Partial<Record<Stage, StageRecord>>;
}

/** An item on a one-to-one's two-way agenda (AB9.P4, AB9.N2). */
export interface AgendaItem {
  id: string;
  text: string;
  raisedBy: Party;
  discussed: boolean;
}

/** An agreed action with an owner and a due date (AB9.E2, AB9.M3). */
export interface ActionItem {
  id: string;
  text: string;
  owner: Party;
  due: IsoDate | undefined;
  done: boolean;
  /** The meeting key it was carried from (AB9.N6). */
  carriedFrom: string | undefined;
}

/** The record of one one-to-one (AB9, AB10). */
export interface OneToOneNotes {
  agenda: AgendaItem[];
  /** "What is going well" comes first (AB9.P9). */
  goingWell: string;
  /** The appraisee's own section (AB9.P6). */
  appraiseeNotes: string;
  /** Shared notes (AB9.P2). */
  sharedNotes: string;
  /** Workload and wellbeing (AB9.P8): never scored, never reported. */
  wellbeing: string;
  actions: ActionItem[];
  /** The summary at the end. */
  summary: string;
  /** Set once the record exists (AB9.M3: a meeting counts as held only then). */
  heldOn: IsoDate | undefined;
}
