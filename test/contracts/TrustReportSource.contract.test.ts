/**
 * @jest-environment node
 *
 * The TrustReportSource contract: the memory fake and SpTrustReportSource over the emulator's trust of school sites
 * (as the trust administrator) pass the same tests. Every site is read; a site that has nothing published for the
 * cycle, or cannot be read, is "not available", never an error.
 */
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import type { TrustReportSource } from '../../src/data/ports';
import { SpTrustReportSource } from '../../src/data/sharepoint/SpTrustReportSource';
import { EmulatorSend } from '../../emulator/connect/pnpSend';
import { seedTrustSchools, trustPeople, TRUST_CYCLE } from '../../fixtures/tenant/trustSchools';
import { buildAuditedReport, DEFAULT_EQUALITY_GAP_POINTS, trustReturnOf } from '../../src/domain';
import { MemoryTrustReportSource } from '../support/memory/MemoryTrustReportSource';
import { provisionedEmulator } from '../support/provisioned';
import { aReportPerson, times } from '../domain/reports/builders';
import { isoDate } from '../support/builders';

const ORIGIN = 'http://127.0.0.1:5173';
const MISSING = `${ORIGIN}/sites/no-such-school`;

interface Subject {
  source: TrustReportSource;
  sites: string[];
}

export function describeTrustReportSourceContract(name: string, makeSubject: () => Promise<Subject>): void {
  describe(`TrustReportSource contract: ${name}`, () => {
    let subject: Subject;
    beforeAll(async () => {
      subject = await makeSubject();
    }, 60000);

    it('reads every school site of the cycle: its name, its published report and its return, which agree', async () => {
      const read = await subject.source.schools(subject.sites, TRUST_CYCLE);

      expect(read.map((r) => r.site)).toEqual(subject.sites);
      for (const r of read) {
        if (!r.available) throw new Error(`${r.site} not available: ${r.reason}`);
        expect(r.school.school).toEqual(expect.any(String));
        expect(r.school.published?.cycleLabel).toBe(TRUST_CYCLE);
        expect(r.school.trustReturn.cycleLabel).toBe(TRUST_CYCLE);
        const planning = r.school.trustReturn.counts.planning ?? {};
        expect(Object.values(planning).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(0);
      }
    });

    it('a cycle nobody published is nothing published at every site', async () => {
      const read = await subject.source.schools(subject.sites, '2019/20');

      expect(read).toEqual(subject.sites.map((site) => ({ site, available: false, reason: 'nothingPublished' })));
    });

    it('a site that cannot be read is not available, and the others are read still', async () => {
      const read = await subject.source.schools([subject.sites[0], MISSING], TRUST_CYCLE);

      expect(read[0].available).toBe(true);
      expect(read[1]).toEqual({ site: MISSING, available: false, reason: 'unreadable' });
    });
  });
}

describeTrustReportSourceContract('memory', async () => {
  const source = new MemoryTrustReportSource();
  const sites = ['a', 'b', 'c'].map((s) => `${ORIGIN}/sites/${s}`);
  sites.forEach((site, i) => {
    const people = [...times(10 + i * 5), aReportPerson({ contract: 'casual' })];
    const { snapshot } = buildAuditedReport(people, TRUST_CYCLE, isoDate('2026-04-20'), {
      k: 5,
      equalityGapPoints: DEFAULT_EQUALITY_GAP_POINTS
    });
    source.sites.set(site, [{ school: `School ${i}`, published: snapshot, trustReturn: trustReturnOf(people, TRUST_CYCLE) }]);
  });
  return { source, sites };
});

describeTrustReportSourceContract('SharePoint (emulator)', async () => {
  const emulator = await provisionedEmulator();
  const sites = seedTrustSchools(emulator.state, ORIGIN, 3);
  const admin = trustPeople(emulator.state.directory.domain).admin;
  return {
    source: new SpTrustReportSource((url) =>
      spfi(url).using(DefaultHeaders(), DefaultInit(), DefaultParse(), EmulatorSend(emulator, admin))
    ),
    sites
  };
});
