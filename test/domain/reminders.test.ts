import { askForChanges, cycleContaining, nextSteps, shareForAgreement, type CycleDocument, type MeetingFact, type Result } from '../../src/domain';
import { DEFAULT_REMINDER_SETTINGS, planReminders, reminderDue, reminderLogKey, validateReminderSettings, reminderMail, type ReminderSettings, type ReminderSubject } from '../../src/domain/reminders';
import { d, plannedDoc, reviewer, t } from './cycle/cycleFixtures';

const value = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const cycle = cycleContaining(d('2026-04-01'), 4);
const today = d('2026-04-22');
const settings: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, recordPageUrl: 'https://school.sharepoint.com/sites/appraisal/SitePages/Team.aspx' };
const held: MeetingFact = { kind: 'planning', start: t('2026-04-20T09:00:00Z'), status: 'booked' };
const changesAsked = (): CycleDocument => {
  const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
  return value(askForChanges(shared, 'planning', 'Please add the phonics course.', t('2026-04-21T10:00:00Z')));
};
const subject = (staffKey: string, document: CycleDocument | undefined, meetings: MeetingFact[], on = today): ReminderSubject => ({
  staffKey,
  cycleKey: `${staffKey}:2026-27`,
  appraisee: { key: staffKey, address: `${staffKey}@school.example` },
  reviewer: { key: 'rev-1', address: 'reviewer@school.example' },
  steps: nextSteps({ cycle, track: 'fullCycle', document, meetings }, on, t(`${on}T12:00:00Z`))
});

describe('planReminders: who is reminded of what today (issue 15)', () => {
  it('the appraisee asked for changes: the reviewer is reminded of that record, once, with every record in one message', () => {
    const plan = planReminders([subject('amy', changesAsked(), [held]), subject('ben', changesAsked(), [held])], settings, today, new Set());
    expect(plan.toSend).toEqual([
      {
        recipientKey: 'rev-1',
        address: 'reviewer@school.example',
        items: [
          { staffKey: 'amy', cycleKey: 'amy:2026-27', stage: 'planning', step: 'answerChangeRequest' },
          { staffKey: 'ben', cycleKey: 'ben:2026-27', stage: 'planning', step: 'answerChangeRequest' }
        ]
      }
    ]);
    expect(plan.alreadySent).toEqual([]);
  });

  it('never the same person twice in a day: a logged reminder moves them to "already sent"; the next day they are due again', () => {
    const subjects = [subject('amy', changesAsked(), [held])];
    const logged = new Set([reminderLogKey(today, 'rev-1')]);
    const plan = planReminders(subjects, settings, today, logged);
    expect(plan.toSend).toEqual([]);
    expect(plan.alreadySent.map((r) => r.recipientKey)).toEqual(['rev-1']);
    const tomorrow = d('2026-04-23');
    expect(planReminders([subject('amy', changesAsked(), [held], tomorrow)], settings, tomorrow, logged).toSend).toHaveLength(1);
  });

  it('only the kinds the school chose are sent', () => {
    const plan = planReminders([subject('amy', changesAsked(), [held])], { ...settings, kinds: ['agree', 'book'] }, today, new Set());
    expect(plan.toSend).toEqual([]);
  });

  it('a person without a mailbox address is listed for HR, never sent', () => {
    const s = { ...subject('amy', changesAsked(), [held]), reviewer: { key: 'rev-1', address: ' ' } };
    const plan = planReminders([s], settings, today, new Set());
    expect(plan.toSend).toEqual([]);
    expect(plan.noAddress).toEqual([{ recipientKey: 'rev-1', items: [expect.objectContaining({ staffKey: 'amy' })] }]);
  });

  it('booking counts from the days before the stage is due until the days after, and never for an optional stage', () => {
    const s = subject('amy', undefined, []);
    const due = s.steps.progress.stages.planning.due!;
    const on = (date: string, days: Partial<ReminderSettings> = {}): boolean => {
      const x = subject('amy', undefined, [], d(date));
      return reminderDue(x.steps.reviewer, x.steps, { ...settings, ...days }, d(date));
    };
    expect(s.steps.reviewer?.kind).toBe('book');
    const offset = (n: number): string => new Date(Date.parse(`${due}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
    expect(on(offset(-15), { daysBeforeDue: 14 })).toBe(false);
    expect(on(offset(-14), { daysBeforeDue: 14 })).toBe(true);
    expect(on(offset(28), { daysAfterDue: 28 })).toBe(true);
    expect(on(offset(29), { daysAfterDue: 28 })).toBe(false);
    const optional = { kind: 'book', stage: 'interimReview', party: 'reviewer', optional: true, needed: false } as const;
    expect(reminderDue(optional, s.steps, settings, due)).toBe(false);
  });

  it('preparing counts from the days before the meeting; holding a booked meeting is never reminded', () => {
    const meeting: MeetingFact = { kind: 'planning', start: t('2026-04-30T09:00:00Z'), status: 'booked' };
    const s = subject('amy', undefined, [meeting]);
    expect(s.steps.appraisee).toMatchObject({ kind: 'prepare' });
    expect(reminderDue(s.steps.appraisee, s.steps, { ...settings, daysBeforeDue: 8 }, today)).toBe(true);
    expect(reminderDue(s.steps.appraisee, s.steps, { ...settings, daysBeforeDue: 7 }, today)).toBe(false);
    expect(s.steps.reviewer).toMatchObject({ kind: 'hold' });
    expect(reminderDue(s.steps.reviewer, s.steps, settings, today)).toBe(false);
  });

  it('settings: days within 0–180 and an https page', () => {
    expect(validateReminderSettings(settings)).toEqual([]);
    expect(validateReminderSettings({ ...settings, daysBeforeDue: -1, daysAfterDue: 1.5, recordPageUrl: 'ftp://school.example/page' })).toEqual([
      { field: 'daysBeforeDue', code: 'outOfRange' },
      { field: 'daysAfterDue', code: 'outOfRange' },
      { field: 'recordPageUrl', code: 'notHttps' }
    ]);
    expect(validateReminderSettings({ ...settings, recordPageUrl: 'http://127.0.0.1:5193/?tab=teamAppraisals' })).toEqual([]);
  });
});

describe('reminderMail: neutral words and a link per record (DOMAIN §5)', () => {
  it('carries the link to each record and nothing about it', () => {
    const plan = planReminders([subject('amy', changesAsked(), [held]), subject('ben', changesAsked(), [held])], settings, today, new Set());
    const mail = reminderMail(plan.toSend[0], settings.recordPageUrl, {
      subject: 'An appraisal step is waiting for you',
      intro: 'You have an appraisal step waiting.',
      linkText: 'Open record {0}'
    });
    expect(mail.to).toBe('reviewer@school.example');
    expect(mail.subject).toBe('An appraisal step is waiting for you');
    expect(mail.html).toContain('href="https://school.sharepoint.com/sites/appraisal/SitePages/Team.aspx?appraisee=amy&amp;cycle=amy%3A2026-27&amp;view=planning"');
    expect(mail.html).toContain('Open record 2');
    expect(mail.html).not.toMatch(/phonics|change|planning review|Aisha/i);
  });
});
