import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import RemindersTab from '../../../src/webparts/appraisalAdmin/components/Reminders/RemindersTab';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryReportSource } from '../../support/memory/MemoryGovernorReports';
import { MemoryMailSender, MemoryReminderLog } from '../../support/memory/MemoryReminders';
import { aMeeting, aPersonRecords } from '../../support/builders';

const renderTab = (source: MemoryReportSource, mail = new MemoryMailSender(), log = new MemoryReminderLog()): MemoryMailSender => {
  render(
    <AppServicesProvider services={{ ...memoryServices(), reportSource: source, mail, reminders: log }}>
      <RemindersTab />
    </AppServicesProvider>
  );
  return mail;
};

describe('RemindersTab (issue 15)', () => {
  it('says so when nobody needs a reminder today', async () => {
    renderTab(new MemoryReportSource([]));
    expect(await screen.findByText('Nobody needs a reminder today.')).toBeTruthy();
  });

  it('previews, sends with neutral words, shows each outcome, and retries a refused one', async () => {
    const mail = new MemoryMailSender();
    mail.failures = [{ code: 'permissionNotApproved', scopes: ['Mail.Send'] }];
    renderTab(new MemoryReportSource([aPersonRecords('a', 'planning', [aMeeting('a', 'planning', '2026-04-20')])]), mail);
    const send = await screen.findByRole('button', { name: /^Send \d+ reminders?$/ });
    const preview = screen.getByRole('list', { name: "Today's reminders" });
    expect(within(preview).getAllByRole('listitem').length).toBeGreaterThan(0);
    fireEvent.click(send);
    const results = await screen.findByRole('list', { name: 'What happened' });
    expect(
      await within(results).findByText(/Not sent: Your Microsoft 365 administrator needs to approve this permission for the app: Mail.Send/)
    ).toBeTruthy();
    expect(mail.sent).toEqual([]);
    fireEvent.click(within(results).getByRole('button', { name: /^Try again/ }));
    expect(await within(await screen.findByRole('list', { name: 'What happened' })).findByText('Sent')).toBeTruthy();
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0].subject).toBe('An appraisal step is waiting for you');
    expect(mail.sent[0].html.replace(/href="[^"]*"/, '')).not.toMatch(/planning|Rachel|Tom/i);
    expect(mail.sent[0].html).toContain('appraisee=a&amp;cycle=a%3A2026-27');
  });
});
