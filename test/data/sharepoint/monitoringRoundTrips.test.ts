/**
 * @jest-environment node
 *
 * The HR monitoring view reads everyone in two round trips (issue 14: ≤ 3): the permission check and every list read
 * in one $batch, then the signatures. Reading alongside the check shows no one more: a reviewer or an appraisee is
 * refused, whatever SharePoint let their reads return.
 */
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { CYCLE, openedRecordsFor } from '../../support/openedRecords';

const PEOPLE = ['zoe.clarke', 'aisha.begum', 'hannah.wright', 'siobhan.oneill'];

describe("HR's monitoring read", () => {
  it('reads everyone in the cycle in two round trips', async () => {
    const { emulator } = await openedRecordsFor(PEOPLE);

    const everyone = await servicesAs(emulator, upnWithRole('hrAdmin')).reportSource.everyone(CYCLE.label);

    expect(everyone.ok && everyone.value.people).toHaveLength(PEOPLE.length);
    expect(emulator.log.entries).toHaveLength(2);
  });

  it.each(['tom.hughes', 'zoe.clarke'])('refuses %s, who is not an administrator', async (name) => {
    const { emulator } = await openedRecordsFor(PEOPLE);

    const everyone = await servicesAs(emulator, `${name}@riversideprimary.onmicrosoft.com`).reportSource.everyone(CYCLE.label);

    expect(everyone).toEqual({ ok: false, error: { code: 'accessDenied' } });
  });
});
