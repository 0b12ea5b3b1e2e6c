/**
 * Role definitions (permission levels) as PnPjs v4 calls them: `web/roledefinitions` (GET, POST add),
 * `getById(n)`, `getByName('x')`, `getByType(n)`. Adding one needs Manage Permissions on the web, and a name already
 * in use is refused. Custom definitions get ids that differ from site to site, as in SharePoint, so callers must look
 * them up by name.
 */
import type { EmulatorResponse } from '../../core/http';
import type { SpContext } from '../context';
import { effectiveRights, has } from '../permissions';
import { roleDefinitionsOf, type RoleDefinitionView } from '../roles';
import { collection, entity, refuse, SP_ERRORS, SpError } from '../responses';
import { selectFields } from '../json';
import { readBody } from './body';

/** A role definition's REST properties. */
export function roleDefinitionJson(def: RoleDefinitionView): Record<string, unknown> {
  return {
    Id: def.id, Name: def.name, Description: def.description, Order: def.order, RoleTypeKind: def.roleTypeKind, Hidden: false,
    BasePermissions: { High: String(def.high), Low: String(def.low) }
  };
}

/** The definition a `roledefinitions/getBy…(…)` segment names; 404 when there is none. */
export function findRoleDefinition(ctx: SpContext, how: 'getbyid' | 'getbyname' | 'getbytype', key: string): RoleDefinitionView {
  const all = roleDefinitionsOf(ctx.state);
  const found =
    how === 'getbyid' ? all.find((d) => d.id === Number(key))
      : how === 'getbytype' ? all.find((d) => d.roleTypeKind === Number(key) && d.roleTypeKind !== 0)
        : all.find((d) => d.name.toLowerCase() === key.toLowerCase());
  if (!found) throw refuse.notFound('Permission level');
  return found;
}

/** GET one role definition. */
export function roleDefinitionRoute(ctx: SpContext, def: RoleDefinitionView, method: string): EmulatorResponse {
  if (method !== 'GET') throw refuse.badRequest(`${method} on a role definition is not supported by the emulator`);
  return entity(ctx.req, ctx.base, selectFields(roleDefinitionJson(def), ctx.query.get('$select')), {
    type: 'SP.RoleDefinition',
    editLink: `Web/RoleDefinitions(${def.id})`
  });
}

const word = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : undefined;
};

function add(ctx: SpContext): EmulatorResponse {
  if (!has(effectiveRights(ctx.state, ctx.user.id), 'managePermissions')) throw refuse.accessDenied();
  const body = readBody(ctx.req);
  const name = String(body.Name ?? '').trim();
  const mask = (body.BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
  const high = word(mask.High);
  const low = word(mask.Low);
  if (!name || high === undefined || low === undefined)
    throw new SpError(400, SP_ERRORS.invalidArgument, 'A role definition needs a Name and BasePermissions { High, Low }.');
  const all = roleDefinitionsOf(ctx.state);
  // SharePoint refuses a second permission level with the same name (names are unique per site, case-insensitive).
  if (all.some((d) => d.name.toLowerCase() === name.toLowerCase()))
    throw new SpError(500, SP_ERRORS.duplicate, 'The role definition name is already in use. Please try again with a different name.');
  ctx.state.clock++;
  // Custom ids start above the built-in ones and depend on the site's history, so no two sites agree on them.
  const id = Math.max(1073741923, ...all.map((d) => d.id)) + 1 + (ctx.state.clock % 5);
  const def = { id, name, description: String(body.Description ?? ''), order: Number(body.Order ?? 0) || 0, high, low };
  (ctx.state.customRoleDefinitions ??= []).push(def);
  ctx.changed();
  return {
    ...entity(ctx.req, ctx.base, roleDefinitionJson({ ...def, roleTypeKind: 0 }), {
      type: 'SP.RoleDefinition',
      editLink: `Web/RoleDefinitions(${id})`
    }),
    status: 201
  };
}

/** GET (every definition) and POST (add one) on `web/roledefinitions`. */
export function roleDefinitionsRoute(ctx: SpContext, method: string): EmulatorResponse {
  if (method === 'POST') return add(ctx);
  if (method !== 'GET') throw refuse.badRequest(`${method} is not supported on role definitions`);
  return collection(
    ctx.req,
    ctx.base,
    roleDefinitionsOf(ctx.state).map((d) => selectFields(roleDefinitionJson(d), ctx.query.get('$select')))
  );
}
