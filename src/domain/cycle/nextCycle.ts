/**
 * Planning the next cycle (AB8, scenario 25): a fresh document pre-filled with suggestions from the cycle just
 * ending. Nothing carried over is agreed until the new planning record is signed.
 */
import { objectiveId } from '../ids';
import { emptyCycleDocument, emptyStageRecord } from './document';
import type { ActionItem, CycleDocument, DevelopmentNeed, Objective } from './types';

/** The en-GB lead-ins for carried items on the new planning agenda; pass others to word them differently. */
export interface NextCycleAgendaWording {
  jobDescription: string;
  action: string;
}

/** The default wording of carried agenda items. */
export const NEXT_CYCLE_AGENDA_WORDING: NextCycleAgendaWording = {
  jobDescription: 'Job description changes proposed: ',
  action: 'Open action: '
};

const suggestedObjective = (o: Objective, key: string, newIds: (seed: string) => string): Objective => ({
  ...o,
  id: objectiveId(newIds(o.id)),
  standardCodes: [...o.standardCodes],
  // The old target date lies in the old cycle: a new one is agreed at planning (AB5.5).
  targetDate: undefined,
  progress: [],
  outcome: undefined,
  outcomeNote: '',
  carriedFrom: key
});

const suggestedNeed = (n: DevelopmentNeed, key: string, newIds: (seed: string) => string): DevelopmentNeed => ({
  ...n, id: newIds(n.id), targetDate: undefined, supportGiven: '', status: 'open', carriedFrom: key, objectiveId: undefined
});

/**
 * The next cycle's document: objectives partly met or not met and open development needs as suggestions (new ids
 * from `newIds(old id)`, `carriedFrom` the previous cycle key), and a proposed job description change and the open
 * actions as agenda items of the planning preparation. No stage is shared or signed.
 */
export function planNextCycle(
  previous: CycleDocument,
  previousCycleKey: string,
  openActionsCarried: readonly ActionItem[],
  newIds: (seed: string) => string,
  wording: NextCycleAgendaWording = NEXT_CYCLE_AGENDA_WORDING
): CycleDocument {
  const objectives = previous.objectives
    .filter((o) => o.outcome === 'partlyMet' || o.outcome === 'notMet')
    .map((o) => suggestedObjective(o, previousCycleKey, newIds));
  const developmentNeeds = previous.developmentNeeds
    .filter((n) => n.status === 'open')
    .map((n) => suggestedNeed(n, previousCycleKey, newIds));
  const agendaItems: string[] = [];
  const jd = previous.stages.finalReview?.reviewer.jobDescriptionReview;
  if (jd?.decision === 'changesProposed') agendaItems.push(`${wording.jobDescription}${jd.notes.trim()}`);
  const seen = new Set<string>();
  for (const action of openActionsCarried) {
    if (action.done || seen.has(action.id)) continue;
    seen.add(action.id);
    agendaItems.push(`${wording.action}${action.text.trim()}`);
  }
  const doc: CycleDocument = { ...emptyCycleDocument(), objectives, developmentNeeds };
  if (agendaItems.length === 0) return doc;
  const planning = emptyStageRecord('planning');
  return { ...doc, stages: { planning: { ...planning, preparation: { ...planning.preparation, agendaItems } } } };
}
