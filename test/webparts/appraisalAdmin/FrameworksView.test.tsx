/**
 * Issue 18, done when: HR adds a school framework on the Frameworks tab and a reviewer links an objective to it. The
 * link keeps the standard's code, so it survives HR renaming or hiding the framework; a hidden one is no longer
 * offered but still named where linked. The adapter over the emulator passes the same contract (test/contracts).
 */
import * as React from 'react';
import { render, screen, waitFor, within, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FrameworksView } from '../../../src/webparts/appraisalAdmin/components/Frameworks/FrameworksView';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import {
  directoryId,
  emptyCycleDocument,
  fail,
  newObjective,
  objectiveId,
  type StaffCategory
} from '../../../src/domain';
import type { AppServices, RosterEntry, StoredCycle } from '../../../src/data/ports';
import { aCycle, aRosterEntry } from '../../support/builders';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';
import { MemoryFrameworkStore } from '../../support/memory/MemoryFrameworkStore';
import { memoryServices } from '../../support/memory/memoryServices';
import { autosave, fakeTimerUser } from '../../support/autosave';

const person = (category: StaffCategory): RosterEntry =>
  aRosterEntry('s-dan', {
    upn: 'dan@school.example', displayName: 'Dan Price', jobTitle: 'Site manager', category, reviewer: directoryId('r-tom')
  });
const summary = aCycle('s-dan', 'planning', { reviewerKey: 'r-tom' });

jest.setTimeout(60000);

function asHr(services: AppServices): void {
  render(
    <AppServicesProvider services={services}>
      <FrameworksView />
    </AppServicesProvider>
  );
}

function asReviewer(services: AppServices, cycles: MemoryCycleStore, party: 'reviewer' | 'appraisee' = 'reviewer'): void {
  render(
    <AppServicesProvider services={{ ...services, cycles }}>
      <CycleRecordView person={person('siteStaff')} summary={summary} meetings={[]} party={party} />
    </AppServicesProvider>
  );
}

const cycleWithObjective = (): MemoryCycleStore => {
  const cycles = new MemoryCycleStore();
  cycles.put({
    summary,
    document: { ...emptyCycleDocument(), objectives: [{ ...newObjective(objectiveId('o1')), title: 'Keep the site safe' }] },
    etag: '1|"1"'
  });
  return cycles;
};
const stored = (cycles: MemoryCycleStore): StoredCycle => cycles.cycles.get('s-dan:s-dan:2026-27') as StoredCycle;

describe('the Frameworks tab and the standards a reviewer links to', () => {
  it('HR adds a school framework; a reviewer links an objective to it by its code; hidden later, it is still named', async () => {
    const frameworks = new MemoryFrameworkStore();
    const services = { ...memoryServices(), frameworks };
    asHr(services);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a framework' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Riverside site standards');
    await userEvent.type(screen.getByRole('textbox', { name: /^Source/ }), 'Written by Riverside Primary, 2026');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Site staff' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a standard' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Standard 1/ }), 'Safe and welcoming grounds');
    await userEvent.click(screen.getByRole('button', { name: 'Save framework' }));

    expect(await screen.findByText(/^Framework saved/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Frameworks and standards' });
    expect(within(list).getByRole('heading', { name: 'Riverside site standards' })).toBeInTheDocument();
    expect(frameworks.packs.find((p) => p.code === 'SCH-1')).toEqual({
      code: 'SCH-1',
      title: 'Riverside site standards',
      source: 'Written by Riverside Primary, 2026',
      edition: '',
      categories: ['siteStaff'],
      items: [{ code: 'SCH-1-1', title: 'Safe and welcoming grounds', theme: '' }]
    });
    cleanup();

    // The link is saved by the record's autosave: on jest's fake clock, so the test does not wait the real delay.
    jest.useFakeTimers();
    const cycles = cycleWithObjective();
    asReviewer(services, cycles);
    const user = fakeTimerUser();
    await user.click(await screen.findByRole('combobox', { name: /^Standards/ }));
    await user.click(await screen.findByRole('option', { name: 'SCH-1-1 Safe and welcoming grounds' }));
    expect(stored(cycles).document.objectives[0].standardCodes).toEqual([]);
    await autosave();
    await waitFor(() => expect(stored(cycles).document.objectives[0].standardCodes).toEqual(['SCH-1-1']));
    cleanup();
    jest.runOnlyPendingTimers();
    jest.useRealTimers();

    asHr(services);
    await userEvent.click(await screen.findByRole('button', { name: 'Hide Riverside site standards' }));
    expect(await screen.findByRole('button', { name: 'Offer again: Riverside site standards' })).toBeInTheDocument();
    expect(frameworks.packs.find((p) => p.code === 'SCH-1')?.hidden).toBe(true);
    cleanup();

    asReviewer(services, cycles, 'appraisee');
    expect(await screen.findByDisplayValue('SCH-1-1 Safe and welcoming grounds')).toBeInTheDocument();
  });

  it('says so when the list cannot be read, and offers the built-in standards instead', async () => {
    const frameworks = new MemoryFrameworkStore();
    frameworks.catalogue = async () => fail({ code: 'unavailable' });
    const cycles = cycleWithObjective();
    render(
      <AppServicesProvider services={{ ...memoryServices(), frameworks, cycles }}>
        <CycleRecordView person={person('adminAndBusiness')} summary={summary} meetings={[]} party="reviewer" />
      </AppServicesProvider>
    );
    expect(await screen.findByText(/framework list could not be read/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('combobox', { name: /^Standards/ }));
    expect(await screen.findByRole('option', { name: 'ISBL-FIN Finance' })).toBeInTheDocument();
  });

  it('a save SharePoint refuses shows as an error and changes nothing', async () => {
    const frameworks = new MemoryFrameworkStore();
    frameworks.savePack = async () => fail({ code: 'accessDenied' });
    asHr({ ...memoryServices(), frameworks });
    await userEvent.click(await screen.findByRole('button', { name: 'Hide ISBL Professional Standards' }));
    expect(await screen.findByRole('button', { name: 'Hide ISBL Professional Standards' })).toBeInTheDocument();
    expect(screen.queryByText(/^Framework saved/)).toBeNull();
    expect(frameworks.packs.every((p) => !p.hidden)).toBe(true);
  });

  it('two HR editors at once: the later save is refused, keeps its draft in the form, and Cancel shows the other one', async () => {
    const frameworks = new MemoryFrameworkStore();
    asHr({ ...memoryServices(), frameworks });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit ISBL Professional Standards' }));
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'ISBL standards, Sam’s edit');
    // Meanwhile Priya saves her own edit of the same framework from another browser.
    const isbl = frameworks.packs.find((p) => p.code === 'ISBL');
    if (!isbl) throw new Error('the ISBL pack is seeded');
    frameworks.packs = frameworks.packs.map((p) => (p.code === 'ISBL' ? { ...p, title: 'ISBL standards, Priya’s edit' } : p));
    await userEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    expect(await screen.findByText(/^Someone else saved this framework while you were editing it/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('ISBL standards, Sam’s edit');
    expect(frameworks.packs.find((p) => p.code === 'ISBL')?.title).toBe('ISBL standards, Priya’s edit');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const list = await screen.findByRole('list', { name: 'Frameworks and standards' });
    expect(await within(list).findByRole('heading', { name: 'ISBL standards, Priya’s edit' })).toBeInTheDocument();
  });
});
