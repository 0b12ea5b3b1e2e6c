/**
 * @jest-environment node
 */
/**
 * createSpfxServices with a stand-in SPFx context hosted as Teams, Outlook and the Microsoft 365 app host a personal
 * app: on the tenant's ROOT site (`/_layouts/15/teamshostedapp.aspx`). The same production adapters, the same PnPjs
 * SPFx behaviour (its fetch reaches the in-process emulator), so a lookup against the hosting web would miss every
 * appraisal list and show "not set up", as it did before the site URL was resolved.
 */
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { USER_HEADER } from '../../emulator/core/userHeader';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import { toEmulatorRequest, toFetchResponse } from '../../emulator/connect/toEmulatorRequest';
import { graphAs } from '../../fixtures/tenant/inProcessServices';
import personas from '../../fixtures/tenant/personas.json';
import { createSpfxServices, type SpfxHostContext } from '../../src/data/createSpfxServices';
import { appraisalSiteUrl, APPRAISAL_SITE_PATH } from '../../src/data/appraisalSite';
import { fixedClock } from '../support/fixedClock';

const ORIGIN = 'http://127.0.0.1:5173';
const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum'))!;

/** The page context a personal app gets in Teams: the root site's web, the signed-in person. */
function teamsHostContext(emulator: TenantEmulator, person: typeof aisha, hostWeb = `${ORIGIN}/`): SpfxHostContext {
  return {
    pageContext: {
      web: { absoluteUrl: hostWeb.replace(/\/$/, ''), serverRelativeUrl: '/' },
      user: { loginName: `i:0#.f|membership|${person.upn}`, displayName: person.displayName, email: person.upn },
      aadInfo: { userId: { toString: () => person.id } },
      legacyPageContext: { isTeamsHostedApp: true }
    },
    msGraphClientFactory: { getClient: async () => graphAs(emulator, person.upn) }
  } as unknown as SpfxHostContext;
}

let emulator: TenantEmulator;
const sent: string[] = [];
const realFetch = global.fetch;

beforeAll(async () => {
  emulator = new TenantEmulator(seedTenant());
  await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
}, 60000);

beforeEach(() => {
  sent.length = 0;
  global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(String(input));
    return toFetchResponse(await emulator.handle(await toEmulatorRequest(String(input), init, { [USER_HEADER]: aisha.upn })));
  }) as typeof fetch;
});

afterAll(() => {
  global.fetch = realFetch;
});

describe('createSpfxServices hosted on the root site (Teams, Outlook, the Microsoft 365 app)', () => {
  it('finds the appraisal site, not the hosting web, and shows the person her own record', async () => {
    const services = await createSpfxServices(teamsHostContext(emulator, aisha));

    const status = await services.site.getStatus();
    const mine = await services.reader.mine(services.currentUser.directoryId);

    expect(status.ok && status.value.kind).toBe('ready');
    expect(mine.ok && mine.value.record?.person.displayName).toBe('Aisha Begum');
    expect(mine.ok && mine.value.record?.cycles[0]?.stage).toBe('interimReview');
    expect(sent.every((url) => url.startsWith(`${ORIGIN}${APPRAISAL_SITE_PATH}/_api/`))).toBe(true);
  });

  it('writes to the appraisal site too (an administrator saving settings from Teams)', async () => {
    const services = await createSpfxServices(teamsHostContext(emulator, aisha));

    const settings = await services.settings.getSettings();
    const hr = personas.people.find((p) => p.roles.includes('hrAdmin'))!;
    global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(String(input));
      return toFetchResponse(await emulator.handle(await toEmulatorRequest(String(input), init, { [USER_HEADER]: hr.upn })));
    }) as typeof fetch;
    const admin = await createSpfxServices(teamsHostContext(emulator, hr));
    const saved = settings.ok
      ? await admin.settings.saveSettings({ ...settings.value, suppressionThreshold: settings.value.suppressionThreshold + 1 })
      : settings;

    expect(saved.ok).toBe(true);
    expect(sent.some((url) => /\/items\(\d+\)$/.test(url))).toBe(true);
    expect(sent.every((url) => url.startsWith(`${ORIGIN}${APPRAISAL_SITE_PATH}/_api/`))).toBe(true);
  });

  it('the root site itself has no appraisal lists, as in a tenant', async () => {
    const response = await emulator.handle({
      method: 'GET',
      url: `${ORIGIN}/_api/web/lists/getbytitle('AppraisalSettings')/items`,
      headers: { [USER_HEADER]: aisha.upn, accept: 'application/json' }
    });

    expect(response.status).toBe(404);
    expect(String(response.body)).toContain('does not exist at site with URL');
  });
});

describe('appraisalSiteUrl', () => {
  it('uses the well-known path on the hosting tenant unless a plain site path is configured', () => {
    expect(appraisalSiteUrl('https://riverside.sharepoint.com')).toBe('https://riverside.sharepoint.com/sites/staff-appraisal');
    expect(appraisalSiteUrl('https://riverside.sharepoint.com/sites/intranet', '/sites/appraisal/')).toBe(
      'https://riverside.sharepoint.com/sites/appraisal'
    );
    expect(appraisalSiteUrl('https://riverside.sharepoint.com', 'https://evil.example/sites/x')).toBe(
      'https://riverside.sharepoint.com/sites/staff-appraisal'
    );
    expect(appraisalSiteUrl('https://riverside.sharepoint.com', '/sites/a/../../b')).toBe(
      'https://riverside.sharepoint.com/sites/staff-appraisal'
    );
  });
});
