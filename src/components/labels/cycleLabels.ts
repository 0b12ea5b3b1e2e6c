import * as strings from 'CommonStrings';
import type { AppraisalTrack, Stage } from '../../domain';
import type { CycleRecordSummary } from '../../data/ports';

/** The track in words. */
export function trackLabel(track: AppraisalTrack): string {
  return track === 'fullCycle' ? strings.TrackFullCycle : strings.TrackOneToOneOnly;
}

/** The stage in the glossary's words. */
export function stageLabel(stage: CycleRecordSummary['stage']): string {
  switch (stage) {
    case 'planning':
      return strings.StagePlanning;
    case 'interimReview':
      return strings.StageInterimReview;
    case 'finalReview':
      return strings.StageFinalReview;
    case 'agreed':
      return strings.StageAgreed;
    case 'closed':
      return strings.StageClosed;
    default: {
      const unreachable: never = stage;
      return String(unreachable);
    }
  }
}

/** A meeting's kind in the glossary's words: a stage, or "One-to-one". */
export function kindLabel(kind: Stage | 'oneToOne'): string {
  return kind === 'oneToOne' ? strings.OneToOne : stageLabel(kind);
}
