/** Lists and fields: create, read, update (MERGE), delete. Creating needs Manage Lists on the web. */
import { checkCanEnforce } from './uniqueValues';
import type { EmulatorResponse } from '../../core/http';
import type { SpContext } from '../context';
import { guid, tick } from '../context';
import { effectiveRights, has } from '../permissions';
import { collection, entity, noContent, refuse, SP_ERRORS, SpError } from '../responses';
import { fieldJson, listJson, listLink, selectFields } from '../json';
import type { SpField, SpList } from '../state';
import { readBody } from './body';

const FIELD_TYPES: Record<number, string> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  8: 'Boolean',
  9: 'Number',
  20: 'User'
};

/** The columns every list has. */
function defaultFields(state: SpContext['state'], library: boolean): SpField[] {
  const f = (internalName: string, typeKind: number, extra: Partial<SpField> = {}): SpField => ({
    id: guid(state, internalName),
    internalName,
    title: internalName,
    typeKind,
    typeAsString: FIELD_TYPES[typeKind] ?? 'Text',
    indexed: false,
    hidden: false,
    readOnly: false,
    ...extra
  });
  return [
    f('ID', 1, { readOnly: true, indexed: true }),
    f('Title', 2),
    f('Created', 4, { readOnly: true }),
    f('Modified', 4, { readOnly: true }),
    f('Author', 20, { readOnly: true }),
    f('Editor', 20, { readOnly: true }),
    f('FileLeafRef', 2, { readOnly: !library })
  ];
}

function requireManageLists(ctx: SpContext, list?: SpList): void {
  if (!has(effectiveRights(ctx.state, ctx.user.id, list), 'manageLists')) throw refuse.accessDenied();
}

/** GET/POST on web/lists. */
export function listsRoute(ctx: SpContext, method: string): EmulatorResponse {
  if (method === 'GET') {
    const visible = ctx.state.lists.filter((l) => has(effectiveRights(ctx.state, ctx.user.id, l), 'viewListItems'));
    return collection(
      ctx.req,
      ctx.base,
      visible.map((l) => selectFields({ 'odata.editLink': listLink(l), ...listJson(ctx, l) }, ctx.query.get('$select')))
    );
  }
  if (method !== 'POST') throw refuse.badRequest(`${method} is not supported on lists`);
  requireManageLists(ctx);
  const body = readBody(ctx.req);
  const title = String(body.Title ?? '').trim();
  if (!title) throw refuse.badRequest('A list needs a Title.');
  if (ctx.state.lists.some((l) => l.title.toLowerCase() === title.toLowerCase())) {
    throw new SpError(
      500,
      SP_ERRORS.duplicate,
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    );
  }
  const template = Number(body.BaseTemplate ?? 100);
  const list: SpList = {
    id: guid(ctx.state, title),
    title,
    description: String(body.Description ?? ''),
    baseTemplate: template,
    url: `${ctx.state.serverRelativeUrl}${template === 101 ? '' : '/Lists'}/${title.replace(/\s/g, '')}`,
    enableFolderCreation: body.EnableFolderCreation === undefined ? template === 101 : !!body.EnableFolderCreation,
    enableVersioning: !!body.EnableVersioning,
    readSecurity: 1,
    writeSecurity: 1,
    fields: defaultFields(ctx.state, template === 101),
    items: [],
    nextItemId: 1
  };
  ctx.state.lists.push(list);
  tick(ctx.state);
  ctx.changed();
  return { ...entity(ctx.req, ctx.base, listJson(ctx, list), { type: 'SP.List', editLink: listLink(list) }), status: 201 };
}

const LIST_SETTABLE: Record<string, keyof SpList> = {
  title: 'title', description: 'description', enablefoldercreation: 'enableFolderCreation', enableversioning: 'enableVersioning',
  readsecurity: 'readSecurity', writesecurity: 'writeSecurity'
};

/** GET/MERGE/DELETE on one list. */
export function listRoute(ctx: SpContext, list: SpList, method: string): EmulatorResponse {
  if (method === 'GET')
    return entity(ctx.req, ctx.base, selectFields(listJson(ctx, list), ctx.query.get('$select')), {
      type: 'SP.List',
      editLink: listLink(list)
    });
  requireManageLists(ctx, list);
  if (method === 'MERGE' || method === 'PATCH') {
    const body = readBody(ctx.req);
    for (const [key, value] of Object.entries(body)) {
      const prop = LIST_SETTABLE[key.toLowerCase()];
      if (prop) (list as unknown as Record<string, unknown>)[prop] = key.toLowerCase().endsWith('security') ? Number(value) : value;
      else if (!['allowcontenttypes', 'contenttypesenabled', 'basetemplate'].includes(key.toLowerCase())) {
        throw refuse.badRequest(`The property '${key}' does not exist on type 'SP.List'.`);
      }
    }
    ctx.changed();
    return noContent();
  }
  if (method === 'DELETE') {
    ctx.state.lists = ctx.state.lists.filter((l) => l !== list);
    ctx.changed();
    return noContent();
  }
  throw refuse.badRequest(`${method} is not supported on a list`);
}

/** GET/POST on a list's fields; GET/MERGE on one field (Indexed, Title, Choices…). */
export function fieldsRoute(ctx: SpContext, list: SpList, field: SpField | undefined, method: string): EmulatorResponse {
  if (method === 'GET') {
    if (field)
      return entity(ctx.req, ctx.base, selectFields(fieldJson(field), ctx.query.get('$select')), { type: `SP.Field${field.typeAsString}` });
    const filter = ctx.query.get('$filter');
    const visible = list.fields.filter((f) => !(filter && /Hidden eq false/i.test(filter) && f.hidden));
    return collection(ctx.req, ctx.base, visible.map((f) => selectFields(fieldJson(f), ctx.query.get('$select'))));
  }
  requireManageLists(ctx, list);
  const body = readBody(ctx.req);
  if (field && (method === 'MERGE' || method === 'PATCH')) {
    if ('Indexed' in body) field.indexed = !!body.Indexed;
    if (body.EnforceUniqueValues === true) checkCanEnforce(list, field, field.indexed);
    if ('EnforceUniqueValues' in body) field.enforceUniqueValues = !!body.EnforceUniqueValues;
    if ('Title' in body) field.title = String(body.Title);
    if ('Hidden' in body) field.hidden = !!body.Hidden;
    if (Array.isArray(body.Choices)) field.choices = body.Choices.map(String);
    ctx.changed();
    return noContent();
  }
  if (field || method !== 'POST') throw refuse.badRequest(`${method} is not supported on fields`);
  const title = String(body.Title ?? '').trim();
  const typeKind = Number(body.FieldTypeKind ?? 2);
  if (!title) throw refuse.badRequest('A column needs a Title.');
  const internalName = title.replace(/ /g, '_x0020_');
  if (list.fields.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase())) {
    throw new SpError(500, SP_ERRORS.duplicate, `A duplicate field name "${internalName}" was found.`);
  }
  const choices = Array.isArray(body.Choices) ? body.Choices.map(String) : (body.Choices as { results?: string[] } | undefined)?.results;
  const created: SpField = {
    id: guid(ctx.state, internalName), internalName, title, typeKind, typeAsString: FIELD_TYPES[typeKind] ?? 'Text',
    indexed: !!body.Indexed, hidden: false, readOnly: false, ...(choices ? { choices } : {})
  };
  if (body.EnforceUniqueValues === true) {
    checkCanEnforce(list, created, created.indexed);
    created.enforceUniqueValues = true;
  }
  list.fields.push(created);
  ctx.changed();
  return { ...entity(ctx.req, ctx.base, fieldJson(created), { type: `SP.Field${created.typeAsString}` }), status: 201 };
}
