import {
  foldRoutine,
  healthLines,
  overallStatus,
  type HealthFacts,
  type HealthLine,
  type ListFacts,
  LIST_VIEW_THRESHOLD,
  UNIQUE_SCOPES_LIMIT
} from '../../../src/domain/health/healthCheck';

const list = (over: Partial<ListFacts> = {}): ListFacts => ({
  key: 'records', title: 'Appraisal Records', exists: true, itemCount: 120, uniqueScopes: 40,
  requiredIndexes: ['StaffKey'], indexedFields: ['StaffKey'], ...over
});

const healthy = (over: Partial<HealthFacts> = {}): HealthFacts => ({
  siteUrl: 'https://school.sharepoint.com/sites/appraisal',
  packageVersion: '1.0.0.0',
  schema: { installed: 3, expected: 3, pendingSteps: [] },
  lists: [list()],
  rights: [{ right: 'ManagePermissions', held: true }],
  groups: [{ title: 'Appraisal Users', owner: 'Appraisal Administrators', ownedByAdmins: true }],
  graph: [{ scope: 'User.Read.All', outcome: 'ok' }],
  mailboxes: [{ name: 'Ann Reviewer', role: 'reviewer', resolvable: true, teamsMeetings: true }],
  teamsApp: 'synced',
  ...over
});

const statusOf = (facts: HealthFacts, kind: string): string[] => healthLines(facts).filter((l) => l.kind === kind).map((l) => l.status);

describe('health check lines', () => {
  it('is green on a healthy site', () => {
    expect(overallStatus(healthLines(healthy()))).toBe('green');
  });

  it('turns red when a Graph permission is withdrawn (403), amber when the probe failed otherwise', () => {
    expect(statusOf(healthy({ graph: [{ scope: 'User.Read.All', outcome: 'denied' }] }), 'graphPermission')).toEqual(['red']);
    expect(statusOf(healthy({ graph: [{ scope: 'User.Read.All', outcome: 'failed' }] }), 'graphPermission')).toEqual(['amber']);
  });

  it('turns red when a group is owned by one person, naming the owner', () => {
    const lines = healthLines(healthy({ groups: [{ title: 'Appraisal Users', owner: 'Pat Head', ownedByAdmins: false }] }));
    const line = lines.find((l) => l.kind === 'groupOwner');
    expect(line).toMatchObject({ status: 'red', subject: 'Appraisal Users', values: ['Pat Head'] });
    expect(overallStatus(lines)).toBe('red');
  });

  it('turns red when a mailbox cannot hold Teams meetings, amber when it could not be read', () => {
    expect(
      statusOf(healthy({ mailboxes: [{ name: 'A', role: 'appraisee', resolvable: true, teamsMeetings: false }] }), 'teamsMeetings')
    ).toEqual(['red']);
    expect(statusOf(healthy({ mailboxes: [{ name: 'A', role: 'appraisee', resolvable: true }] }), 'teamsMeetings')).toEqual(['amber']);
  });

  it('turns red for a mailbox that does not resolve, and does not test its Teams meetings', () => {
    const facts = healthy({ mailboxes: [{ name: 'A', role: 'appraisee', resolvable: false }] });
    expect(statusOf(facts, 'mailbox')).toEqual(['red']);
    expect(statusOf(facts, 'teamsMeetings')).toEqual([]);
  });

  it('checks unique scopes against 50,000: amber from 80%, red at the limit', () => {
    expect(statusOf(healthy({ lists: [list({ uniqueScopes: UNIQUE_SCOPES_LIMIT * 0.8 - 1 })] }), 'uniqueScopes')).toEqual(['green']);
    expect(statusOf(healthy({ lists: [list({ uniqueScopes: UNIQUE_SCOPES_LIMIT * 0.8 })] }), 'uniqueScopes')).toEqual(['amber']);
    expect(statusOf(healthy({ lists: [list({ uniqueScopes: UNIQUE_SCOPES_LIMIT })] }), 'uniqueScopes')).toEqual(['red']);
  });

  it('unique scopes it could not count are amber, never green', () => {
    const lines = healthLines(healthy({ lists: [list({ uniqueScopes: undefined })] })).filter((l) => l.kind === 'uniqueScopes');
    expect(lines).toEqual([
      { kind: 'uniqueScopes', status: 'amber', subject: 'Appraisal Records', values: ['', String(UNIQUE_SCOPES_LIMIT)] }
    ]);
  });

  it('a big list is fine with its indexes; without them amber below 5,000 items and red past it', () => {
    expect(statusOf(healthy({ lists: [list({ itemCount: 9000 })] }), 'itemCount')).toEqual(['green']);
    expect(statusOf(healthy({ lists: [list({ itemCount: 9000 })] }), 'indexes')).toEqual([]);
    expect(statusOf(healthy({ lists: [list({ itemCount: 10, indexedFields: [] })] }), 'indexes')).toEqual(['amber']);
    expect(statusOf(healthy({ lists: [list({ itemCount: LIST_VIEW_THRESHOLD, indexedFields: [] })] }), 'indexes')).toEqual(['red']);
  });

  it('a missing list is red and has no other lines', () => {
    const lines = healthLines(healthy({ lists: [list({ exists: false })] })).filter((l) => l.subject === 'Appraisal Records');
    expect(lines).toEqual([expect.objectContaining({ kind: 'list', status: 'red' })]);
  });

  it('schema: red when not set up or older, amber when steps are pending at the right version', () => {
    expect(statusOf(healthy({ schema: { expected: 3, pendingSteps: [] } }), 'schema')).toEqual(['red']);
    expect(statusOf(healthy({ schema: { installed: 2, expected: 3, pendingSteps: [] } }), 'schema')).toEqual(['red']);
    expect(statusOf(healthy({ schema: { installed: 3, expected: 3, pendingSteps: ['group-owners'] } }), 'schema')).toEqual(['amber']);
  });

  it('a right not held is red; a Teams app that cannot be checked from here is amber', () => {
    expect(statusOf(healthy({ rights: [{ right: 'ManageLists', held: false }] }), 'right')).toEqual(['red']);
    expect(statusOf(healthy({ teamsApp: 'unknown' }), 'teamsApp')).toEqual(['amber']);
    expect(overallStatus(healthLines(healthy({ teamsApp: 'unknown' })))).toBe('amber');
  });
});

describe('foldRoutine: routine lines read as one, every line needing action stands alone', () => {
  const line = (kind: HealthLine['kind'], status: HealthLine['status'], subject: string, values: string[] = []): HealthLine => ({ kind, status, subject, values });

  it('folds two or more routine lines of a kind into one where the first was, naming each', () => {
    const lines = [
      line('site', 'green', 'https://x'),
      line('itemCount', 'green', 'Appraisal Records', ['115', '5000']),
      line('mailbox', 'green', 'Ann', ['reviewer']),
      line('itemCount', 'green', 'Appraisal Roster', ['35', '5000']),
      line('mailbox', 'red', 'Bob', ['appraisee']),
      line('mailbox', 'green', 'Cat', ['appraisee']),
      line('teamsMeetings', 'amber', 'Ann', ['reviewer']),
      line('teamsMeetings', 'red', 'Cat', ['appraisee'])
    ];
    const folded = foldRoutine(lines);
    expect(folded.map((l) => [l.kind, l.status, l.subject, l.folded])).toEqual([
      ['site', 'green', 'https://x', undefined],
      ['itemCount', 'green', '', ['Appraisal Records 115', 'Appraisal Roster 35']],
      ['mailbox', 'green', '', ['Ann', 'Cat']],
      ['mailbox', 'red', 'Bob', undefined],
      ['teamsMeetings', 'amber', 'Ann', undefined],
      ['teamsMeetings', 'red', 'Cat', undefined]
    ]);
    expect(overallStatus(folded)).toBe(overallStatus(lines));
  });

  it('never folds a line that needs action, and leaves a lone routine line as it is', () => {
    const lines = [line('indexes', 'amber', 'A', ['StaffKey']), line('indexes', 'amber', 'B', ['StaffKey']), line('uniqueScopes', 'amber', 'A', ['', '50000'])];
    expect(foldRoutine(lines)).toEqual(lines);
  });
});
