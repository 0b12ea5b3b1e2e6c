/** A generated directory for benchmark sizes: `staff` support staff, a reviewer for every `teamSize`, an HR administrator. */
import type { DirectoryState, DirectoryUser } from '../core/directory';

const pattern = {
  kind: 'fullTime' as const,
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as DirectoryUser['workingPattern']['days'],
  start: '08:30',
  end: '16:00',
  termTimeOnly: true
};

/** The generated trust's people. The HR administrator is hr@trust.example. */
export function trustDirectory(staff: number, teamSize = 12): DirectoryState {
  const users: DirectoryUser[] = [
    {
      id: '00000000-0000-4000-a000-000000000001',
      upn: 'hr@trust.example',
      displayName: 'Trust HR',
      givenName: 'Trust',
      surname: 'HR',
      jobTitle: 'HR manager',
      roles: ['hrAdmin'],
      reviewerUpn: null,
      workingPattern: pattern
    }
  ];
  const reviewers = Math.ceil(staff / teamSize);
  for (let r = 0; r < reviewers; r++) {
    users.push({
      id: `00000000-0000-4000-9000-${String(r).padStart(12, '0')}`,
      upn: `reviewer${r}@trust.example`,
      displayName: `Reviewer ${r}`,
      givenName: 'Reviewer',
      surname: String(r),
      jobTitle: 'Class teacher',
      roles: ['reviewer'],
      reviewerUpn: null,
      workingPattern: pattern
    });
  }
  for (let i = 0; i < staff; i++) {
    users.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      upn: `staff${i}@trust.example`,
      displayName: `Staff member ${i}`,
      givenName: 'Staff',
      surname: String(i),
      jobTitle: 'Teaching assistant',
      roles: ['appraisee'],
      reviewerUpn: `reviewer${Math.floor(i / teamSize)}@trust.example`,
      staffCategory: 'learningSupport',
      contractType: 'permanent',
      probationPassed: true,
      workingPattern: pattern
    });
  }
  return { domain: 'trust.example', schoolName: 'Example Learning Trust', timeZone: 'GMT Standard Time', users };
}
