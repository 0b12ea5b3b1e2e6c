import { TenantEmulator } from '../emulator/core/TenantEmulator';
import { createTenantState } from '../emulator/core/state';
import { trustDirectory } from '../emulator/seed/trustDirectory';
import { provisionSite } from '../src/app/provisionSite';
import { openCycle } from '../src/app/openCycle';
import { cycleContaining, directoryId, staffId, type IsoDate } from '../src/domain';
import { servicesAs } from '../test/support/overEmulator';
(async () => {
  const directory = trustDirectory(24, 12);
  const emulator = new TenantEmulator(createTenantState(directory));
  const hr = servicesAs(emulator, 'hr@trust.example');
  await provisionSite(hr.provisioner, { onEvent: () => undefined, wait: async () => undefined });
  for (const p of directory.users.filter((u) => u.staffCategory)) {
    const r = directory.users.find((u) => u.upn === p.reviewerUpn);
    await hr.roster.saveRosterEntry({ id: staffId(p.id), directoryId: directoryId(p.id), upn: p.upn, displayName: p.displayName, jobTitle: 'TA', category: 'learningSupport', contract: 'permanent', workingPattern: p.workingPattern as never, reviewer: r ? directoryId(r.id) : undefined, reviewerName: r?.displayName, reviewerUpn: p.reviewerUpn ?? undefined, jobDescriptionUrl: undefined, startDate: undefined, probationPassed: true, leftOn: undefined }, undefined);
  }
  const roster = await hr.roster.listRoster();
  const mark = emulator.log.mark();
  const res = await openCycle(roster.ok ? roster.value.entries : [], hr.records, cycleContaining('2026-11-24' as IsoDate, 4), 6, '2026-11-24' as IsoDate, { wait: async () => undefined, onProgress: () => undefined });
  console.log(JSON.stringify(res));
  const counts = new Map<string, number>();
  for (const e of emulator.log.since(mark)) for (const p of e.parts ?? [{ method: e.method, url: e.url, status: e.status }]) {
    const k = `${p.method} ${p.status} ${p.url.replace(/\/sites\/staff-appraisal\/_api\//, '').replace(/\(\d+\)/g, "(n)").replace(/principalid=\d+/, "p").replace(/'[^']*'/g, "'x'").replace(/\?.*/, '?')}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(v, k);
})();
