/** Recording a leaver from the person panel: cancels their future meetings, then closes access (recordLeaver). */
import * as strings from 'DataProtectionStrings';
import type { IsoDate, Result } from '../../../../domain';
import type { AppServices, DataError, RosterEntry } from '../../../../data/ports';
import { recordLeaver } from '../../../../app/dataProtection/recordLeaver';
import { format } from '../../../../components/format';

const outcomes = new WeakMap<RosterEntry, { cancelled: number; notCancelled: number }>();

/** Runs the leaver steps and answers the saved roster entry (the meeting counts are kept for the message). */
export async function recordLeaverOf(services: AppServices, entry: RosterEntry, leftOn: IsoDate): Promise<Result<RosterEntry, DataError>> {
  const result = await recordLeaver(services, entry, leftOn, services.clock.now(), strings.LeaverCancelMessage);
  if (!result.ok) return result;
  outcomes.set(result.value.entry, { cancelled: result.value.cancelled, notCancelled: result.value.notCancelled.length });
  return { ok: true, value: result.value.entry };
}

/** What happened to the leaver's meetings, in words. */
export function leaverMessage(entry: RosterEntry): string {
  const o = outcomes.get(entry);
  if (!o) return '';
  return [
    o.cancelled ? format(strings.LeaverMeetingsCancelled, o.cancelled) : '',
    o.notCancelled ? format(strings.LeaverMeetingsNotCancelled, o.notCancelled) : ''
  ]
    .filter(Boolean)
    .join(' ');
}
