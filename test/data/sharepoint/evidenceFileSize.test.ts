/**
 * @jest-environment node
 *
 * Evidence files over SharePoint: a 20 MB scan goes whole through files/add (SharePoint takes up to 262,144,000 bytes
 * there, far past the 2 MiB limit on other request bodies) and comes back byte for byte; a file past that limit is
 * refused as tooLarge before anything is sent — SharePoint would refuse it only after the whole file had gone.
 */
import '@pnp/sp/files';
import personas from '../../../fixtures/tenant/personas.json';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../../fixtures/tenant/school';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { SHAREPOINT_LIMITS } from '../../../src/domain';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, spAs } from '../../support/overEmulator';

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson')) as (typeof personas.people)[number];

describe('evidence files of every size', () => {
  let emulator: TenantEmulator;
  let cycleKey: string;
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const mine = await servicesAs(emulator, emma.upn).reader.mine(emma.id);
    cycleKey = (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '';
  }, 60_000);

  it('uploads a 20 MB file whole and reads it back unchanged', async () => {
    const bytes = new Uint8Array(20 * 1_048_576);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251;

    const result = await servicesAs(emulator, emma.upn).cycles.uploadEvidence(emma.id, cycleKey, 'observation scan.pdf', bytes.buffer);

    expect(result.ok).toBe(true);
    const back = await spAs(emulator, emma.upn).web.getFileByServerRelativePath(result.ok ? result.value.url : '').getBuffer();
    expect(back.byteLength).toBe(bytes.length);
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it('refuses a file past what files/add takes as tooLarge, sending nothing', async () => {
    // Never written to: the size alone decides.
    const huge = new ArrayBuffer(SHAREPOINT_LIMITS.fileUploadBytes + 1);
    const mark = emulator.log.mark();

    const result = await servicesAs(emulator, emma.upn).cycles.uploadEvidence(emma.id, cycleKey, 'assembly.mp4', huge);

    expect(result).toEqual({ ok: false, error: { code: 'tooLarge' } });
    expect(emulator.log.since(mark)).toEqual([]);
  });

  it('is the limit SharePoint enforces: the emulator refuses one byte more sent straight to files/add', async () => {
    const sp = spAs(emulator, emma.upn);
    const { ServerRelativeUrl } = await sp.web.lists.getByTitle('AppraisalEvidence').rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    const refused = await sp.web
      .getFolderByServerRelativePath(`${ServerRelativeUrl}/${emma.id}`)
      .files.addUsingPath('direct.mp4', new ArrayBuffer(SHAREPOINT_LIMITS.fileUploadBytes + 1), { Overwrite: false })
      .then(() => undefined, (e: { status: number; response: Response }) => e);

    expect(refused?.status).toBe(400);
    expect(await refused?.response.text()).toContain('larger than 262144000 bytes');
  }, 60_000);
});
