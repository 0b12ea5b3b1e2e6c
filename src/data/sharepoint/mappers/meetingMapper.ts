/** Meetings ↔ items of the records list (RecordKind 'meeting'), inside the person's folder. */
import { z } from 'zod';
import { ok, safeLink, type IsoInstant, type Result } from '../../../domain';
import type { DataError, MeetingRecord } from '../../ports';
import { LISTS } from '../schema';
import { etagOf, parsePayload, type RawItem } from './validate';
import { oneToOneNotesSchema } from './cycleDocumentSchema';

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const meetingPayload = z.object({
  v: z.literal(1),
  kind: z.enum(['planning', 'interimReview', 'finalReview', 'oneToOne']),
  eventId: z.string().min(1),
  start: instant,
  end: instant,
  status: z.enum(['booked', 'cancelled']),
  joinUrl: z.string().optional(),
  notes: oneToOneNotesSchema.optional()
});

/** SharePoint column values for a meeting. */
export function meetingFields(m: Omit<MeetingRecord, 'etag'>): Record<string, unknown> {
  const payload: z.infer<typeof meetingPayload> = {
    v: 1,
    kind: m.kind,
    eventId: m.eventId,
    start: m.start,
    end: m.end,
    status: m.status,
    joinUrl: m.joinUrl,
    notes: m.notes
  };
  return {
    Title: m.meetingKey,
    StaffKey: m.staffKey,
    CycleKey: m.meetingKey,
    RecordKind: 'meeting',
    ReviewerKey: m.reviewerKey ?? '',
    Payload: JSON.stringify(payload)
  };
}

/** Reads a meeting item, validating every field. */
export function toMeeting(item: RawItem): Result<MeetingRecord, DataError> {
  const payload = parsePayload(item, LISTS.records.title, 'Payload', meetingPayload);
  if (!payload.ok) return payload;
  const p = payload.value;
  return ok({
    meetingKey: String(item.CycleKey),
    staffKey: String(item.StaffKey),
    reviewerKey: typeof item.ReviewerKey === 'string' && item.ReviewerKey ? item.ReviewerKey : undefined,
    kind: p.kind,
    eventId: p.eventId,
    start: p.start as IsoInstant,
    end: p.end as IsoInstant,
    status: p.status,
    joinUrl: safeLink(p.joinUrl),
    notes: p.notes as MeetingRecord['notes'],
    etag: `${Number(item.Id)}|${etagOf(item)}`
  });
}
