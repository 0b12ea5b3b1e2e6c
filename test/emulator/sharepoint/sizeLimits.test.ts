/**
 * @jest-environment node
 *
 * The emulator refuses what SharePoint Online refuses: a single line of text over 255 characters, a plain
 * multi-line text value over 63,999 characters and a request body over 2,097,152 bytes (400 "The request message
 * is too big"), while a file upload may be larger.
 */
import '@pnp/sp/folders';
import '@pnp/sp/files';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { toDataError } from '../../../src/data/sharepoint/errors';
import { spAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';

const HR = upnWithRole('hrAdmin');
let emulator: TenantEmulator;

beforeAll(async () => {
  emulator = await provisionedEmulator();
});

const refusal = (work: Promise<unknown>): Promise<unknown> => work.then(() => undefined, (e: unknown) => e);
const bodyOf = async (error: unknown): Promise<string> => ((error as { response: Response }).response.clone().text());

describe('SharePoint size limits in the emulator', () => {
  const settings = (): ReturnType<ReturnType<typeof spAs>['web']['lists']['getByTitle']> =>
    spAs(emulator, HR).web.lists.getByTitle('AppraisalSettings');

  it('refuses a single line of text over 255 characters and keeps 255', async () => {
    await expect(settings().items.add({ Title: 'x'.repeat(255) })).resolves.toBeDefined();
    const refused = await refusal(settings().items.add({ Title: 'x'.repeat(256) }));
    expect((refused as { status: number }).status).toBe(400);
  });

  it('refuses a multi-line text value over 63,999 characters and keeps 63,999', async () => {
    await expect(settings().items.add({ Title: 'ok', SettingValue: 'x'.repeat(63_999) })).resolves.toBeDefined();
    const refused = await refusal(settings().items.add({ Title: 'long', SettingValue: 'x'.repeat(64_000) }));
    expect((refused as { status: number }).status).toBe(400);
    expect(await bodyOf(refused)).toContain('exceeds 63999 characters');
  });

  it('refuses a request body over 2,097,152 bytes with SharePoint\'s status and error body, counted in bytes', async () => {
    // 1,100,000 two-byte characters: 2.2 MB of UTF-8, so the body is refused before any column limit is looked at.
    const refused = await refusal(settings().items.add({ Title: 'huge', SettingValue: 'é'.repeat(1_100_000) }));

    expect((refused as { status: number }).status).toBe(400);
    expect(JSON.parse(await bodyOf(refused))).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: 'The request message is too big. The server does not allow messages larger than 2097152 bytes.' }
      }
    });
    expect(toDataError(refused)).toEqual({ code: 'tooLarge' });
  });

  it('accepts a file upload larger than the body limit', async () => {
    const library = spAs(emulator, HR).web.lists.getByTitle('AppraisalEvidence');
    const { ServerRelativeUrl } = await library.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();

    const added = await spAs(emulator, HR)
      .web.getFolderByServerRelativePath(ServerRelativeUrl)
      .files.addUsingPath('big.pdf', new Uint8Array(3_000_000).buffer, { Overwrite: true });

    expect(added.ServerRelativeUrl).toMatch(/big\.pdf$/);
  });
});
