/** Validates SharePoint items on read: a malformed item becomes a DataError naming the list, item and field. */
import type { ZodType } from 'zod';
import { fail, ok, type Result } from '../../../domain';
import type { DataError } from '../../ports';

/** A raw item as PnPjs returns it (JSON light). */
export type RawItem = Record<string, unknown>;

/** Parses a JSON column and checks it against a schema; errors name the column and the first bad path. */
export function parsePayload<T>(item: RawItem, list: string, column: string, schema: ZodType<T>): Result<T, DataError> {
  const itemId = Number(item.Id ?? item.ID ?? 0);
  let value: unknown;
  try {
    value = JSON.parse(String(item[column] ?? ''));
  } catch {
    return fail({ code: 'malformed', list, itemId, field: column });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const path = parsed.error.issues[0]?.path.join('.') ?? '';
  return fail({ code: 'malformed', list, itemId, field: path ? `${column}.${path}` : column });
}

/** The item's ETag as PnPjs's JSON light carries it. */
export function etagOf(item: RawItem): string {
  return String(item['odata.etag'] ?? item.__metadata ?? '"*"');
}
