/**
 * Writing item values as SharePoint validates them: known columns only, typed values, 255 characters in a single
 * line of text (FieldText.MaxLength "must be equal to or less than 255") and 63,999 in a plain multiple-lines-of-text
 * column (SharePoint Online's documented limit). The emulator keeps its own copies of these numbers: it must not
 * share code with the product. The exact error code SharePoint sends for an over-long value is not documented; the
 * emulator answers 400 with an ArgumentException, which is what matters to a client: the write is refused.
 */
import { header, type EmulatorRequest } from '../../core/http';
import { refuse, SP_ERRORS, SpError } from '../responses';
import type { SpItem, SpList } from '../state';

const SYSTEM = new Set(['id', 'created', 'modified', 'author', 'editor', 'authorid', 'editorid']);
const IGNORED = new Set(['contenttypeid', 'fileleafref']);
/** A plain multiple-lines-of-text column's limit in SharePoint Online. */
const NOTE_MAX_CHARS = 63_999;

/** Checks and converts incoming values; unknown or read-only columns are refused as SharePoint refuses them. */
export function validateValues(
  list: SpList,
  values: Record<string, unknown>,
  options: { allowReadOnly?: boolean } = {}
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    const lower = key.toLowerCase();
    if (IGNORED.has(lower)) continue;
    const field = list.fields.find((f) => f.internalName.toLowerCase() === lower || `${f.internalName.toLowerCase()}id` === lower);
    if (!field || SYSTEM.has(lower) || (field.readOnly && !options.allowReadOnly)) {
      throw refuse.badRequest(
        `The property '${key}' does not exist on type 'SP.Data.${list.title.replace(/\W/g, '')}ListItem'. Make sure to only use property names that are defined by the type.`
      );
    }
    out[field.internalName + (lower.endsWith('id') && field.typeKind === 20 ? 'Id' : '')] = convert(field.typeAsString, key, raw);
  }
  return out;
}

function convert(type: string, key: string, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case 'Text': {
      const text = String(raw);
      if (text.length > 255) throw new SpError(400, SP_ERRORS.invalidArgument, `The value of the column '${key}' exceeds 255 characters.`);
      return text;
    }
    case 'Note': {
      const text = String(raw);
      if (text.length > NOTE_MAX_CHARS)
        throw new SpError(400, SP_ERRORS.invalidArgument, `The value of the column '${key}' exceeds ${NOTE_MAX_CHARS} characters.`);
      return text;
    }
    case 'Number':
    case 'Integer':
    case 'User': {
      const n = Number(raw);
      if (Number.isNaN(n)) throw refuse.badRequest(`Cannot convert '${String(raw)}' to a number for '${key}'.`);
      return n;
    }
    case 'Boolean':
      return raw === true || raw === 'true' || raw === 1 || raw === '1';
    case 'DateTime': {
      const t = Date.parse(String(raw));
      if (Number.isNaN(t)) throw refuse.badRequest(`Cannot convert '${String(raw)}' to a date for '${key}'.`);
      return new Date(t).toISOString().replace('.000Z', 'Z');
    }
    default:
      return String(raw);
  }
}

/** Refuses a write whose IF-Match names an older version than the item's (412), as SharePoint does. */
export function checkEtag(req: EmulatorRequest, item: SpItem): void {
  const wanted = header(req, 'if-match');
  if (!wanted || wanted === '*') return;
  // An item's ETag is "<version>" (files: "{<guid>},<version>"); anything else names no version and matches none.
  const version = /^(?:W\/)?"(?:\{[0-9a-fA-F-]+\},)?(\d+)"$/.exec(wanted.trim())?.[1];
  if (version !== String(item.version)) {
    throw new SpError(
      412,
      SP_ERRORS.etagMismatch,
      `The request ETag value '${wanted}' does not match the object's ETag value '"${item.version}"'.`
    );
  }
}
