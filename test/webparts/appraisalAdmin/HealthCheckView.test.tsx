import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HealthCheckView } from '../../../src/webparts/appraisalAdmin/components/Health/HealthCheckView';
import { MemoryHealthFacts, healthySchoolFacts } from '../../support/memory/MemoryHealthFacts';
import type { HealthFacts } from '../../../src/domain';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { HealthTab } from '../../../src/webparts/appraisalAdmin/components/Health/HealthTab';
import { memoryServices } from '../../support/memory/memoryServices';

const at = (): Date => new Date('2026-12-02T09:00:00Z');

async function runWith(facts: HealthFacts): Promise<HTMLElement[]> {
  render(<HealthCheckView source={new MemoryHealthFacts(facts)} now={at} />);
  fireEvent.click(screen.getByRole('button', { name: 'Run the health check' }));
  const list = await screen.findByRole('list', { name: 'Health check' });
  return within(list).getAllByRole('listitem');
}

const red = (rows: HTMLElement[]): HTMLElement[] => rows.filter((r) => r.getAttribute('data-status') === 'red');

describe('Health check tab', () => {
  it('runs the host\'s health source from the administration tab', async () => {
    const health = new MemoryHealthFacts(
      healthySchoolFacts({ groups: [{ title: 'Appraisal Governors', owner: 'Pat Head', ownedByAdmins: false }] })
    );
    render(<AppServicesProvider services={{ ...memoryServices(), health }}><HealthTab /></AppServicesProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'Run the health check' }));
    const list = await screen.findByRole('list', { name: 'Health check' });
    expect(health.gathered).toBe(1);
    expect(red(within(list).getAllByRole('listitem')).map((r) => r.textContent)).toEqual([
      expect.stringContaining('Appraisal Governors is owned by Pat Head')
    ]);
  });

  it('says amber "could not check" for unique scopes it could not count', async () => {
    const facts = healthySchoolFacts();
    const rows = await runWith({ ...facts, lists: facts.lists.map((l) => ({ ...l, uniqueScopes: undefined })) });
    expect(rows.filter((r) => r.getAttribute('data-status') === 'amber').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Appraisal Records: could not check the number of unique permission scopes from here (the limit is 50000)')
    ]);
  });

  it('reads routine lines as one each: every mailbox found and every Teams-enabled person on one line', async () => {
    const rows = await runWith(healthySchoolFacts());
    const text = rows.map((r) => r.textContent ?? '');
    expect(text).toContainEqual(expect.stringContaining('Mailboxes found for 2 people: Ann Reviewer, Bob Appraisee.'));
    expect(text).toContainEqual(expect.stringContaining('Teams meetings are allowed for 2 people: Ann Reviewer, Bob Appraisee.'));
    expect(text.filter((t) => t.includes('Ann Reviewer'))).toHaveLength(2);
  });

  it('is green on the seeded school', async () => {
    const rows = await runWith(healthySchoolFacts());
    expect(red(rows)).toEqual([]);
    expect(rows.every((r) => r.getAttribute('data-status') === 'green')).toBe(true);
    expect(await screen.findByText('Everything is working.')).toBeInTheDocument();
  });

  it('turns red naming the fix when a Graph permission is withdrawn', async () => {
    const rows = await runWith(healthySchoolFacts({ graph: [{ scope: 'User.Read.All', outcome: 'denied' }] }));
    expect(red(rows).map((r) => r.textContent)).toEqual([
      expect.stringContaining('User.Read.All is not approved. In the SharePoint admin centre, open Advanced, API access')
    ]);
  });

  it('turns red naming the fix when a group is owned by one person', async () => {
    const rows = await runWith(healthySchoolFacts({ groups: [{ title: 'Appraisal Users', owner: 'Pat Head', ownedByAdmins: false }] }));
    expect(red(rows).map((r) => r.textContent)).toEqual([
      expect.stringContaining('Appraisal Users is owned by Pat Head, so only they can change its members. Run set-up again')
    ]);
  });

  it('turns red naming the fix when a mailbox cannot hold Teams meetings', async () => {
    const rows = await runWith(
      healthySchoolFacts({ mailboxes: [{ name: 'Bob Appraisee', role: 'appraisee', resolvable: true, teamsMeetings: false }] })
    );
    expect(red(rows).map((r) => r.textContent)).toEqual([
      expect.stringContaining('Bob Appraisee: Teams meetings are not allowed on this mailbox')
    ]);
    expect(await screen.findByText('Something needs fixing. Each red line says what to do.')).toBeInTheDocument();
  });

  it('copies the report as plain text, one line each with its status word', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await runWith(healthySchoolFacts({ teamsApp: 'unknown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(await screen.findByText('Report copied. Paste it into an email to your IT support.')).toBeInTheDocument();
    const text = writeText.mock.calls[0][0] as string;
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Appraisal health check (2026-12-02T09:00:00.000Z)',
      'Check: Working, with things to check.'
    ]);
    expect(text).toContain('[OK] Microsoft Graph permission User.Read.All works.');
    expect(text).toContain('[Check] The Teams app cannot be checked from here.');
    expect(text).not.toMatch(/<|>/);
  });

  it('says so when the facts could not be gathered, and offers to try again', async () => {
    render(<HealthCheckView source={new MemoryHealthFacts(healthySchoolFacts(), { code: 'accessDenied' })} now={at} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run the health check' }));
    expect(await screen.findByRole('button', { name: /try again|retry/i })).toBeInTheDocument();
  });
});
