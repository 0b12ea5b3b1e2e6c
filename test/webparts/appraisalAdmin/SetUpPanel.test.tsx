import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetUpPanel } from '../../../src/webparts/appraisalAdmin/components/SetUp/SetUpPanel';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemorySiteProvisioner } from '../../support/memory/MemorySiteProvisioner';

function renderPanel(provisioner: MemorySiteProvisioner, onFinished = jest.fn()): jest.Mock {
  render(
    <AppServicesProvider services={memoryServices(undefined, provisioner)}>
      <SetUpPanel upgrade={false} onFinished={onFinished} />
    </AppServicesProvider>
  );
  return onFinished;
}

async function click(name: string): Promise<void> {
  await act(async () => {
    await userEvent.click(screen.getByRole('button', { name }));
  });
}

describe('SetUpPanel', () => {
  it('runs every step, lists each as done and records the schema version', async () => {
    const provisioner = new MemorySiteProvisioner();
    const onFinished = renderPanel(provisioner);

    await click('Set up the appraisal site');

    expect(await screen.findByText(/The appraisal site is set up/)).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'Set-up steps' })).getAllByRole('listitem');
    expect(steps).toHaveLength(4);
    for (const step of steps) expect(step).toHaveTextContent('Done');
    expect(provisioner.finished).toBe(true);
    await click('Continue');
    expect(onFinished).toHaveBeenCalled();
  });

  it('stops at a failed step, says which, and resumes from it', async () => {
    const provisioner = new MemorySiteProvisioner().failNext('groups', { code: 'accessDenied' });
    renderPanel(provisioner);

    await click('Set up the appraisal site');

    expect(await screen.findByText(/Set-up stopped at: Create the appraisal groups/)).toBeInTheDocument();
    expect(provisioner.ran).toEqual(['list:settings', 'fields:settings']);
    await click('Resume set-up');
    expect(await screen.findByText(/The appraisal site is set up/)).toBeInTheDocument();
    expect(provisioner.ran).toEqual(['list:settings', 'fields:settings', 'groups', 'settings']);
  });

  it('tells someone without the rights who can run set-up, and runs nothing', async () => {
    const provisioner = new MemorySiteProvisioner({ canProvision: false, missing: ['manageWeb', 'managePermissions'] });
    renderPanel(provisioner);

    await click('Set up the appraisal site');

    expect(await screen.findByText('Only a site owner can set up the appraisal site')).toBeInTheDocument();
    expect(screen.getByText(/cannot: manage the site, manage permissions/)).toBeInTheDocument();
    expect(provisioner.ran).toEqual([]);
  });
});
