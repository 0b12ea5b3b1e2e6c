/** A list "Big" with an indexed Category and an unindexed Unindexed column, made through REST and filled in state. */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import type { SpList } from '../../emulator/sharepoint/state';
import { spAs, upnWithRole } from './overEmulator';

/** Item i's values: Category odd/even, item 4321 titled O'Neill (for quoting tests). */
const oddOrEven = (i: number): Record<string, unknown> => ({
  Title: i === 4321 ? "O'Neill" : `Item ${i}`,
  Category: i % 2 ? 'odd' : 'even',
  Unindexed: 'x'
});

/** Makes the list with `count` items (6,000 HTTP calls would only slow a test, so the items go straight into state). */
export async function bigList(emulator: TenantEmulator, count: number, values = oddOrEven): Promise<SpList> {
  const sp = spAs(emulator, upnWithRole('hrAdmin'));
  await sp.web.lists.add('Big', '', 100);
  await sp.web.lists.getByTitle('Big').fields.addText('Category');
  await sp.web.lists.getByTitle('Big').fields.addText('Unindexed');
  await sp.web.lists.getByTitle('Big').fields.getByInternalNameOrTitle('Category').update({ Indexed: true });
  const list = emulator.state.sharepoint.lists.find((l) => l.title === 'Big') as SpList;
  for (let i = 1; i <= count; i++) {
    list.items.push({
      id: i,
      fsObjType: 0,
      fileLeafRef: `${i}_.000`,
      fileDirRef: list.url,
      values: values(i),
      version: 1,
      authorId: 4,
      editorId: 4,
      created: '2026-01-01T00:00:00Z',
      modified: '2026-01-01T00:00:00Z'
    });
  }
  list.nextItemId = count + 1;
  return list;
}
