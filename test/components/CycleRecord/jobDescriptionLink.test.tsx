import { screen } from '@testing-library/react';
import { aCycle } from '../../support/builders';
import { AISHA, openRecord } from '../../support/cycleRecord';

const summary = aCycle('s-aisha', 'finalReview', { reviewerKey: 'r-tom' });

async function openFinalReview(jobDescriptionUrl: string | undefined): Promise<void> {
  openRecord({ person: { ...AISHA, jobDescriptionUrl }, summary, view: { initialView: 'finalReview' } });
  await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });
  // Opened straight on the final review (as a deep link does), so the test does not depend on
  // where Fluent's Pivot puts the stage tabs in jsdom.
  await screen.findByText(/review the job description \(policy paragraph 7\)/, undefined, { timeout: 15000 });
}

describe('EA-JD: the job description at the final review', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('links the person\'s current job description from the roster, in a new tab', async () => {
    await openFinalReview('https://school.sharepoint.com/sites/hr/JD/aisha.docx');
    const link = await screen.findByRole('link', { name: /Open the current job description/ });
    expect(link).toHaveAttribute('href', 'https://school.sharepoint.com/sites/hr/JD/aisha.docx');
    expect(link).toHaveAttribute('target', '_blank');
  });
});
