/** Ensures a list's columns exist, with indexes on the columns queries filter on. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { DateTimeFieldFormatType, type IFields } from '@pnp/sp/fields';
import type { FieldDef, ListDef } from '../schema';
import { inBatches } from '../batches';

interface ExistingField {
  InternalName: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
}

function addField(fields: IFields, field: FieldDef): Promise<unknown> {
  switch (field.kind) {
    case 'text':
      return fields.addText(field.name, { MaxLength: 255, ...(field.unique ? { Indexed: true, EnforceUniqueValues: true } : {}) });
    case 'note':
      return fields.addMultilineText(field.name, { NumberOfLines: 6, RichText: false, AppendOnly: false });
    case 'number':
      return fields.addNumber(field.name);
    case 'dateTime':
      return fields.addDateTime(field.name, { DisplayFormat: DateTimeFieldFormatType.DateOnly });
    case 'boolean':
      return fields.addBoolean(field.name);
    case 'choice':
      return fields.addChoice(field.name, { Choices: [...(field.choices ?? [])] });
    default: {
      const unreachable: never = field.kind;
      throw new Error(`Unknown field kind ${String(unreachable)}`);
    }
  }
}

/**
 * Adds missing columns, indexes and unique-value rules; leaves everything else as it is. One read, then the missing
 * columns in one `$batch` and the indexes on them in another (issue 14): an index can only be set on a column that
 * exists, so the updates wait for the adds' batch (a batch's parts are not guaranteed to see each other's effects).
 * PnPjs sends each part on its own and settles it from its own answer (pnp.github.io/pnpjs/concepts/batching); the
 * first refusal is thrown once every part has settled, and running the step again does only what is still missing.
 */
export async function ensureFields(sp: SPFI, def: ListDef): Promise<void> {
  const existing = await sp.web.lists.getByTitle(def.title).fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<ExistingField[]>();
  const byName = new Map(existing.map((f) => [f.InternalName, f]));
  const missing = def.fields.filter((field) => !byName.has(field.name));
  await everyPart(sp, missing, (b, field) => addField(b.web.lists.getByTitle(def.title).fields, field));
  const updates = def.fields.flatMap((field): Array<{ name: string; change: Record<string, boolean> }> => {
    const found = byName.get(field.name);
    if (found && field.unique && !found.EnforceUniqueValues)
      return [{ name: field.name, change: { Indexed: true, EnforceUniqueValues: true } }];
    if (found && field.indexed && !found.Indexed) return [{ name: field.name, change: { Indexed: true } }];
    // A unique column is created indexed; any other indexed column gets its index once it exists.
    if (!found && field.indexed && !field.unique) return [{ name: field.name, change: { Indexed: true } }];
    return [];
  });
  await everyPart(sp, updates, (b, u) => b.web.lists.getByTitle(def.title).fields.getByInternalNameOrTitle(u.name).update(u.change));
}

/** Sends every part in `$batch` requests of at most 100; throws the first refusal after all have settled. */
async function everyPart<T>(sp: SPFI, items: readonly T[], build: (b: SPFI, item: T) => Promise<unknown>): Promise<void> {
  const refused = (await inBatches(sp, items, build)).find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (refused) throw refused.reason;
}
