/**
 * @jest-environment node
 */
import { findTimes } from '../../../src/app/booking/findTimes';
import {
  bookedMessage,
  bookMeeting,
  cancelMeeting,
  linkEvent,
  moveMeeting,
  refreshFromOutlook,
  syncMeetings,
  type InviteWording
} from '../../../src/app/booking/bookMeeting';
import { openCycle } from '../../../src/app/openCycle';
import { draftFromDirectory } from '../../../src/app/roster/entraImport';
import { cycleContaining, DEFAULT_SCHEME_SETTINGS, type WorkingPattern } from '../../../src/domain';
import personas from '../../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { RosterEntry } from '../../../src/data/ports';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';
import { firstFreeSlot, oneToOneBooking } from '../../support/booking';
import { isoDate, isoInstant } from '../../support/builders';

const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const tomPattern = personas.people.find((p) => p.upn === TOM)?.workingPattern as WorkingPattern;
const wording: InviteWording = {
  subject: (_k, a, r) => `Six-monthly review: ${a} and ${r}`,
  body: (url) => `<a href="${url}">Open the record</a>`
};

async function school(): Promise<{ emulator: TenantEmulator; aisha: RosterEntry }> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA]);
  await openCycle(roster, servicesAs(emulator, upnWithRole('hrAdmin')).records, cycleContaining(today, 4), 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  return { emulator, aisha: roster[0] };
}

describe('booking a six-monthly review with a part-time TA', () => {
  it('offers only her working days, books once, records the event on her record, moves and cancels it', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);

    const times = await findTimes(tom.calendar, aisha, tomPattern, 'interimReview', DEFAULT_SCHEME_SETTINGS, today);
    expect(times.ok).toBe(true);
    const slots = times.ok ? times.value : [];
    const weekdays = new Set(slots.map((s) => new Date(s.start).getUTCDay()));
    expect([...weekdays].every((d) => [1, 2, 3].includes(d))).toBe(true);

    emulator.faults.add({ status: 429, retryAfter: 0, count: 2, match: '/me/events', method: 'POST' });
    const booked = await bookMeeting(
      tom.calendar,
      tom.meetings,
      {
        attempt: 'a',
        appraisee: aisha,
        reviewerName: 'Tom Hughes',
        kind: 'interimReview',
        slot: slots[0],
        teamsMeeting: true,
        recordUrl: 'https://x/record',
        cycleKey: '2026-27'
      },
      wording
    );
    expect(booked.ok).toBe(true);
    expect(emulator.state.graph.events.filter((e) => e.mailbox === AISHA)).toHaveLength(1);
    const invite = emulator.state.graph.events.find((e) => e.mailbox === AISHA);
    expect(invite).toMatchObject({ subject: 'Six-monthly review: Aisha and Tom', sensitivity: 'private' });
    const mine = await servicesAs(emulator, AISHA).reader.mine(aisha.id);
    expect(mine.ok && mine.value.record?.meetings.map((m) => [m.kind, m.status])).toEqual([['interimReview', 'booked']]);

    const meeting = booked.ok ? booked.value : undefined;
    const moved = meeting ? await moveMeeting(tom.calendar, tom.meetings, meeting, slots[1]) : undefined;
    expect(moved?.ok && moved.value.start).toBe(slots[1].start);
    expect(emulator.state.graph.events.find((e) => e.mailbox === AISHA)?.start).toBe(slots[1].start.replace('Z', '.000Z'));

    const cancelled = moved?.ok
      ? await cancelMeeting(tom.calendar, tom.meetings, moved.value, 'Sorry, I need to rearrange this.')
      : undefined;
    expect(cancelled?.ok && cancelled.value.status).toBe('cancelled');
    expect(emulator.state.graph.events.find((e) => e.mailbox === AISHA)?.isCancelled).toBe(true);
  });

  it('books the same slot again after a cancellation as a new event, while a retry of one lost attempt books once', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);
    const times = await findTimes(tom.calendar, aisha, tomPattern, 'oneToOne', DEFAULT_SCHEME_SETTINGS, today);
    const slot = times.ok ? times.value[0] : undefined;
    if (!slot) throw new Error('no slot');
    const input = {
      appraisee: aisha,
      reviewerName: 'Tom Hughes',
      kind: 'oneToOne' as const,
      slot,
      teamsMeeting: true,
      recordUrl: 'https://x/record',
      cycleKey: '2026-27'
    };

    const first = await bookMeeting(tom.calendar, tom.meetings, { ...input, attempt: 'a1' }, wording);
    const retried = await bookMeeting(tom.calendar, tom.meetings, { ...input, attempt: 'a1' }, wording);
    expect(retried.ok && first.ok && retried.value.eventId).toBe(first.ok && first.value.eventId);
    if (retried.ok) await cancelMeeting(tom.calendar, tom.meetings, retried.value, 'Sorry.');
    const again = await bookMeeting(tom.calendar, tom.meetings, { ...input, attempt: 'a2' }, wording);

    // Graph answers a POST with a transactionId it has seen with that first event, cancelled; a new attempt is a new one.
    expect(again.ok && again.value.eventId).not.toBe(first.ok && first.value.eventId);
    expect(again.ok && again.value.status).toBe('booked');
    expect(emulator.state.graph.events.filter((e) => e.mailbox === AISHA).map((e) => e.isCancelled)).toEqual([true, false]);
  });

  it('books in a mailbox without Teams meetings: the event is made, with no join link, and the reviewer is told', async () => {
    const { emulator, aisha } = await school();
    const organiser = emulator.state.directory.users.find((u) => u.upn === TOM);
    if (organiser) organiser.teamsMeetings = false;
    const tom = servicesAs(emulator, TOM);
    const slot = await firstFreeSlot(tom.calendar, aisha, tomPattern, 'oneToOne', today);

    const booked = await bookMeeting(tom.calendar, tom.meetings, oneToOneBooking(aisha, slot, { teamsMeeting: true }), wording);

    expect(booked.ok && booked.value.status).toBe('booked');
    expect(booked.ok && booked.value.joinUrl).toBeUndefined();
    expect(emulator.state.graph.events.find((e) => e.mailbox === AISHA)?.isOnlineMeeting).toBe(false);
    expect(booked.ok && bookedMessage(true, booked.value)).toEqual({ warning: true });
    expect(booked.ok && bookedMessage(false, booked.value)).toEqual({ warning: false });
  });

  it('shows a move made in Outlook on the record', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);
    const times = await findTimes(tom.calendar, aisha, tomPattern, 'oneToOne', DEFAULT_SCHEME_SETTINGS, today);
    const slots = times.ok ? times.value : [];
    const booked = await bookMeeting(
      tom.calendar,
      tom.meetings,
      {
        attempt: 'a',
        appraisee: aisha,
        reviewerName: 'Tom Hughes',
        kind: 'oneToOne',
        slot: slots[0],
        teamsMeeting: false,
        recordUrl: 'https://x',
        cycleKey: '2026-27'
      },
      wording
    );
    if (!booked.ok) throw new Error('booking failed');
    await tom.calendar.reschedule(booked.value.eventId, slots[2]);

    const refreshed = await refreshFromOutlook(tom.calendar, booked.value);

    expect(refreshed.ok && refreshed.value.start).toBe(slots[2].start);
  });

  it('names the permissions to approve when Graph refuses', async () => {
    const { emulator, aisha } = await school();
    emulator.faults.add({ status: 403, count: 1, match: 'findMeetingTimes' });

    const times = await findTimes(servicesAs(emulator, TOM).calendar, aisha, tomPattern, 'oneToOne', DEFAULT_SCHEME_SETTINGS, today);

    expect(times).toEqual({
      ok: false,
      error: {
        code: 'calendar',
        error: { code: 'permissionNotApproved', scopes: ['Calendars.ReadWrite', 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'] }
      }
    });
  });

  it('scenario 2: says there is no working day in common', async () => {
    const { emulator, aisha } = await school();
    const thuFri: WorkingPattern = { kind: 'partTime', days: ['Thu', 'Fri'], start: '08:00', end: '16:00', termTimeOnly: true };

    const times = await findTimes(servicesAs(emulator, TOM).calendar, aisha, thuFri, 'oneToOne', DEFAULT_SCHEME_SETTINGS, today);

    expect(times).toEqual({ ok: false, error: { code: 'noCommonWorkingDay' } });
  });
});

describe('meetings booked or changed in Outlook', () => {
  it('links an event the reviewer booked by hand, and shows its cancellation in Outlook on the record', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);
    const handmade = await tom.calendar.book({
      transactionId: 'by-hand',
      kind: 'oneToOne',
      attendeeUpn: AISHA,
      attendeeName: 'Aisha Begum',
      slot: { start: isoInstant('2026-12-07T10:00:00Z'), end: isoInstant('2026-12-07T10:30:00Z') },
      teamsMeeting: false,
      subject: 'Catch-up',
      bodyHtml: ''
    });
    if (!handmade.ok) throw new Error('could not book by hand');

    const found = await tom.calendar.findEventsWith(AISHA, {
      start: isoInstant('2026-11-01T00:00:00Z'),
      end: isoInstant('2027-01-31T00:00:00Z')
    });
    const linked = found.ok ? await linkEvent(tom.meetings, aisha, 'oneToOne', found.value[0], '2026-27') : undefined;
    await tom.calendar.cancel(handmade.value.eventId, 'Off sick');
    const synced = linked?.ok ? await syncMeetings(tom.calendar, tom.meetings, [linked.value]) : [];

    expect(found.ok && found.value.map((e) => e.eventId)).toEqual([handmade.value.eventId]);
    expect(synced.map((m) => m.status)).toEqual(['cancelled']);
    const mine = await servicesAs(emulator, AISHA).reader.mine(aisha.id);
    expect(mine.ok && mine.value.record?.meetings.map((m) => m.status)).toEqual(['cancelled']);
  });

  it('books a half-termly series as one Outlook series in London time', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);
    const times = await findTimes(tom.calendar, aisha, tomPattern, 'oneToOne', DEFAULT_SCHEME_SETTINGS, today);
    const slots = times.ok ? times.value : [];

    await bookMeeting(
      tom.calendar,
      tom.meetings,
      {
        attempt: 'a',
        appraisee: aisha,
        reviewerName: 'Tom Hughes',
        kind: 'oneToOne',
        slot: slots[0],
        teamsMeeting: true,
        recordUrl: 'https://x',
        cycleKey: '2026-27',
        recurrence: { weeks: 6, until: isoDate('2027-03-31') }
      },
      wording
    );

    const series = emulator.state.graph.events.find((e) => e.mailbox === TOM);
    expect(series?.recurrence).toMatchObject({
      pattern: { type: 'weekly', interval: 6 },
      range: { type: 'endDate', endDate: '2027-03-31', recurrenceTimeZone: 'GMT Standard Time' }
    });
  });
});

describe('free/busy when nothing fits', () => {
  it('reads both calendars for a London day, with a booked half-hour shown as busy', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);
    await tom.calendar.book({
      transactionId: 'fb',
      kind: 'oneToOne',
      attendeeUpn: AISHA,
      attendeeName: 'Aisha',
      slot: { start: isoInstant('2026-12-07T09:00:00Z'), end: isoInstant('2026-12-07T09:30:00Z') },
      teamsMeeting: false,
      subject: 'x',
      bodyHtml: ''
    });

    const schedule = await tom.calendar.getSchedule([TOM, aisha.upn], { date: isoDate('2026-12-07'), start: '08:00', end: '10:00' }, 30);

    expect(schedule.ok && schedule.value.map((s) => s.availability)).toEqual(['0020', '0020']);
  });

  it('reads a week of free/busy with one getSchedule call, each London day cut right across the end of BST', async () => {
    const { emulator, aisha } = await school();
    const tom = servicesAs(emulator, TOM);
    // 09:00 London on Friday 23 October 2026 is 08:00Z (BST); on Monday 26 October it is 09:00Z (GMT).
    for (const start of ['2026-10-23T08:00:00Z', '2026-10-26T09:00:00Z']) {
      await tom.calendar.book({
        transactionId: `fb-${start}`,
        kind: 'oneToOne',
        attendeeUpn: AISHA,
        attendeeName: 'Aisha',
        slot: { start: isoInstant(start), end: isoInstant(start.replace(':00:00Z', ':30:00Z')) },
        teamsMeeting: false,
        subject: 'x',
        bodyHtml: ''
      });
    }
    const mark = emulator.log.mark();

    const week = await tom.calendar.getScheduleByDay(
      [TOM, aisha.upn],
      ['2026-10-23', '2026-10-26', '2026-10-27'].map(isoDate),
      { start: '08:00', end: '10:00' },
      30
    );

    expect(week.ok && week.value.map((d) => [d.day, d.schedules.map((s) => s.availability)])).toEqual([
      ['2026-10-23', ['0020', '0020']], ['2026-10-26', ['0020', '0020']], ['2026-10-27', ['0000', '0000']]
    ]);
    expect(emulator.log.since(mark).filter((e) => e.url.includes('getSchedule'))).toHaveLength(1);
  });
});

describe('a person whose mailbox address differs from their UPN', () => {
  it('keeps the mailbox address from Entra ID on the roster, and Outlook finds times with and invites that mailbox', async () => {
    const emulator = await provisionedEmulator();
    const MAIL = 'a.begum@riversideprimary.sch.uk';
    const person = emulator.state.directory.users.find((u) => u.upn === AISHA);
    if (person) person.mail = MAIL;
    const hr = servicesAs(emulator, upnWithRole('hrAdmin'));
    const people = await hr.directory.listPeopleWithManagers();
    const found = people.ok ? people.value.find((p) => p.upn === AISHA) : undefined;
    if (!found || !people.ok) throw new Error('Aisha is not in the directory');
    const saved = await hr.roster.saveRosterEntry(
      {
        ...draftFromDirectory(found, people.value),
        workingPattern: personas.people.find((p) => p.upn === AISHA)?.workingPattern as WorkingPattern
      },
      undefined
    );
    const listing = await hr.roster.listRoster();
    const aisha = listing.ok ? listing.value.entries.find((e) => e.upn === AISHA) : undefined;
    expect(saved.ok && aisha?.mail).toBe(MAIL);
    if (!aisha) throw new Error('not saved');
    await openCycle([aisha], hr.records, cycleContaining(today, 4), 6, today, { wait: async () => undefined, onProgress: () => undefined });
    const tom = servicesAs(emulator, TOM);

    const times = await findTimes(tom.calendar, aisha, tomPattern, 'oneToOne', DEFAULT_SCHEME_SETTINGS, today);
    expect(times.ok && times.value.length).toBeGreaterThan(0);
    const slot = times.ok ? times.value[0] : undefined;
    const booked = slot
      ? await bookMeeting(
          tom.calendar,
          tom.meetings,
          {
            attempt: 'a',
            appraisee: aisha,
            reviewerName: 'Tom Hughes',
            kind: 'oneToOne',
            slot,
            teamsMeeting: false,
            recordUrl: 'https://x',
            cycleKey: '2026-27'
          },
          wording
        )
      : undefined;

    expect(booked?.ok).toBe(true);
    // The invitation reached her mailbox: an attendee given by UPN, not a mail address, would reach nobody.
    expect(emulator.state.graph.events.filter((e) => e.mailbox === AISHA)).toHaveLength(1);
    const schedule = await tom.calendar.getScheduleByDay([TOM, aisha.mail ?? ''], [today], { start: '08:00', end: '09:00' }, 30);
    expect(schedule.ok).toBe(true);
  });

  it('the seeded school has one such person: Lucy Fairweather-Jones, whose mailbox is lucy.jones@, and her UPN reaches no mailbox', async () => {
    const emulator = await provisionedEmulator();
    const [lucy] = await importSeededRoster(emulator, ['lucy.fairweather-jones@riversideprimary.onmicrosoft.com']);
    const tom = servicesAs(emulator, TOM);

    const byMail = await tom.calendar.getSchedule([lucy.mail ?? ''], { date: isoDate('2026-12-07'), start: '08:00', end: '09:00' }, 30);
    const byUpn = await tom.calendar.getSchedule([lucy.upn], { date: isoDate('2026-12-07'), start: '08:00', end: '09:00' }, 30);

    expect(lucy.mail).toBe('lucy.jones@riversideprimary.onmicrosoft.com');
    expect(byMail.ok).toBe(true);
    expect(byUpn).toEqual({ ok: false, error: { code: 'unknownMailbox', upn: lucy.upn } });
  });
});

