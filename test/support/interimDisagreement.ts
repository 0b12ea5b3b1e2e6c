/** The interim-review disagreement the audit and signature tests walk through: the appraisee disagrees, the reviewer answers. */
import { applyStageAction, type StageAction, type StageActionError } from '../../src/app/cycle/stageActions';
import { directoryId, type Result } from '../../src/domain';
import type { CycleStore, StoredCycle } from '../../src/data/ports';
import { isoInstant } from './builders';

/** Whoever acts: a seeded person's directory id and name. */
export interface Actor {
  id: string;
  displayName: string;
}

/** One party's action on the stored interim review, through the production use case. */
type Acted = Promise<Result<StoredCycle, StageActionError>>;

const onInterim = (cycles: CycleStore, stored: StoredCycle, action: StageAction, by: Actor, at: string): Acted =>
  applyStageAction(
    cycles, stored, stored.document, 'interimReview', action, { by: directoryId(by.id), name: by.displayName }, isoInstant(at)
  );

/** The appraisee disagrees with the stored interim review, on 24 November 2026. */
export const disagreeWithInterim = (cycles: CycleStore, stored: StoredCycle, appraisee: Actor): Acted =>
  onInterim(cycles, stored, { kind: 'disagree', text: 'The planning time was never given.' }, appraisee, '2026-11-24T09:00:00Z');

/** The reviewer answers that disagreement the next day. */
export const answerInterimDisagreement = (cycles: CycleStore, disagreed: StoredCycle, reviewer: Actor): Acted =>
  onInterim(cycles, disagreed, { kind: 'respond', text: 'I will book it from next week.' }, reviewer, '2026-11-25T09:00:00Z');
