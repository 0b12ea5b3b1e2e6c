/** A HealthFactsSource in memory: a healthy seeded school by default; tests inject one fault at a time. */
import { fail, ok, type HealthFacts, type Result } from '../../../src/domain';
import type { DataError, HealthFactsSource } from '../../../src/data/ports';

export function healthySchoolFacts(over: Partial<HealthFacts> = {}): HealthFacts {
  return {
    siteUrl: 'https://school.sharepoint.com/sites/appraisal',
    packageVersion: '1.0.0.0',
    schema: { installed: 3, expected: 3, pendingSteps: [] },
    lists: [
      {
        key: 'records',
        title: 'Appraisal Records',
        exists: true,
        itemCount: 240,
        uniqueScopes: 61,
        requiredIndexes: ['StaffKey'],
        indexedFields: ['StaffKey']
      }
    ],
    rights: [
      { right: 'ManagePermissions', held: true },
      { right: 'ManageLists', held: true }
    ],
    groups: [
      { title: 'Appraisal Users', owner: 'Appraisal Administrators', ownedByAdmins: true },
      { title: 'Appraisal Governors', owner: 'Appraisal Administrators', ownedByAdmins: true }
    ],
    graph: [
      { scope: 'User.Read.All', outcome: 'ok' },
      { scope: 'Calendars.ReadWrite', outcome: 'ok' }
    ],
    mailboxes: [
      { name: 'Ann Reviewer', role: 'reviewer', resolvable: true, teamsMeetings: true },
      { name: 'Bob Appraisee', role: 'appraisee', resolvable: true, teamsMeetings: true }
    ],
    teamsApp: 'synced',
    ...over
  };
}

export class MemoryHealthFacts implements HealthFactsSource {
  gathered = 0;
  constructor(public facts: HealthFacts = healthySchoolFacts(), public error?: DataError) {}

  async gather(): Promise<Result<HealthFacts, DataError>> {
    this.gathered += 1;
    return this.error ? fail(this.error) : ok(this.facts);
  }
}
