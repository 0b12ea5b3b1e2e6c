import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { DisagreementsView } from '../../../src/webparts/appraisalAdmin/components/Disagreements/DisagreementsView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { ok } from '../../../src/domain';
import { memoryServices } from '../../support/memory/memoryServices';

describe('DisagreementsView', () => {
  it('shows when the disagreement was recorded, in Europe/London time (00:30 BST on 4 April is 23:30 UTC on 3 April)', async () => {
    const services = memoryServices();
    const open = async (): ReturnType<typeof services.disagreements.open> =>
      ok([{ staffKey: 'S0001', cycleKey: 'S0001:2025-26', stage: 'planning', recordedAt: '2026-04-03T23:30:00Z' }]);
    render(
      <AppServicesProvider services={{ ...services, disagreements: { open } }}>
        <DisagreementsView />
      </AppServicesProvider>
    );
    expect(await screen.findByText(/^4 April 2026.*00:30$/)).toBeInTheDocument();
  });
});
