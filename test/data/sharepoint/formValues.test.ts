/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/items';
import { spAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { LISTS } from '../../../src/data/sharepoint/schema';
import { addWithValues } from '../../../src/data/sharepoint/formValues';
import { toDataError } from '../../../src/data/sharepoint/errors';

describe('AddValidateUpdateItemUsingPath with a value SharePoint cannot store', () => {
  it('answers 200 with HasException on that field and makes no item; the adapter turns it into a refused write', async () => {
    const emulator = await provisionedEmulator();
    const sp = spAs(emulator, upnWithRole('hrAdmin'));
    const list = sp.web.lists.getByTitle(LISTS.roster.title);
    const root = (await list.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl;
    const before = (await list.items.select('Id')()).length;

    const raw = (await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x'.repeat(300) }], root)) as Array<{
      FieldName: string;
      HasException: boolean;
      ErrorMessage: string | null;
    }>;
    expect(raw.find((r) => r.FieldName === 'Title')).toMatchObject({ HasException: true, ErrorMessage: expect.stringContaining('255') });

    const refused = await addWithValues(list, root, { Title: 'y'.repeat(300) }).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeDefined();
    // The same refusal an HTTP 400 from SharePoint gives (test/data/errorMapping.test.ts), not a success with an id.
    expect(toDataError(refused)).toEqual({ code: 'unexpected', detail: 'HTTP 400' });
    expect((await list.items.select('Id')()).length).toBe(before);
  });
});
