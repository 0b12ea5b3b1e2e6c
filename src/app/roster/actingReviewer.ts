/**
 * An acting reviewer during a reviewer's long absence (AB9.M5: "in the event of long-term absence of a manager, a
 * replacement manager will be arranged"), and reinstating the reviewer on their return. Both are reviewer changes:
 * access to every cycle moves with the history and each is an audit entry; the roster remembers who comes back.
 */
import { fail, type IsoDate, type Result } from '../../domain';
import type { DataError, DirectoryPerson, RecordAccess, RosterEntry } from '../../data/ports';

/** Why an acting change was refused. */
export type ActingError = DataError | { code: 'noReviewer' } | { code: 'notActing' };

/**
 * HR appoints `acting` while the person's reviewer is away. Appointing another acting reviewer keeps the reviewer
 * who returns; running it again after a lost response finds the change made.
 */
export async function appointActingReviewer(
  records: RecordAccess,
  entry: RosterEntry,
  acting: DirectoryPerson,
  since: IsoDate
): Promise<Result<RosterEntry, ActingError>> {
  const away =
    entry.actingFor ??
    (entry.reviewer && entry.reviewerUpn
      ? { reviewer: entry.reviewer, reviewerName: entry.reviewerName ?? '', reviewerUpn: entry.reviewerUpn, since }
      : undefined);
  if (!away) return fail({ code: 'noReviewer' });
  return records.changeReviewer({ ...entry, actingFor: away }, acting);
}

/** The reviewer is back: access returns to them from the acting reviewer, and the record says nobody is acting. */
export async function reinstateReviewer(records: RecordAccess, entry: RosterEntry): Promise<Result<RosterEntry, ActingError>> {
  const away = entry.actingFor;
  if (!away) return fail({ code: 'notActing' });
  const back: DirectoryPerson = {
    id: away.reviewer,
    upn: away.reviewerUpn,
    displayName: away.reviewerName,
    jobTitle: undefined,
    managerId: undefined
  };
  return records.changeReviewer({ ...entry, actingFor: undefined }, back);
}
