/** Ensures a list's columns exist, with indexes on the columns queries filter on. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { DateTimeFieldFormatType, type IFields } from '@pnp/sp/fields';
import type { FieldDef, ListDef } from '../schema';

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

/** Adds missing columns, indexes and unique-value rules; leaves everything else as it is. */
export async function ensureFields(sp: SPFI, def: ListDef): Promise<void> {
  const fields = sp.web.lists.getByTitle(def.title).fields;
  const existing = await fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<ExistingField[]>();
  const byName = new Map(existing.map((f) => [f.InternalName, f]));
  for (const field of def.fields) {
    const found = byName.get(field.name);
    if (!found) await addField(fields, field);
    if (found && field.indexed && !found.Indexed) await fields.getByInternalNameOrTitle(field.name).update({ Indexed: true });
    if (found && field.unique && !found.EnforceUniqueValues)
      await fields.getByInternalNameOrTitle(field.name).update({ Indexed: true, EnforceUniqueValues: true });
    // A unique column is created indexed; any other indexed column gets its index once it exists.
    if (!found && field.indexed && !field.unique) await fields.getByInternalNameOrTitle(field.name).update({ Indexed: true });
  }
}
