/**
 * Open disagreements for administrators (UK-7: the head is told; issue: "administrators see open disagreements"),
 * worked out from the parties' own signature entries (never the audit list, which anyone may add to): a stage's
 * latest disagreement is open until the reviewer answers it.
 */

/** One audit event as far as this needs it. `recordRef` is "<staff key>:<cycle key>:<stage>:v<version>". */
export interface DisagreementEvent {
  /** Other actions are ignored. */
  action: string;
  staffKey: string;
  recordRef: string;
  at: string;
}

/** A stage record with a disagreement the reviewer has not yet answered. */
export interface OpenDisagreement {
  staffKey: string;
  /** The record's key and stage, e.g. "S0007:2026-27" and "interimReview". */
  cycleKey: string;
  stage: string;
  recordedAt: string;
}

const parts = (recordRef: string): { cycleKey: string; stage: string } | undefined => {
  const m = /^(.+):([A-Za-z]+):v\d+$/.exec(recordRef);
  return m ? { cycleKey: m[1], stage: m[2] } : undefined;
};

/** The disagreements still waiting for a response, oldest first. */
export function openDisagreements(events: readonly DisagreementEvent[]): OpenDisagreement[] {
  const latest = new Map<string, DisagreementEvent>();
  const relevant = events.filter((e) => e.action === 'disagreementRecorded' || e.action === 'disagreementAnswered');
  for (const e of [...relevant].sort((a, b) => a.at.localeCompare(b.at))) {
    const p = parts(e.recordRef);
    if (p) latest.set(`${p.cycleKey}|${p.stage}`, e);
  }
  return Array.from(latest.values())
    .filter((e) => e.action === 'disagreementRecorded')
    .map((e) => ({ staffKey: e.staffKey, ...(parts(e.recordRef) as { cycleKey: string; stage: string }), recordedAt: e.at }));
}
