/**
 * The open cycle record: what is stored, the draft being edited, and how saving is going. Drafts save themselves a
 * moment after the last change. A save over someone else's newer version (ETag 412) merges the draft with it against
 * the version the draft started from: without conflicts the merged record saves at once; fields both people changed
 * differently wait, with both texts kept, until the person chooses for each.
 */
import * as React from 'react';
import {
  mergeCycleDocuments,
  resolveConflict,
  sameContent,
  type ConflictChoice,
  type CycleDocument,
  type IsoInstant,
  type MergeConflict,
  type Result,
  type Stage
} from '../../../domain';
import type { CycleRecordSummary, CycleSaveError, CycleStore, DataError, StoredCycle } from '../../../data/ports';
import { applyStageAction, saveCycleDraft, type StageAction, type StageActionError } from '../../../app/cycle/stageActions';
import type { Signer } from '../../../domain';

/** How the draft stands against what is stored. */
export type SaveState =
  /** `merged`: the save took in changes someone else saved meanwhile. */
  | { kind: 'saved'; merged?: boolean }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: DataError }
  /** Fields both people changed differently; the draft holds the rest merged and this person's text here. */
  | { kind: 'conflict'; conflicts: readonly MergeConflict[] };

/** What the record view renders from. */
export type CycleDraft =
  | { status: 'loading' }
  | { status: 'error'; error: DataError }
  | { status: 'ready'; stored: StoredCycle; draft: CycleDocument; save: SaveState };

/** Milliseconds after the last keystroke before a draft saves itself. */
export const AUTOSAVE_DELAY_MS = 1200;

/** How many times in a row a save merges and tries again before it gives up (someone keeps saving in between). */
const MERGE_ATTEMPTS = 3;

/** What useCycleDraft gives the record view. */
export interface CycleDraftHandle {
  state: CycleDraft;
  edit(update: (doc: CycleDocument) => CycleDocument): void;
  act(stage: Stage, action: StageAction): Promise<Result<StoredCycle, StageActionError>>;
  resolve(conflict: MergeConflict, choice: ConflictChoice): void;
  saveNow(): Promise<void>;
  reload(): void;
}

/** Loads a cycle, keeps the draft and saves it; `act` runs an agreement step on the current draft. */
export function useCycleDraft(
  store: CycleStore,
  summary: Pick<CycleRecordSummary, 'staffKey' | 'cycleKey'>,
  signer: Signer,
  now: () => IsoInstant
): CycleDraftHandle {
  const [state, setState] = React.useState<CycleDraft>({ status: 'loading' });
  const latest = React.useRef(state);
  latest.current = state;
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    store.getCycle(summary.staffKey, summary.cycleKey).then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', stored: result.value, draft: result.value.document, save: { kind: 'saved' } }
            : { status: 'error', error: result.error }
        );
      },
      (error: unknown) => current && setState({ status: 'error', error: { code: 'unexpected', detail: String(error) } })
    );
    return () => {
      current = false;
    };
  }, [store, summary.staffKey, summary.cycleKey, attempt]);

  const settle = React.useCallback(
    async (result: Result<StoredCycle, CycleSaveError>, sent: CycleDocument, merges = 0): Promise<void> => {
      const s = latest.current;
      if (s.status !== 'ready') return;
      const editedSince = s.draft !== sent;
      if (result.ok) {
        setState({
          status: 'ready',
          stored: result.value,
          draft: editedSince ? s.draft : result.value.document,
          save: editedSince ? { kind: 'unsaved' } : { kind: 'saved', merged: merges > 0 }
        });
        return;
      }
      if (result.error.code !== 'staleVersion') return setState({ ...s, save: { kind: 'failed', error: result.error } });
      if (merges >= MERGE_ATTEMPTS) return setState({ ...s, save: { kind: 'failed', error: { code: 'conflict' } } });
      // Someone saved first: merge against the version this draft started from.
      const theirs = result.error.current;
      const { merged, conflicts } = mergeCycleDocuments(s.stored.document, s.draft, theirs.document);
      if (conflicts.length) return setState({ status: 'ready', stored: theirs, draft: merged, save: { kind: 'conflict', conflicts } });
      if (sameContent(merged, theirs.document))
        return setState({
          status: 'ready',
          stored: theirs,
          draft: theirs.document,
          save: { kind: 'saved', merged: merges > 0 || !sameContent(merged, s.draft) }
        });
      setState({ status: 'ready', stored: theirs, draft: merged, save: { kind: 'saving' } });
      await settle(await saveCycleDraft(store, theirs, merged), merged, merges + 1);
    },
    [store]
  );

  const saveNow = React.useCallback(async () => {
    const s = latest.current;
    if (s.status !== 'ready' || s.save.kind === 'conflict' || s.save.kind === 'saving') return;
    const sent = s.draft;
    setState({ ...s, save: { kind: 'saving' } });
    await settle(await saveCycleDraft(store, s.stored, sent), sent);
  }, [store, settle]);

  // Saves a moment after the last change (and again if the user typed while a save was in flight).
  const pending = state.status === 'ready' && state.save.kind === 'unsaved';
  React.useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => {
      saveNow().catch(() => undefined);
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending, state.status === 'ready' ? state.draft : undefined, saveNow]);

  const edit = React.useCallback((update: (doc: CycleDocument) => CycleDocument) => {
    const s = latest.current;
    if (s.status !== 'ready') return;
    const save: SaveState = s.save.kind === 'conflict' || s.save.kind === 'saving' ? s.save : { kind: 'unsaved' };
    setState({ ...s, draft: update(s.draft), save });
  }, []);

  /** Runs an agreement step on the draft; the step saves everything written so far with it. */
  const act = React.useCallback(
    async (stage: Stage, action: StageAction): Promise<Result<StoredCycle, StageActionError>> => {
      const s = latest.current;
      if (s.status !== 'ready') return { ok: false, error: { code: 'notFound' } };
      // Nobody signs while two versions of a field are waiting for a choice.
      if (s.save.kind === 'conflict') return { ok: false, error: { code: 'staleVersion', current: s.stored } };
      const result = await applyStageAction(store, s.stored, s.draft, stage, action, signer, now());
      if (result.ok) setState({ status: 'ready', stored: result.value, draft: result.value.document, save: { kind: 'saved' } });
      // The step is not taken over content the signer has not seen: the draft is merged and saved, then they try again.
      else if (result.error.code === 'staleVersion') await settle({ ok: false, error: result.error }, s.draft);
      return result;
    },
    [store, signer, now, settle]
  );

  /** Settles one conflicting field: keep mine, take theirs, or keep both texts. The draft saves once none is left. */
  const resolve = React.useCallback((conflict: MergeConflict, choice: ConflictChoice) => {
    const s = latest.current;
    if (s.status !== 'ready' || s.save.kind !== 'conflict') return;
    const rest = s.save.conflicts.filter((c) => c !== conflict);
    setState({
      ...s,
      draft: resolveConflict(s.draft, conflict, choice),
      save: rest.length ? { kind: 'conflict', conflicts: rest } : { kind: 'unsaved' }
    });
  }, []);

  return { state, edit, act, resolve, saveNow, reload: () => setAttempt((n) => n + 1) };
}
