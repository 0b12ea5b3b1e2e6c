/** Governor report snapshots ↔ items of the GovernorReports list, validated on read. */
import { z } from 'zod';
import {
  fail,
  fingerprint,
  ok,
  reportKey,
  STAFF_CATEGORIES,
  type GovernorReportSnapshot,
  type IsoDate,
  type Result
} from '../../../domain';
import type { DataError, PublishedReport, PublishedReportSummary } from '../../ports';
import { LISTS } from '../schema';
import { parsePayload, type RawItem } from './validate';

const value = z.union([z.number().int().nonnegative(), z.literal('[c]')]);
const cell = z.object({ count: value, percent: value });
/** The measures and columns a report or a trust return may hold: one list, read by both mappers. */
export const measure = z.enum([
  'planning',
  'interimReview',
  'finalReview',
  'objectiveOutcomes',
  'developmentSupport',
  'disagreements',
  'jobDescriptions',
  'oneToOnes'
]);
const breakdown = z.enum(['category', 'contract', 'workingPattern']);
const group = z.enum([
  ...STAFF_CATEGORIES,
  'otherCategories',
  'permanent',
  'fixedTermOrTemporary',
  'casual',
  'otherContracts',
  'fullTime',
  'partTime',
  'all'
]);
export const column = z.enum([
  'onTime',
  'late',
  'notHeld',
  'notDue',
  'allMet',
  'someNotMet',
  'notAssessed',
  'noNeeds',
  'allSupported',
  'notAllSupported',
  'neither',
  'disagreementOrReview',
  'changesProposed',
  'noChangesProposed',
  'none',
  'oneOrTwo',
  'threeOrMore',
  'lateOrNotHeld',
  'notAllMet',
  'noUnmetNeeds',
  'fewerThanThree'
]);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The stored snapshot: strict, so anything but published values (a name, free text) fails validation. */
export const snapshotSchema = z.object({
  v: z.literal(1),
  cycleLabel: z.string().regex(/^\d{4}(\/\d{2})?$/),
  k: z.number().int().min(3),
  preparedOn: date,
  scope: z.enum(['reported', 'tooFew']),
  tables: z.array(z.object({
    measure, population: z.enum(['eligible', 'all']), dimension: z.union([breakdown, z.literal('none')]), columns: z.array(column),
    rows: z.array(z.object({ group, cells: z.array(cell), total: z.number().int().nonnegative() }).strict()),
    totals: z.object({ cells: z.array(cell), total: z.number().int().nonnegative() }).strict().optional()
  }).strict()),
  notes: z.array(z.discriminatedUnion('code', [
    z.object({ code: z.literal('breakdownDropped'), measure, dimension: breakdown }).strict(),
    z.object({ code: z.literal('groupsMerged'), measure, dimension: breakdown, merged: z.array(group), into: group }).strict(),
    z.object({ code: z.literal('notDueYet'), measure }).strict(),
    z.object({ code: z.literal('tooFewInPopulation'), measure, population: z.enum(['eligible', 'all']) }).strict(),
    z.object({ code: z.literal('wouldIsolate'), measure }).strict(),
    z.object({ code: z.literal('nothingToShow'), measure, dimension: breakdown }).strict(),
    z.object({ code: z.literal('columnsMerged'), measure, merged: z.array(column), into: column }).strict()
  ])),
  flags: z.array(z.object({ measure, dimension: breakdown, groups: z.tuple([group, group]), points: z.number() }).strict())
}).strict();

/** Columns a report item is listed with, and read with. */
export const REPORT_LIST_SELECT = ['Id', 'Title', 'CycleKey', 'PublishedOn'] as const;
export const REPORT_SELECT = [...REPORT_LIST_SELECT, 'Payload'] as const;

/** SharePoint column values for a snapshot. JSON has no undefined: a whole-school table's absent totals stay absent. */
export function reportFields(snapshot: GovernorReportSnapshot, publishedOn: IsoDate): Record<string, unknown> {
  const payload = JSON.stringify(snapshot);
  return {
    Title: publishKey(snapshot.cycleLabel, publishedOn, payload),
    CycleKey: snapshot.cycleLabel,
    PublishedOn: `${publishedOn}T00:00:00Z`,
    Payload: payload
  };
}

/** The key that makes publishing idempotent: the same snapshot published the same day is the same report. */
export function publishKey(cycleLabel: string, publishedOn: IsoDate, payload: string): string {
  return reportKey(cycleLabel, publishedOn, fingerprint(payload));
}

/** Reads a listed report item. */
export function toReportSummary(item: RawItem): Result<PublishedReportSummary, DataError> {
  const itemId = Number(item.Id);
  const on = typeof item.PublishedOn === 'string' ? item.PublishedOn.slice(0, 10) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) return fail({ code: 'malformed', list: LISTS.governorReports.title, itemId, field: 'PublishedOn' });
  if (typeof item.CycleKey !== 'string' || !item.CycleKey)
    return fail({ code: 'malformed', list: LISTS.governorReports.title, itemId, field: 'CycleKey' });
  return ok({ id: String(itemId), cycleLabel: item.CycleKey, publishedOn: on as IsoDate });
}

/** Reads a report item with its snapshot, validating every field. */
export function toPublishedReport(item: RawItem): Result<PublishedReport, DataError> {
  const summary = toReportSummary(item);
  if (!summary.ok) return summary;
  const snapshot = parsePayload(item, LISTS.governorReports.title, 'Payload', snapshotSchema);
  if (!snapshot.ok) return snapshot;
  return ok({ ...summary.value, snapshot: snapshot.value as GovernorReportSnapshot });
}
