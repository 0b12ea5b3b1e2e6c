/**
 * @jest-environment node
 */
import { newEmulator, servicesAs, upnWithRole } from '../../support/overEmulator';

describe('SpSiteGateway over the emulator', () => {
  it('reports a fresh site as not set up', async () => {
    const emulator = newEmulator();

    const status = await servicesAs(emulator, upnWithRole('hrAdmin')).site.getStatus();

    expect(status).toEqual({ ok: true, value: { kind: 'notSetUp' } });
  });

  it('asks SharePoint once, for the schema version only', async () => {
    const emulator = newEmulator();

    await servicesAs(emulator, upnWithRole('hrAdmin')).site.getStatus();

    expect(emulator.log.entries).toHaveLength(1);
    expect(decodeURIComponent(emulator.log.entries[0].url)).toContain("lists/getByTitle('AppraisalSettings')/items");
  });

  it('reports SharePoint being unavailable as an error the UI can explain', async () => {
    const emulator = newEmulator();
    emulator.faults.add({ status: 500, count: 1 });

    const status = await servicesAs(emulator, upnWithRole('hrAdmin')).site.getStatus();

    expect(status).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('reports throttling with the Retry-After SharePoint sent', async () => {
    const emulator = newEmulator();
    emulator.faults.add({ status: 429, retryAfter: 7, count: 1 });

    const status = await servicesAs(emulator, upnWithRole('hrAdmin')).site.getStatus();

    expect(status).toEqual({ ok: false, error: { code: 'throttled', retryAfterSeconds: 7 } });
  });
});
