/** Ports for data protection: private notes, retention holds and disposal, subject access. */
import type {
  CapabilityReferral,
  IsoDate,
  RedactionDecision,
  RetainedItem,
  RetentionHold,
  Result,
  SubjectAccessRequest,
  SupportPeriod,
  SupportPlan
} from '../domain';
import type { DataError } from './ports';

/** A reviewer's private note about a person (DOMAIN §5): never part of the record or any copy of it. */
export interface PrivateNote {
  id: number;
  staffKey: string;
  cycleLabel: string;
  text: string;
  writtenAt: string;
}

/** What a reviewer writes. */
export interface NewPrivateNote {
  staffKey: string;
  cycleLabel: string;
  text: string;
  retainUntil: IsoDate;
}

/** The signed-in reviewer's own private notes. SharePoint shows each author only their own, until custody. */
export interface PrivateNotesStore {
  /** The signed-in person's notes about `staffKey`, oldest first. */
  mine(staffKey: string): Promise<Result<PrivateNote[], DataError>>;
  add(note: NewPrivateNote): Promise<Result<PrivateNote, DataError>>;
}

/** One disposal run's outcome: what moved to the recycle bin, by list; the log keeps keys and counts only. */
export interface DisposalOutcome {
  recycled: number;
  byList: Record<string, number>;
  /** Items already gone (a re-run after a lost response): counted, not recycled again. */
  alreadyGone: number;
}

/** A retained item with what the retention rule needs to date it. */
export interface DatedItem extends RetainedItem {
  cycleKey?: string;
  created: IsoDate;
  /** The Purview retention label it carries, if any. */
  label?: string;
}

/** One item's new retention date (and label, when the school uses Purview labels). */
export interface RetentionStamp {
  item: DatedItem;
  retainUntil: IsoDate;
}

/** One past disposal run, as its log keeps it. */
export interface DisposalLogEntry {
  on: IsoDate;
  authorisedBy: string;
  recycled: number;
  byList: Record<string, number>;
  refs: string[];
}

/** Retention over SharePoint: HR's holds and disposal review. */
export interface RetentionStore {
  holds(): Promise<Result<RetentionHold[], DataError>>;
  placeHold(hold: RetentionHold): Promise<Result<void, DataError>>;
  liftHold(staffKey: string, liftedOn: IsoDate): Promise<Result<void, DataError>>;
  /** Everything the product wrote that carries (or should carry) a retention date, with its keys only. */
  retainedItems(): Promise<Result<DatedItem[], DataError>>;
  /** Writes RetainUntil (and applies the Purview label, if named) where it differs; answers how many changed. */
  stamp(stamps: readonly RetentionStamp[], label: string | undefined): Promise<Result<number, DataError>>;
  /** The Purview retention label the school named ('' or undefined: none). */
  retentionLabel(): Promise<Result<string | undefined, DataError>>;
  saveRetentionLabel(label: string): Promise<Result<void, DataError>>;
  disposalLog(): Promise<Result<DisposalLogEntry[], DataError>>;
  /** Recycles the due items and writes one disposal log entry of counts and keys; a re-run changes nothing. */
  dispose(items: readonly RetainedItem[], authorisedBy: string, on: IsoDate): Promise<Result<DisposalOutcome, DataError>>;
}


/** One item about a person, as a subject-access bundle holds it: where it is, its keys and its content. */
export interface PersonItem {
  list: string;
  itemId: number;
  ref: string;
  kind: string;
  /** Which part of the product holds it. */
  source: 'roster' | 'record' | 'signature' | 'evidence' | 'supportPlan' | 'privateNote' | 'hold' | 'audit';
  created: string;
  modified: string;
  /** Key columns and the parsed content (the JSON Payload, when the item has one). */
  fields: Record<string, unknown>;
  /** Files (evidence): the name and bytes. */
  file?: { name: string; bytes: Uint8Array };
}

/** Everything the product holds about one person, read for a subject access request (private notes included). */
export interface SubjectAccessSource {
  /** In bundle order: roster entry, records, signatures, evidence, support plans, private notes, holds, audit; oldest first in each. */
  gather(staffKey: string, onProgress: (done: number, total: number) => void): Promise<Result<PersonItem[], DataError>>;
}

/** A bundle production, as the request log keeps it. */
export interface BundleProduction {
  requestKey: string;
  producedBy: string;
  producedAt: string;
  entries: number;
  flagged: number;
}

/** Subject access requests: the log, who produced each bundle, and the redaction decisions. */
export interface SubjectAccessLog {
  list(): Promise<Result<SubjectAccessRequest[], DataError>>;
  log(request: SubjectAccessRequest): Promise<Result<void, DataError>>;
  recordProduction(production: BundleProduction): Promise<Result<void, DataError>>;
  recordDecision(requestKey: string, decision: RedactionDecision): Promise<Result<void, DataError>>;
  decisions(requestKey: string): Promise<Result<RedactionDecision[], DataError>>;
}

/** The data-protection part of AppServices. */
export interface DataProtectionServices {
  privateNotes: PrivateNotesStore;
  retention: RetentionStore;
  subjectAccess: SubjectAccessSource;
  subjectAccessLog: SubjectAccessLog;
  supportPlans: SupportPlanStore;
}

/** What HR writes to start an informal support plan. */
export interface NewSupportPlan {
  staffKey: string;
  appraiseeUpn: string;
  reviewerUpn: string | undefined;
  openedOn: IsoDate;
  openedBy: string;
  concerns: string;
  supportAgreed: string;
  reviewOn: IsoDate | undefined;
  retainUntil: IsoDate;
}

/**
 * Informal support plans (DOMAIN §7.4). Each plan item has its own permissions: the person reads it, their reviewer
 * edits it, administrators hold it; nobody else has anything on the list. Referrals are administrators-only items.
 */
export interface SupportPlanStore {
  /** The plans about a person the signed-in user may read, oldest first. */
  forPerson(staffKey: string): Promise<Result<SupportPlan[], DataError>>;
  /** Only when each plan ran (no content): the record's stage marker and the pause read this. */
  periods(staffKey: string): Promise<Result<SupportPeriod[], DataError>>;
  start(plan: NewSupportPlan): Promise<Result<SupportPlan, DataError>>;
  /** Saves the plan's text, review date, outcome and closing date. */
  update(plan: SupportPlan): Promise<Result<SupportPlan, DataError>>;
  /** Records a referral to the formal capability procedure: the date and who referred, nothing else. */
  refer(staffKey: string, referral: CapabilityReferral, retainUntil: IsoDate): Promise<Result<void, DataError>>;
  referrals(staffKey: string): Promise<Result<CapabilityReferral[], DataError>>;
}
