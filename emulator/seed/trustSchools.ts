/**
 * A trust of school sites (issue 17): each school is its own site collection under /sites/…, set up as the appraisal
 * site is (a copy of its lists, groups and permissions once provisioned) and holding a published year-end governor
 * report with its exact trust return. Sizes vary from 10 to 300 support staff. Reports are built by the domain from
 * generated people and written straight into each site's lists, as bigTrust writes records: seeding 20 sites through
 * REST would only measure the emulator. Every item carries the columns and payloads our adapters write.
 */
import {
  buildAuditedReport,
  DEFAULT_EQUALITY_GAP_POINTS,
  trustReturnOf,
  type IsoDate,
  type ReportPerson,
  type StageCompletion
} from '../../src/domain';
import type { TenantState } from '../core/state';
import type { DirectoryUser } from '../core/directory';
import type { SpItem, SpList, SpState } from '../sharepoint/state';
import { reportFields } from '../../src/data/sharepoint/mappers/governorReportMapper';
import { trustReturnFields } from '../../src/data/sharepoint/mappers/trustReturnMapper';
import { GROUPS, LISTS } from '../../src/data/sharepoint/schema';

/** Staff at each of the 20 schools: primaries of 10 to academies of 300. */
export const TRUST_SCHOOL_SIZES = [10, 12, 18, 25, 30, 35, 40, 48, 55, 60, 75, 90, 110, 130, 150, 180, 210, 240, 270, 300] as const;
const NAMES = [
  'Ashfield',
  'Brookside',
  'Castlegate',
  'Dovecote',
  'Elmhurst',
  'Fernhill',
  'Greenway',
  'Hollybank',
  'Ivydale',
  'Juniper',
  'Kingsmead',
  'Larkrise',
  'Meadowbank',
  'Northgate',
  'Oakfield',
  'Parkside',
  'Queensway',
  'Redbrook',
  'Stonebridge',
  'Thornbury'
];

/** The cycle the trust's schools have published for, and the day they did. */
export const TRUST_CYCLE = '2025/26';
const PUBLISHED_ON = '2026-04-20' as IsoDate;

/** Who is who in the generated trust (UPNs on the tenant's domain). */
export const trustPeople = (domain: string): { admin: string; board: string; governorOf: (i: number) => string } => ({
  admin: `trust.admin@${domain}`, board: `trust.board@${domain}`, governorOf: (i) => `governor.s${String(i + 1).padStart(2, '0')}@${domain}`
});

/** The URL of the i-th school site. */
export const schoolSitePath = (i: number): string => `/sites/school-${String(i + 1).padStart(2, '0')}`;

const CATEGORIES = ['learningSupport', 'pupilSupport', 'specialistTechnical', 'adminAndBusiness', 'siteStaff'] as const;
const CONTRACTS = ['permanent', 'permanent', 'permanent', 'fixedTerm', 'casual'] as const;

/** A deterministic year-end person: most stages on time, some late, a few not held. */
function person(school: number, i: number): ReportPerson {
  const h = (school * 7919 + i * 104729) % 1000;
  const stage = (salt: number): StageCompletion => {
    const v = (h + salt * 331) % 100;
    return v < 80 ? 'onTime' : v < 93 ? 'late' : 'notHeld';
  };
  return {
    staffCategory: CATEGORIES[i % 5],
    workingPattern: i % 3 ? 'fullTime' : 'partTime',
    contract: CONTRACTS[(i + school) % 5] as ReportPerson['contract'],
    track: 'fullCycle',
    paused: h % 41 === 0,
    stages: { planning: stage(1), interimReview: stage(2), finalReview: stage(3) },
    objectiveOutcomes: { met: 2 + (h % 2), partlyMet: h % 5 === 0 ? 1 : 0, notMet: h % 9 === 0 ? 1 : 0, withdrawn: 0 },
    developmentNeeds: { identified: h % 4 === 0 ? 1 : 0, supported: h % 8 === 0 ? 1 : 0 },
    disagreements: h % 37 === 0 ? 1 : 0,
    reviewRequests: 0,
    oneToOnesHeld: h % 6,
    jobDescriptionChangesProposed: h % 7 === 0
  };
}

const user = (upn: string, displayName: string, roles: string[], id: string): DirectoryUser => ({
  id,
  upn,
  displayName,
  givenName: displayName.split(' ')[0],
  surname: displayName.split(' ').slice(1).join(' '),
  jobTitle: roles.includes('governor') ? 'Governor' : 'Trust officer',
  roles,
  reviewerUpn: null,
  workingPattern: { kind: 'fullTime', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:30', end: '16:30', termTimeOnly: false }
});

function ensureSiteUser(site: SpState, upn: string, title: string): number {
  const login = `i:0#.f|membership|${upn}`;
  const found = site.users.find((u) => u.loginName === login);
  if (found) return found.id;
  const id = site.nextPrincipalId++;
  site.users.push({ id, loginName: login, title, email: upn, upn, isSiteAdmin: false });
  return id;
}

function addToGroup(site: SpState, groupTitle: string, userId: number): void {
  const group = site.groups.find((g) => g.title === groupTitle);
  if (!group) throw new Error(`Set the appraisal site up first: ${groupTitle} does not exist.`);
  if (!group.memberIds.includes(userId)) group.memberIds.push(userId);
}

function addItem(site: SpState, title: string, values: Record<string, unknown>): void {
  const list = site.lists.find((l) => l.title === title) as SpList;
  const id = list.nextItemId++;
  const item: SpItem = {
    id,
    fsObjType: 0,
    fileLeafRef: `${id}_.000`,
    fileDirRef: list.url,
    values,
    version: 1,
    authorId: 1,
    editorId: 1,
    created: `${PUBLISHED_ON}T09:00:00Z`,
    modified: `${PUBLISHED_ON}T09:00:00Z`
  };
  list.items.push(item);
}

/**
 * Adds `count` school sites to a tenant whose appraisal site is set up (schema 4), each with a published report and
 * return for TRUST_CYCLE; the trust administrator is in each school's Appraisal Trust Administrators, and each school
 * has a governor of its own. Returns the school sites' absolute URLs on `origin`.
 */
export function seedTrustSchools(state: TenantState, origin: string, count: number = TRUST_SCHOOL_SIZES.length, k = 5): string[] {
  const template = state.sharepoint;
  if (!template.lists.some((l) => l.title === LISTS.trustReturns.title))
    throw new Error('Set the appraisal site up first (schema 4): the trust returns list does not exist.');
  const people = trustPeople(state.directory.domain);
  const add = (u: DirectoryUser): void => {
    if (!state.directory.users.some((x) => x.upn === u.upn)) state.directory.users.push(u);
  };
  add(user(people.admin, 'Trust Administrator', ['trustAdmin'], '00000000-0000-4000-b000-000000000001'));
  add(user(people.board, 'Trust Board Member', ['trustBoard'], '00000000-0000-4000-b000-000000000002'));
  state.sites = state.sites ?? [];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = schoolSitePath(i);
    const name = `${NAMES[i % NAMES.length]} ${TRUST_SCHOOL_SIZES[i % TRUST_SCHOOL_SIZES.length] > 100 ? 'Academy' : 'Primary School'}`;
    const site = JSON.parse(JSON.stringify(template)) as SpState;
    site.serverRelativeUrl = path;
    site.title = name;
    site.webId = `5c0a1b2c-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    site.recycleBin = [];
    for (const list of site.lists) {
      list.url = list.url.replace(template.serverRelativeUrl, path);
      // Settings stay (schema version, steps done); nothing else of the appraisal site comes along.
      if (list.title !== LISTS.settings.title) list.items = [];
      for (const item of list.items) item.fileDirRef = item.fileDirRef.replace(template.serverRelativeUrl, path);
    }
    addToGroup(site, GROUPS.trustAdmins.title, ensureSiteUser(site, people.admin, 'Trust Administrator'));
    const governor = people.governorOf(i);
    add(user(governor, `Governor of ${name}`, ['governor'], `00000000-0000-4000-b100-${String(i + 1).padStart(12, '0')}`));
    addToGroup(site, GROUPS.governors.title, ensureSiteUser(site, governor, `Governor of ${name}`));
    const staff = Array.from({ length: TRUST_SCHOOL_SIZES[i % TRUST_SCHOOL_SIZES.length] }, (_, n) => person(i, n));
    const { snapshot } = buildAuditedReport(staff, TRUST_CYCLE, PUBLISHED_ON, { k, equalityGapPoints: DEFAULT_EQUALITY_GAP_POINTS });
    const fields = reportFields(snapshot, PUBLISHED_ON);
    addItem(site, LISTS.governorReports.title, { ...fields, EntryKey: `seed-report-${i}` });
    addItem(site, LISTS.trustReturns.title, trustReturnFields(trustReturnOf(staff, TRUST_CYCLE), fields));
    state.sites = [...state.sites.filter((s) => s.serverRelativeUrl !== path), site];
    urls.push(`${origin}${path}`);
  }
  // The appraisal site plays the trust's own site: the trust administrator administers it, the board member governs
  // it. After the copies, so that no school site inherits either of them.
  addToGroup(template, GROUPS.admins.title, ensureSiteUser(template, people.admin, 'Trust Administrator'));
  addToGroup(template, GROUPS.governors.title, ensureSiteUser(template, people.board, 'Trust Board Member'));
  return urls;
}
