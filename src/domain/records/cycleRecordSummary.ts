/** A cycle record as the appraisee's and reviewer's views list it, and the rules that read it. */
import type { LongAbsence, StageClosedNotAgreed, StageNotRequired } from '../circumstances';
import type { CycleDocument } from '../cycle/types';
import type { CycleWindow } from '../cycleWindow';
import type { AppraisalTrack } from '../staff';
import type { SupportPeriod } from '../informalSupport';
import type { IsoDate, IsoInstant } from '../isoDate';
import { STAGES, type Stage } from '../stageDates';

/** Where a record stands: at one of the stages, agreed (the final review agreed), or closed. */
export type RecordStage = Stage | 'agreed' | 'closed';

/** Record stages in the order a record moves through them. */
export const RECORD_STAGES: readonly RecordStage[] = [...STAGES, 'agreed', 'closed'];

/** A cycle record as the appraisee's and reviewer's views list it. */
export interface CycleRecordSummary {
  staffKey: string;
  cycleKey: string;
  cycle: CycleWindow;
  track: AppraisalTrack;
  stage: RecordStage;
  reviewerKey: string | undefined;
  openedOn: IsoDate | undefined;
  /** From the roster (only administrators write it): this cycle's stages marked not required, and long absences. */
  notRequired?: readonly StageNotRequired[];
  closedNotAgreed?: readonly StageClosedNotAgreed[];
  absences?: readonly LongAbsence[];
  /** When informal support plans ran (dates only, read from the plans the user may see): deadlines pause meanwhile. */
  supportPeriods?: readonly SupportPeriod[];
  /** A stage shared for agreement and not yet answered, with when the reviewer shared it (scenario 12). */
  awaitingAgreement?: { stage: Stage; since: IsoInstant };
  /** The cycle's content as the same query read it, once either party has written any, with trusted signatures. */
  document?: CycleDocument;
  /** When SharePoint last saw the item change and by whom (its Modified and Editor): shown beside a tampered record. */
  lastChanged?: { at: IsoInstant; byUserId: number | undefined; byName?: string };
}

/** Whether the record has moved on past `stage` (to a later stage, agreed or closed). */
export const movedPast = (summary: Pick<CycleRecordSummary, 'stage'>, stage: Stage): boolean =>
  RECORD_STAGES.indexOf(summary.stage) > RECORD_STAGES.indexOf(stage);

/** Paused for the cycle (UK-5, scenario 18): a long absence overlaps it, so the person is outside its completion figures. */
export const pausedInCycle = (summary: Pick<CycleRecordSummary, 'cycle' | 'absences'>): boolean =>
  (summary.absences ?? []).some((a) => a.from <= summary.cycle.end && (a.to === undefined || a.to >= summary.cycle.start));
