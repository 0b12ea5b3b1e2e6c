/**
 * @jest-environment node
 */
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';
import { seedBigTrust } from '../../../fixtures/tenant/bigTrust';
import { toDataError } from '../../../src/data/sharepoint/errors';
import { spAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';

describe('errors SharePoint (the emulator) really sends, through the one error path', () => {
  it('names a refused query on a list over 5,000 items listViewThreshold, not throttled', async () => {
    const emulator = await provisionedEmulator();
    seedBigTrust(emulator.state, { staff: 100, items: 6000, cycles: ['2026/27'] });
    const records = spAs(emulator, upnWithRole('hrAdmin')).web.lists.getByTitle('AppraisalRecords');

    // ContentHash is not indexed, so on a list past 5,000 items SharePoint refuses to filter on it first.
    const refused = await records.items.filter("ContentHash eq 'x'").select('Id')().then(() => undefined, (e: unknown) => e);

    expect(refused).toBeDefined();
    expect(toDataError(refused)).toEqual({ code: 'listViewThreshold' });
  });

  it('names a fault-injected 503 throttled, with its Retry-After', async () => {
    const emulator = new TenantEmulator(seedTenant());
    emulator.faults.add({ status: 503, retryAfter: 4, count: 1, match: '/_api/web' });

    const refused = await spAs(emulator, upnWithRole('hrAdmin')).web.select('Title')().then(() => undefined, (e: unknown) => e);

    expect(toDataError(refused)).toEqual({ code: 'throttled', retryAfterSeconds: 4 });
  });
});
