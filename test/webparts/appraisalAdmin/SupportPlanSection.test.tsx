/** HR starts an informal support plan from the person panel, closes it, and records a referral as a date and a name. */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupportPlanSection } from '../../../src/webparts/appraisalAdmin/components/DataProtection/SupportPlanSection';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { aRosterEntry } from '../../support/builders';
import { memoryServices } from '../../support/memory/memoryServices';
import type { MemorySupportPlans } from '../../support/memory/MemorySupportPlans';

const aisha = aRosterEntry('aisha', {
  upn: 'aisha.begum@riversideprimary.onmicrosoft.com',
  displayName: 'Aisha Begum',
  jobTitle: 'TA',
  workingPattern: { kind: 'partTime', days: ['Mon'], start: '08:30', end: '15:00', termTimeOnly: true },
  reviewerUpn: 'tom.hughes@riversideprimary.onmicrosoft.com'
});

it('starts a plan, closes it and records a referral', async () => {
  const services = memoryServices();
  const store = services.supportPlans as MemorySupportPlans;
  render(<AppServicesProvider services={services}><SupportPlanSection entry={aisha} /></AppServicesProvider>);

  const start = await screen.findByRole('button', { name: 'Start a support plan' });
  expect(start).toBeDisabled();
  fireEvent.change(screen.getByLabelText('Concerns'), { target: { value: 'Pacing of reading groups' } });
  fireEvent.change(screen.getByLabelText('Support agreed'), { target: { value: 'Weekly check-in' } });
  await act(async () => {
    await userEvent.click(start);
  });
  expect(await screen.findByText(/^Open since/)).toBeInTheDocument();
  expect(store.plans).toMatchObject([
    { staffKey: aisha.id, concerns: 'Pacing of reading groups', supportAgreed: 'Weekly check-in', closedOn: undefined }
  ]);
  expect(screen.getByText('A plan is open: this person’s due dates are paused.')).toBeInTheDocument();

  await act(async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Close plan' }));
  });
  expect(await screen.findByText(/^From .* to /)).toBeInTheDocument();
  await act(async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Record a referral today' }));
  });
  expect(await screen.findByText(/^Referred on .* by /)).toBeInTheDocument();
  expect(store.referred).toHaveLength(1);
  expect(Object.keys(store.referred[0]).sort()).toEqual(['by', 'on', 'staffKey']);
});
