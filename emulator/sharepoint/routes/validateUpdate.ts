/**
 * `list/AddValidateUpdateItemUsingPath` and `items(id)/ValidateUpdateListItem`: form-style writes that take
 * `[{ FieldName, FieldValue }]` and answer one result per field.
 *
 * As SharePoint Online does, these let anyone who may add (resp. edit) the item set columns that a plain MERGE
 * refuses as read-only: `Author`, `Editor`, `Created`, `Modified`, and read-only custom columns. A Contribute user
 * changes a read-only column through ValidateUpdateListItem (SharePoint/sp-dev-docs#6333), and Created By is set with
 * `FieldValue: "[{'Key':'i:0#.f|membership|upn'}]"` (pnp/pnpjs#3265). So an item's author is not evidence of who
 * wrote it, and ReadSecurity/WriteSecurity 2 ("only their own"), which key off the author, can be steered by a
 * writer: they may hand an item to someone else, or take one they can edit.
 */
import { checkUnique } from './uniqueValues';
import type { EmulatorResponse } from '../../core/http';
import { findUser } from '../../core/directory';
import type { SpContext } from '../context';
import { siteUserFor, tick } from '../context';
import { canWrite } from '../permissions';
import { collection, refuse, SpError } from '../responses';
import type { SpItem, SpList } from '../state';
import { readBody } from './body';
import { checkEtag, validateValues } from './itemWrites';
import { createItem } from './items';

interface FormValue {
  FieldName: string;
  FieldValue: string;
}

interface FieldResult {
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ErrorCode: number;
  ErrorMessage: string | null;
}

const SYSTEM = new Set(['author', 'editor', 'created', 'modified']);

const result = (v: FormValue, error?: string): FieldResult => ({
  FieldName: v.FieldName,
  FieldValue: v.FieldValue,
  HasException: !!error,
  ErrorCode: error ? -2146232832 : 0,
  ErrorMessage: error ?? null
});

/** A person value `[{'Key':'i:0#.f|membership|upn'}]` (single or double quotes) → the site user, ensured. */
function personOf(ctx: SpContext, value: string): number | undefined {
  const key = /Key['"]?\s*:\s*['"]([^'"]+)['"]/i.exec(value)?.[1];
  const person = key ? findUser(ctx.directory, key.replace(/^i:0#\.f\|membership\|/i, '')) : undefined;
  return person ? siteUserFor(ctx.state, person).id : undefined;
}

/** A form date: ISO, or the site's en-GB `dd/mm/yyyy hh:mm`. */
function dateOf(value: string): string | undefined {
  const gb = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  const t = gb ? Date.UTC(Number(gb[3]), Number(gb[2]) - 1, Number(gb[1]), Number(gb[4] ?? 0), Number(gb[5] ?? 0)) : Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** Applies Author/Editor/Created/Modified; answers an error message for a value that cannot be used. */
function applySystem(ctx: SpContext, item: SpItem, v: FormValue): string | undefined {
  const name = v.FieldName.toLowerCase();
  if (name === 'author' || name === 'editor') {
    const id = personOf(ctx, v.FieldValue);
    if (id === undefined) return `The user '${v.FieldValue}' does not exist or is not unique.`;
    if (name === 'author') item.authorId = id;
    else item.editorId = id;
    return undefined;
  }
  const date = dateOf(v.FieldValue);
  if (!date) return `'${v.FieldValue}' is not a valid date.`;
  if (name === 'created') item.created = date;
  else item.modified = date;
  return undefined;
}

function split(
  list: SpList,
  values: readonly FormValue[]
): { plain: Record<string, unknown>; readOnly: Record<string, unknown>; system: FormValue[] } {
  const plain: Record<string, unknown> = {};
  const readOnly: Record<string, unknown> = {};
  const system: FormValue[] = [];
  for (const v of values) {
    const lower = v.FieldName.toLowerCase();
    if (SYSTEM.has(lower)) system.push(v);
    else if (list.fields.some((f) => f.readOnly && f.internalName.toLowerCase() === lower)) readOnly[v.FieldName] = v.FieldValue;
    else plain[v.FieldName] = v.FieldValue;
  }
  return { plain, readOnly, system };
}

function finish(
  ctx: SpContext,
  list: SpList,
  item: SpItem,
  values: readonly FormValue[],
  readOnly: Record<string, unknown>,
  system: readonly FormValue[]
): FieldResult[] {
  Object.assign(item.values, validateValues(list, readOnly, { allowReadOnly: true }));
  const errors = new Map(system.map((v) => [v, applySystem(ctx, item, v)]));
  ctx.changed();
  return values.map((v) => result(v, errors.get(v)));
}

/** POST list/AddValidateUpdateItemUsingPath(): creates an item or folder inside a folder with its values in one call. */
export function addValidateUpdate(ctx: SpContext, list: SpList): EmulatorResponse {
  const body = readBody(ctx.req) as {
    listItemCreateInfo?: { FolderPath?: { DecodedUrl?: string }; UnderlyingObjectType?: number; LeafName?: { DecodedUrl?: string } };
    formValues?: FormValue[];
  };
  const info = body.listItemCreateInfo ?? {};
  const folderPath = info.FolderPath?.DecodedUrl
    ? info.FolderPath.DecodedUrl.startsWith('/')
      ? info.FolderPath.DecodedUrl
      : `${list.url}/${info.FolderPath.DecodedUrl}`
    : list.url;
  const values = (body.formValues ?? []).map((v) => ({ FieldName: v.FieldName, FieldValue: String(v.FieldValue ?? '') }));
  const { plain, readOnly, system } = split(list, values);
  const leaf = info.UnderlyingObjectType === 1 ? info.LeafName?.DecodedUrl ?? String(plain.Title ?? '') : undefined;
  // A value SharePoint cannot store is not an HTTP error here: the reply is 200 with HasException and ErrorMessage on
  // that field, and no item is made (SharePoint/sp-dev-docs#7942; pnp/pnpjs docs, "addValidateUpdateItemUsingPath").
  try {
    validateValues(list, plain);
  } catch (error) {
    if (!(error instanceof SpError) || error.status !== 400) throw error;
    const named = values.find((v) => error.message.includes(`'${v.FieldName}'`)) ?? values[0];
    return collection(
      ctx.req,
      ctx.base,
      values.map((v) => result(v, v === named ? error.message : undefined)) as unknown as Array<Record<string, unknown>>
    );
  }
  const item = createItem(ctx, list, folderPath.replace(/\/$/, ''), plain, leaf);
  const results = finish(ctx, list, item, values, readOnly, system);
  return collection(ctx.req, ctx.base, [...results, result({ FieldName: 'Id', FieldValue: String(item.id) })] as unknown as Array<
    Record<string, unknown>
  >);
}

/** POST items(id)/ValidateUpdateListItem { formValues, bNewDocumentUpdate }: needs Edit on the item. */
export function validateUpdateItem(ctx: SpContext, list: SpList, item: SpItem): EmulatorResponse {
  if (!canWrite(ctx.state, ctx.user.id, list, item, 'editListItems')) throw refuse.accessDenied();
  checkEtag(ctx.req, item);
  const body = readBody(ctx.req) as { formValues?: FormValue[] };
  const values = (body.formValues ?? []).map((v) => ({ FieldName: v.FieldName, FieldValue: String(v.FieldValue ?? '') }));
  const { plain, readOnly, system } = split(list, values);
  const changes = validateValues(list, plain);
  checkUnique(list, changes, item);
  Object.assign(item.values, changes);
  item.version++;
  item.editorId = ctx.user.id;
  item.modified = tick(ctx.state);
  return collection(ctx.req, ctx.base, finish(ctx, list, item, values, readOnly, system) as unknown as Array<Record<string, unknown>>);
}
