/** Entity shapes: how lists, fields, items, users and groups look in SharePoint REST. */
import type { SpContext } from './context';
import type { SpField, SpGroup, SpItem, SpList, SpUser } from './state';

/** A list's REST properties. */
export function listJson(ctx: SpContext, list: SpList): Record<string, unknown> {
  return {
    Id: list.id,
    Title: list.title,
    Description: list.description,
    BaseTemplate: list.baseTemplate,
    BaseType: list.baseTemplate === 101 ? 1 : 0,
    ItemCount: list.items.length,
    EnableFolderCreation: list.enableFolderCreation,
    EnableVersioning: list.enableVersioning,
    ReadSecurity: list.readSecurity,
    WriteSecurity: list.writeSecurity,
    HasUniqueRoleAssignments: !!list.uniqueRoleAssignments,
    Hidden: false,
    ParentWebUrl: ctx.state.serverRelativeUrl,
    EntityTypeName: `${list.title.replace(/\W/g, '')}List`,
    ListItemEntityTypeFullName: `SP.Data.${list.title.replace(/\W/g, '')}ListItem`
  };
}

/** Metadata link of a list. */
export const listLink = (list: SpList): string => `Web/Lists(guid'${list.id}')`;

/** A field's REST properties. */
export function fieldJson(field: SpField): Record<string, unknown> {
  return {
    Id: field.id,
    InternalName: field.internalName,
    StaticName: field.internalName,
    EntityPropertyName: field.internalName,
    Title: field.title,
    FieldTypeKind: field.typeKind,
    TypeAsString: field.typeAsString,
    Indexed: field.indexed,
    Hidden: field.hidden,
    ReadOnlyField: field.readOnly,
    EnforceUniqueValues: !!field.enforceUniqueValues,
    ...(field.choices ? { Choices: field.choices } : {})
  };
}

/** An item's REST properties, with the odata keys PnPjs reads from collections too. */
export function itemJson(list: SpList, item: SpItem, base: string): Record<string, unknown> {
  const link = `${listLink(list)}/Items(${item.id})`;
  return {
    'odata.type': `SP.Data.${list.title.replace(/\W/g, '')}ListItem`,
    'odata.id': `${base}${link}`,
    'odata.etag': `"${item.version}"`,
    'odata.editLink': link,
    FileSystemObjectType: item.fsObjType,
    Id: item.id,
    ID: item.id,
    ...item.values,
    FileLeafRef: item.fileLeafRef,
    FileDirRef: item.fileDirRef,
    FileRef: `${item.fileDirRef}/${item.fileLeafRef}`,
    FSObjType: item.fsObjType,
    AuthorId: item.authorId,
    EditorId: item.editorId,
    Created: item.created,
    Modified: item.modified,
    OData__UIVersionString: `${item.version}.0`,
    HasUniqueRoleAssignments: !!item.uniqueRoleAssignments,
    GUID: `00000000-0000-4000-8000-${String(item.id).padStart(12, '0')}`
  };
}

/** A user's REST properties. */
export function userJson(user: SpUser): Record<string, unknown> {
  return {
    Id: user.id,
    Title: user.title,
    LoginName: user.loginName,
    Email: user.email,
    UserPrincipalName: user.upn,
    IsSiteAdmin: user.isSiteAdmin,
    PrincipalType: 1
  };
}

/** A group's REST properties. */
export function groupJson(group: SpGroup, ownerTitle = 'Staff Appraisal Owners'): Record<string, unknown> {
  return {
    Id: group.id,
    Title: group.title,
    Description: group.description,
    LoginName: group.title,
    PrincipalType: 8,
    OwnerTitle: ownerTitle,
    OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership ?? false,
    AllowMembersEditMembership: group.allowMembersEditMembership ?? false
  };
}

/** Applies $select to an entity (top-level names only; `A/B` expands are handled by callers). */
export function selectFields(value: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return value;
  const names = select.split(',').map((s) => s.trim()).filter(Boolean);
  const out: Record<string, unknown> = {};
  // `*` is every field the item returns by default, as in SharePoint's $select=*,FileLeafRef.
  const all = names.includes('*');
  for (const [key, v] of Object.entries(value))
    if (all || key.startsWith('odata.') || names.some((n) => n.split('/')[0].toLowerCase() === key.toLowerCase())) out[key] = v;
  for (const n of names)
    if (n !== '*' && !n.includes('/') && !(n in out) && !Object.keys(out).some((k) => k.toLowerCase() === n.toLowerCase())) out[n] = null;
  return out;
}
