/**
 * @jest-environment node
 */
/* eslint-disable no-script-url -- these tests plant script URLs on purpose, to show they never become links */
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../../fixtures/tenant/school';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import personas from '../../../fixtures/tenant/personas.json';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, spAs } from '../../support/overEmulator';

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson')) as (typeof personas.people)[number];

describe('links written around the UI, straight into SharePoint', () => {
  it('reads a javascript: evidence link planted by a party as no link at all, and keeps the https: one', async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const mine = await servicesAs(emulator, emma.upn).reader.mine(emma.id);
    const cycleKey = (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '';
    // Emma can edit her own record, so she can write any Payload with plain REST calls.
    const items = spAs(emulator, emma.upn).web.lists.getByTitle('AppraisalRecords').items;
    const [item] = await items.filter(`CycleKey eq '${cycleKey}'`).select('Id', 'Payload')<Array<{ Id: number; Payload: string }>>();
    const payload = JSON.parse(item.Payload);
    const evidence = (id: string, url: string): unknown => ({
      id,
      kind: 'link',
      title: id,
      url,
      addedBy: 'appraisee',
      addedOn: '2026-11-01'
    });
    payload.document = {
      objectives: [],
      developmentNeeds: [],
      observations: [],
      stages: {},
      evidence: [
        evidence('bad', 'javascript:alert(document.cookie)'),
        evidence('data', 'data:text/html,<script>1</script>'),
        evidence('good', 'https://example.org/a')
      ]
    };
    await items.getById(item.Id).update({ Payload: JSON.stringify(payload) });

    const read = await servicesAs(emulator, emma.upn).cycles.getCycle(emma.id, cycleKey);

    expect(read.ok && read.value.document.evidence.map((e) => [e.id, e.url])).toEqual([
      ['bad', ''],
      ['data', ''],
      ['good', 'https://example.org/a']
    ]);
  });
});
