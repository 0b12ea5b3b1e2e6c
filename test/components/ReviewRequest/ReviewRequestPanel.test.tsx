// UK-8 in the record: the appraisee asks while the window is open (last day shown), the head decides, the reviewer reads.
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { ReviewRequestPanel } from '../../../src/components/ReviewRequest/ReviewRequestPanel';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import {
  agreementContent,
  directoryId,
  emptyCycleDocument,
  emptyStageRecord,
  fingerprint,
  staffId,
  type CycleDocument,
  type Party
} from '../../../src/domain';
import type { RosterEntry } from '../../../src/data/ports';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryReviewRequests } from '../../support/memory/MemoryReviewRequests';
import { fixedClock } from '../../support/fixedClock';
import { isoInstant } from '../../support/builders';

const person = { id: staffId('s-aisha'), displayName: 'Aisha Begum', upn: 'aisha@x', reviewerUpn: 'tom@x' } as RosterEntry;

/** A record whose final review both agreed at `agreedAt`. */
function agreedFinal(agreedAt: string): CycleDocument {
  const doc = emptyCycleDocument();
  const finalReview = { ...emptyStageRecord('finalReview'), version: 1 };
  const content = agreementContent({ ...doc, stages: { finalReview } }, 'finalReview');
  return {
    ...doc,
    stages: { finalReview: { ...finalReview, status: 'agreed', agreed: [{ version: 1, fingerprint: fingerprint(content), content, agreedAt: isoInstant(agreedAt) }] } }
  };
}

function renderPanel(
  party: Party | 'viewer',
  today: string,
  store = new MemoryReviewRequests(),
  doc = agreedFinal('2026-11-20T10:00:00Z')
): MemoryReviewRequests {
  render(
    <AppServicesProvider services={{ ...memoryServices(), clock: fixedClock(today), reviewRequests: store }}>
      <ReviewRequestPanel person={person} staffKey="s-aisha" cycleKey="s-aisha:2026-27" doc={doc} party={party} />
    </AppServicesProvider>
  );
  return store;
}

it('offers the appraisee the request with its last day, needs reasons, and then shows the request', async () => {
  // Agreed Friday 20 November 2026; no term dates set: ten weekdays from Monday 23 November end on Friday 4 December.
  const store = renderPanel('appraisee', '2026-11-24');
  expect(await screen.findByText(/You can ask until 4 December 2026\./)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Ask for a review' }));
  expect(await screen.findByText('Write your reasons first.')).toBeInTheDocument();
  expect(store.requests.size).toBe(0);
  fireEvent.change(screen.getByLabelText(/Why you are asking for a review/), { target: { value: 'It leaves out my phonics groups.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ask for a review' }));
  expect(await screen.findByText(/You asked for a review on 24 November 2026\./)).toBeInTheDocument();
  expect(store.requests.get('s-aisha:2026-27')?.request).toMatchObject({ reasons: 'It leaves out my phonics groups.', recordAsItWas: expect.any(String) });
});

it('tells the appraisee when the window has closed, and offers nothing before the final review is agreed', async () => {
  renderPanel('appraisee', '2026-12-07');
  expect(await screen.findByText(/The time to ask for a review ended on 4 December 2026\./)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Ask for a review' })).toBeNull();
});

it('shows nothing while the final review is not agreed', async () => {
  const { container } = render(
    <AppServicesProvider services={{ ...memoryServices(), reviewRequests: new MemoryReviewRequests() }}>
      <ReviewRequestPanel person={person} staffKey="s-aisha" cycleKey="s-aisha:2026-27" doc={emptyCycleDocument()} party="appraisee" />
    </AppServicesProvider>
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(container.textContent).toBe('');
});

it('lets the head amend with reasons and an amendment; the reviewer sees the outcome and no form', async () => {
  const store = new MemoryReviewRequests();
  await store.ask({
    staffKey: 's-aisha', cycleKey: 's-aisha:2026-27', reasons: 'It leaves out my phonics groups.', recordAsItWas: 'As agreed',
    askedAt: isoInstant('2026-11-24T10:00:00Z'), by: directoryId('s-aisha'), name: 'Aisha Begum'
  });
  renderPanel('viewer', '2026-11-25', store);
  fireEvent.click(await screen.findByRole('radio', { name: 'Record amended' }));
  fireEvent.change(screen.getByLabelText(/Reasons for the decision/), { target: { value: 'The groups are in the evidence.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the decision' }));
  expect(await screen.findByText('Write the amended record.')).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText(/The amended record/), { target: { value: 'Feedback now names the phonics groups.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the decision' }));
  expect(await screen.findByText(/Decision on .+: Record amended/)).toBeInTheDocument();
  expect(store.requests.get('s-aisha:2026-27')?.request.decision).toMatchObject({ outcome: 'amended', amendment: 'Feedback now names the phonics groups.' });
});

it('shows the reviewer the request without the decision form', async () => {
  const store = new MemoryReviewRequests();
  await store.ask({
    staffKey: 's-aisha', cycleKey: 's-aisha:2026-27', reasons: 'Reasons.', recordAsItWas: 'As agreed',
    askedAt: isoInstant('2026-11-24T10:00:00Z'), by: directoryId('s-aisha'), name: 'Aisha Begum'
  });
  renderPanel('reviewer', '2026-11-25', store);
  expect(await screen.findByText('Aisha Begum asked for a review of the final record on 24 November 2026. The head decides.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Save the decision' })).toBeNull();
});
