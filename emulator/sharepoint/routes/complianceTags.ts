/**
 * Microsoft Purview retention labels on items: `POST _api/SP.CompliancePolicy.SPPolicyStoreProxy.SetComplianceTagOnBulkItems`
 * with { itemIds, listUrl, complianceTagValue } — the method Microsoft recommends for setting a label on one or many
 * items ("CSOM methods for applying retention labels", learn.microsoft.com/sharepoint/dev/apis/csom-methods-for-applying-retention-labels;
 * PnP's Set-PnPRetentionLabel notes its hard limit on items per call and batches by 100). The label need not be
 * published to the site, but it must exist in the tenant, and the caller needs Edit Items on every item. The emulator
 * is strict: an unknown label is 400, more than 100 ids is 400, any item the caller may not edit refuses the whole call.
 * The label is kept as the item's `_ComplianceTag` value (read back over REST as `OData__ComplianceTag`).
 */
import type { EmulatorResponse } from '../../core/http';
import type { SpContext } from '../context';
import { canWrite } from '../permissions';
import { refuse, SP_ERRORS, SpError } from '../responses';
import { readBody } from './body';

/** Retention labels the emulated tenant has (Purview admins create them; the product only applies one by name). */
export const TENANT_RETENTION_LABELS = ['Staff appraisal records (6 years)', 'Staff appraisal records (7 years)'];

/** The path this route answers, lower-cased, after `_api/`. */
export const BULK_TAG_PATH = 'sp.compliancepolicy.sppolicystoreproxy.setcompliancetagonbulkitems';

/** Sets a retention label on items of one list. */
export function setComplianceTagOnBulkItems(ctx: SpContext): EmulatorResponse {
  const body = readBody(ctx.req);
  const ids = Array.isArray(body.itemIds) ? body.itemIds.map(Number) : [];
  const listUrl = String(body.listUrl ?? '').toLowerCase();
  const tag = String(body.complianceTagValue ?? '');
  if (ids.length === 0 || ids.length > 100) throw refuse.badRequest('itemIds must hold between 1 and 100 item ids.');
  if (tag !== '' && !TENANT_RETENTION_LABELS.includes(tag))
    throw new SpError(400, SP_ERRORS.invalidArgument, `The compliance tag '${tag}' does not exist.`);
  const list = ctx.state.lists.find(
    (l) => l.url.toLowerCase() === listUrl || `${ctx.state.serverRelativeUrl}/${l.url}`.toLowerCase() === listUrl
  );
  if (!list) throw refuse.notFound('List');
  const items = ids.map((id) => list.items.find((i) => i.id === id));
  if (items.some((i) => !i || !canWrite(ctx.state, ctx.user.id, list, i, 'editListItems'))) throw refuse.accessDenied();
  for (const item of items) if (item) item.values._ComplianceTag = tag;
  ctx.changed();
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value: [] }) };
}
