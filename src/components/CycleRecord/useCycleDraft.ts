/**
 * The open cycle record: what is stored, the draft being edited, and how saving is going. Drafts save themselves a
 * moment after the last change; a save over someone else's newer version keeps the draft and offers both versions.
 */
import * as React from 'react';
import type { CycleDocument, IsoInstant, Result, Stage } from '../../domain';
import type { CycleRecordSummary, CycleSaveError, CycleStore, DataError, StoredCycle } from '../../data/ports';
import { applyStageAction, saveCycleDraft, type StageAction, type StageActionError } from '../../app/cycle/stageActions';
import type { Signer } from '../../domain';

/** How the draft stands against what is stored. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: DataError }
  | { kind: 'conflict'; theirs: StoredCycle };

/** What the record view renders from. */
export type CycleDraft =
  | { status: 'loading' }
  | { status: 'error'; error: DataError }
  | { status: 'ready'; stored: StoredCycle; draft: CycleDocument; save: SaveState };

/** Milliseconds after the last keystroke before a draft saves itself. */
export const AUTOSAVE_DELAY_MS = 1200;

/** What useCycleDraft gives the record view. */
export interface CycleDraftHandle {
  state: CycleDraft;
  edit(update: (doc: CycleDocument) => CycleDocument): void;
  act(stage: Stage, action: StageAction): Promise<Result<StoredCycle, StageActionError>>;
  resolve(choice: 'mine' | 'theirs'): void;
  saveNow(): Promise<void>;
  reload(): void;
}

/** Loads a cycle, keeps the draft and saves it; `act` runs an agreement step on the current draft. */
export function useCycleDraft(store: CycleStore, summary: Pick<CycleRecordSummary, 'staffKey' | 'cycleKey'>, signer: Signer, now: () => IsoInstant): CycleDraftHandle {
  const [state, setState] = React.useState<CycleDraft>({ status: 'loading' });
  const latest = React.useRef(state);
  latest.current = state;
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    store.getCycle(summary.staffKey, summary.cycleKey).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', stored: result.value, draft: result.value.document, save: { kind: 'saved' } } : { status: 'error', error: result.error });
    }, (error: unknown) => current && setState({ status: 'error', error: { code: 'unexpected', detail: String(error) } }));
    return () => {
      current = false;
    };
  }, [store, summary.staffKey, summary.cycleKey, attempt]);

  const settle = React.useCallback((result: Result<StoredCycle, CycleSaveError>, sent: CycleDocument) => {
    const s = latest.current;
    if (s.status !== 'ready') return;
    const editedSince = s.draft !== sent;
    if (result.ok) setState({ status: 'ready', stored: result.value, draft: editedSince ? s.draft : result.value.document, save: { kind: editedSince ? 'unsaved' : 'saved' } });
    else if (result.error.code === 'staleVersion') setState({ ...s, save: { kind: 'conflict', theirs: result.error.current } });
    else setState({ ...s, save: { kind: 'failed', error: result.error } });
  }, []);

  const saveNow = React.useCallback(async () => {
    const s = latest.current;
    if (s.status !== 'ready' || s.save.kind === 'conflict' || s.save.kind === 'saving') return;
    const sent = s.draft;
    setState({ ...s, save: { kind: 'saving' } });
    settle(await saveCycleDraft(store, s.stored, sent), sent);
  }, [store, settle]);

  // Saves a moment after the last change (and again if the user typed while a save was in flight).
  const pending = state.status === 'ready' && (state.save.kind === 'unsaved');
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
  const act = React.useCallback(async (stage: Stage, action: StageAction): Promise<Result<StoredCycle, StageActionError>> => {
    const s = latest.current;
    if (s.status !== 'ready') return { ok: false, error: { code: 'notFound' } };
    const result = await applyStageAction(store, s.stored, s.draft, stage, action, signer, now());
    if (result.ok) setState({ status: 'ready', stored: result.value, draft: result.value.document, save: { kind: 'saved' } });
    else if (result.error.code === 'staleVersion') setState({ ...s, save: { kind: 'conflict', theirs: result.error.current } });
    return result;
  }, [store, signer, now]);

  /** After a conflict: keep my draft (saved over theirs) or take their version. */
  const resolve = React.useCallback((choice: 'mine' | 'theirs') => {
    const s = latest.current;
    if (s.status !== 'ready' || s.save.kind !== 'conflict') return;
    const theirs = s.save.theirs;
    setState(choice === 'mine' ? { status: 'ready', stored: theirs, draft: s.draft, save: { kind: 'unsaved' } } : { status: 'ready', stored: theirs, draft: theirs.document, save: { kind: 'saved' } });
  }, []);

  return { state, edit, act, resolve, saveNow, reload: () => setAttempt((n) => n + 1) };
}
