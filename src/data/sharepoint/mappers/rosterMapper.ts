/** Roster entries ↔ items of the roster list (v1 sites kept them on the staff folder items of the records list). */
import { z } from 'zod';
import {
  CLOSED_REASONS,
  CONTRACT_TYPES,
  NOT_REQUIRED_REASONS,
  STAFF_CATEGORIES,
  STAGES,
  WEEKDAYS,
  directoryId,
  fail,
  ok,
  safeLink,
  staffId,
  type IsoDate,
  type IsoInstant,
  type LongAbsence,
  type Result,
  type StageClosedNotAgreed,
  type StageNotRequired
} from '../../../domain';
import type { DataError, RosterDraft, RosterEntry } from '../../ports';
import { LISTS } from '../schema';
import { etagOf, parsePayload, type RawItem } from './validate';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The JSON the app writes in a roster item's Payload column (v1). */
const rosterPayload = z.object({
  v: z.literal(1),
  directoryId: z.string().min(1),
  upn: z.string().min(3),
  /** Issue 13: the mailbox address when known (absent on entries written before: the UPN is used). */
  mail: z.string().min(3).optional(),
  displayName: z.string().min(1),
  jobTitle: z.string(),
  category: z.enum(STAFF_CATEGORIES).optional(),
  contract: z.enum(CONTRACT_TYPES),
  workingPattern: z.object({
    kind: z.enum(['fullTime', 'partTime']),
    days: z.array(z.enum(WEEKDAYS)),
    start: z.string().regex(/^\d{2}:\d{2}$/),
    end: z.string().regex(/^\d{2}:\d{2}$/),
    termTimeOnly: z.boolean()
  }),
  jobDescriptionUrl: z.string().optional(),
  startDate: isoDate.optional(),
  probationPassed: z.boolean(),
  leftOn: isoDate.optional(),
  reviewerName: z.string().optional(),
  reviewerUpn: z.string().optional(),
  /** Issue 15: stages HR marked not required, and long absences (absent on entries written before). */
  stagesNotRequired: z
    .array(
      z.object({
        cycleKey: z.string().min(1),
        stage: z.enum(STAGES),
        reason: z.enum(NOT_REQUIRED_REASONS),
        note: z.string(),
        by: z.string(),
        at: z.string()
      })
    )
    .optional(),
  stagesClosedNotAgreed: z
    .array(
      z.object({
        cycleKey: z.string().min(1),
        stage: z.enum(STAGES),
        reason: z.enum(CLOSED_REASONS),
        note: z.string(),
        by: z.string(),
        at: z.string()
      })
    )
    .optional(),
  absences: z.array(z.object({ from: isoDate, to: isoDate.optional() })).optional(),
  actingFor: z.object({ reviewer: z.string().min(1), reviewerName: z.string(), reviewerUpn: z.string().min(3), since: isoDate }).optional()
});

/** The columns a roster item carries. */
export const ROSTER_SELECT = ['Id', 'StaffKey', 'ReviewerKey', 'Payload'] as const;

/** SharePoint column values for a roster entry. */
export function rosterFields(entry: RosterDraft): Record<string, unknown> {
  const payload: z.infer<typeof rosterPayload> = {
    v: 1,
    directoryId: entry.directoryId,
    upn: entry.upn,
    mail: entry.mail || undefined,
    displayName: entry.displayName,
    jobTitle: entry.jobTitle,
    category: entry.category,
    contract: entry.contract,
    workingPattern: { ...entry.workingPattern, days: [...entry.workingPattern.days] },
    jobDescriptionUrl: entry.jobDescriptionUrl,
    startDate: entry.startDate,
    probationPassed: entry.probationPassed,
    leftOn: entry.leftOn,
    reviewerName: entry.reviewerName,
    reviewerUpn: entry.reviewerUpn,
    stagesNotRequired: entry.stagesNotRequired?.length ? entry.stagesNotRequired.map((w) => ({ ...w })) : undefined,
    stagesClosedNotAgreed: entry.stagesClosedNotAgreed?.length ? entry.stagesClosedNotAgreed.map((c) => ({ ...c })) : undefined,
    absences: entry.absences?.length ? entry.absences.map((a) => ({ from: a.from, to: a.to })) : undefined,
    actingFor: entry.actingFor ? { ...entry.actingFor } : undefined
  };
  return { Title: entry.id, StaffKey: entry.id, ReviewerKey: entry.reviewer ?? '', Payload: JSON.stringify(payload) };
}

/** A roster entry's version token: the item id and its ETag, so an update needs no look-up. */
export function rosterToken(itemId: number, etag: string): string {
  return `${itemId}|${etag}`;
}

/** Splits a version token back into item id and ETag. */
export function parseRosterToken(token: string): { itemId: number; etag: string } | undefined {
  const [id, ...rest] = token.split('|');
  return Number(id) > 0 && rest.length ? { itemId: Number(id), etag: rest.join('|') } : undefined;
}

/** Reads a roster item (or, migrating a v1 site, a staff folder item of `list`), validating every field. */
export function toRosterEntry(item: RawItem, list: string = LISTS.roster.title): Result<RosterEntry, DataError> {
  const itemId = Number(item.Id);
  if (typeof item.StaffKey !== 'string' || !item.StaffKey) return fail({ code: 'malformed', list, itemId, field: 'StaffKey' });
  const payload = parsePayload(item, list, 'Payload', rosterPayload);
  if (!payload.ok) return payload;
  const p = payload.value;
  const reviewer = typeof item.ReviewerKey === 'string' && item.ReviewerKey ? directoryId(item.ReviewerKey) : undefined;
  return ok({
    id: staffId(item.StaffKey),
    directoryId: directoryId(p.directoryId),
    upn: p.upn,
    ...(p.mail ? { mail: p.mail } : {}),
    displayName: p.displayName,
    jobTitle: p.jobTitle,
    category: p.category,
    contract: p.contract,
    workingPattern: p.workingPattern,
    reviewer,
    jobDescriptionUrl: safeLink(p.jobDescriptionUrl),
    startDate: p.startDate as IsoDate | undefined,
    probationPassed: p.probationPassed,
    leftOn: p.leftOn as IsoDate | undefined,
    reviewerName: p.reviewerName,
    reviewerUpn: p.reviewerUpn,
    etag: rosterToken(itemId, etagOf(item)),
    ...(p.stagesNotRequired?.length
      ? { stagesNotRequired: p.stagesNotRequired.map((w): StageNotRequired => ({ ...w, at: w.at as IsoInstant })) }
      : {}),
    ...(p.stagesClosedNotAgreed?.length
      ? { stagesClosedNotAgreed: p.stagesClosedNotAgreed.map((c): StageClosedNotAgreed => ({ ...c, at: c.at as IsoInstant })) }
      : {}),
    ...(p.actingFor
      ? { actingFor: { ...p.actingFor, reviewer: directoryId(p.actingFor.reviewer), since: p.actingFor.since as IsoDate } }
      : {}),
    ...(p.absences?.length
      ? { absences: p.absences.map((a): LongAbsence => ({ from: a.from as IsoDate, to: a.to as IsoDate | undefined })) }
      : {})
  });
}
