/**
 * @jest-environment node
 *
 * The emulator's $filter is as strict as SharePoint's: an unknown column, a function or operator SharePoint does not
 * support, a lookup projection without $expand — 400 with SharePoint's error body; on a list past the 5,000-item
 * list-view threshold, an `or` with a branch on an unindexed column — 500 SPQueryThrottledException, even when the
 * first clause is indexed.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { SpList } from '../../../emulator/sharepoint/state';
import { newEmulator, spAs, upnWithRole } from '../../support/overEmulator';
import { bigList } from '../../support/bigList';

const HR = upnWithRole('hrAdmin');

interface Refusal {
  status: number;
  body: { 'odata.error': { code: string; message: { value: string } } };
}

async function refusal(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (error) {
    const e = error as { status: number; response: Response };
    return { status: e.status, body: (await e.response.clone().json()) as Refusal['body'] };
  }
  throw new Error('the query was answered');
}

/** The shared big list, with Category c0…c99. */
const listOf = (emulator: TenantEmulator, count: number): Promise<SpList> =>
  bigList(emulator, count, (i) => ({ Title: `Item ${i}`, Category: `c${i % 100}`, Unindexed: 'x' }));

const items = (emulator: TenantEmulator): ReturnType<ReturnType<typeof spAs>['web']['lists']['getByTitle']>['items'] =>
  spAs(emulator, HR).web.lists.getByTitle('Big').items;

describe('a $filter SharePoint would refuse', () => {
  let emulator: TenantEmulator;
  beforeAll(async () => {
    emulator = newEmulator();
    await listOf(emulator, 20);
  });

  it('refuses a column the list does not have, with SharePoint\'s code and words', async () => {
    const refused = await refusal(items(emulator).filter("Categroy eq 'c1'")());

    expect(refused).toEqual({
      status: 400,
      body: {
        'odata.error': {
          code: '-2147024809, System.ArgumentException',
          message: { lang: 'en-US', value: "Column 'Categroy' does not exist. It may have been deleted by another user." }
        }
      }
    });
  });

  it('refuses an unknown column in a later clause too, not only the first', async () => {
    expect((await refusal(items(emulator).filter("Category eq 'c1' and Nope eq 1")())).status).toBe(400);
  });

  it.each([
    ["endswith(Title,'1')"],
    ["StartsWith(Title,'Item')"],
    ["not (Category eq 'c1')"],
    ['Id add 1 eq 2'],
    ["tolower(Title) eq 'item 1'"],
    ["Category has 'c1'"]
  ])('refuses %s (400 InvalidClientQueryException)', async (filter) => {
    const refused = await refusal(items(emulator).filter(filter)());

    expect(refused.status).toBe(400);
    expect(refused.body['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });

  it('refuses a lookup projection without $expand and answers it with $expand', async () => {
    const refused = await refusal(items(emulator).filter('Author/Id eq 4')());

    expect(refused.status).toBe(400);
    expect(refused.body['odata.error'].message.value).toContain('$expand query string must contains Author');
    await expect(items(emulator).filter('Author/Id eq 4').expand('Author').select('Id', 'Author/Id').top(1)()).resolves.toHaveLength(1);
  });

  it('still answers what SharePoint supports: system columns, lookup ids, startswith, substringof', async () => {
    const ok = await items(emulator)
      .filter("(startswith(Title,'Item 1') or substringof('m 2',Title)) and AuthorId eq 4 and FSObjType eq 0 and Id gt 0")
      .select('Id')<Array<{ Id: number }>>();

    expect(ok.map((i) => i.Id)).toEqual([1, 2, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });
});

describe('or on a list past the list-view threshold', () => {
  let emulator: TenantEmulator;
  beforeAll(async () => {
    emulator = newEmulator();
    await listOf(emulator, 6000);
  });

  it('refuses an or with a branch on an unindexed column even when the first clause is indexed', async () => {
    const refused = await refusal(items(emulator).filter("Category eq 'c1' or Unindexed eq 'y'").top(10)());

    expect(refused.status).toBe(500);
    expect(refused.body['odata.error'].code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  });

  it('refuses an indexed first clause and-ed with an or reaching an unindexed column', async () => {
    expect((await refusal(items(emulator).filter("Category eq 'c1' and (Id eq 1 or Unindexed eq 'y')").top(10)())).status).toBe(500);
  });

  it('answers an or whose branches are all on indexed columns', async () => {
    const found = await items(emulator).filter("Category eq 'c1' or Category eq 'c2'").select('Id').top(5000)<unknown[]>();

    expect(found).toHaveLength(120);
  });
});
