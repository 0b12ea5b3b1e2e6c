/**
 * Every key the product builds, in one place. Keys name records, meetings, agreement steps and reports in SharePoint
 * columns and titles; they never carry names. A key read back from an item is never trusted on its own: adapters
 * check it against where the item lives (docs/security.md).
 */
import { cycleKeyOf, type CycleWindow } from './cycleWindow';
import type { IsoDate, IsoInstant } from './isoDate';
import type { Stage } from './stageDates';
import type { Party } from './cycle/types';

/** A person's record for one cycle, e.g. "S0007:2026-27" (the staff key, then the cycle's label). */
export type RecordKey = `${string}:${string}`;

/** The key of a person's record for a cycle. */
export function recordKey(staffKey: string, cycle: CycleWindow): RecordKey {
  return `${staffKey}:${cycleKeyOf(cycle)}`;
}

/** The key of a meeting: the person, the cycle's key, the kind and when it starts (one meeting per slot). */
export function meetingKey(staffKey: string, cycleKey: string, kind: string, start: IsoInstant): string {
  return `${staffKey}:${cycleKey}:${kind}:${start}`;
}

/** One version of one stage of a record, as the audit names it: "<record key>:<stage>:v<version>". */
export function stageRef(record: string, stage: Stage, version: number): string {
  return `${record}:${stage}:v${version}`;
}

/** The key that makes adding an agreement step idempotent: the same step re-run after a lost response finds it. */
export function signatureKey(
  record: string,
  party: Party,
  entry: { kind: string; stage: Stage; version: number; fingerprint: string }
): string {
  return `${stageRef(record, entry.stage, entry.version)}:${party}:${entry.kind}:${entry.fingerprint.slice(0, 16)}`;
}

/** The key that makes publishing idempotent: the same snapshot (by fingerprint) published the same day. */
export function reportKey(cycleLabel: string, publishedOn: IsoDate, snapshotFingerprint: string): string {
  return `${cycleLabel}:${publishedOn}:${snapshotFingerprint.slice(0, 16)}`;
}
