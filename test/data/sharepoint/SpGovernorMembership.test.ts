/**
 * @jest-environment node
 */
import personas from '../../../fixtures/tenant/personas.json';
import { provisionedEmulator } from '../../support/provisioned';
import { servicesAs, upnWithRole } from '../../support/overEmulator';

const governor = personas.people.find((p) => p.roles.includes('governor')) as (typeof personas.people)[number];
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes')) as (typeof personas.people)[number];

describe('the Appraisal Governors group (SpGovernorMembership over the emulator)', () => {
  it('lets HR add and remove a governor, refuses an unknown address and a reviewer trying to add one', async () => {
    const emulator = await provisionedEmulator();
    const hr = servicesAs(emulator, upnWithRole('hrAdmin')).governors;

    const added = await hr.add(governor.upn);
    const unknown = await hr.add('nobody@riversideprimary.onmicrosoft.com');
    const byReviewer = await servicesAs(emulator, tom.upn).governors.add(tom.upn);

    expect(added.ok && added.value.name).toBe(governor.displayName);
    expect(!unknown.ok && unknown.error.code).toBe('notFound');
    expect(!byReviewer.ok && byReviewer.error.code).toBe('accessDenied');
    const listed = await hr.list();
    expect(listed.ok && listed.value.map((m) => m.name)).toEqual([governor.displayName]);
    expect(await servicesAs(emulator, governor.upn).governorReports.listPublished()).toEqual({ ok: true, value: [] });

    if (added.ok) await hr.remove(added.value.id);
    const after = await hr.list();
    expect(after.ok && after.value).toEqual([]);
  });
});
