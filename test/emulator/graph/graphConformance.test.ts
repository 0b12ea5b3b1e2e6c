/**
 * @jest-environment node
 */
import { newEmulator, graphAs, upnWithRole } from '../../support/overEmulator';

const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com'; // Mon–Wed 08:30–15:00
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com'; // her reviewer, full time
const OLIVIA = 'olivia.brown@riversideprimary.onmicrosoft.com'; // Thu, Fri

const slot = (date: string, from: string, to: string): Record<string, unknown> => ({
  start: { dateTime: `${date}T${from}:00`, timeZone: 'GMT Standard Time' },
  end: { dateTime: `${date}T${to}:00`, timeZone: 'GMT Standard Time' }
});
const event = (transactionId: string, date = '2026-05-11'): Record<string, unknown> => ({
  subject: 'One-to-one', body: { contentType: 'HTML', content: '<a href="x">Open the record</a>' }, ...slot(date, '10:00', '10:30'),
  attendees: [{ type: 'required', emailAddress: { address: AISHA, name: 'Aisha Begum' } }], sensitivity: 'private', isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness', transactionId
});

describe('the Graph emulator, called by the real graph client 3.0.2', () => {
  it('answers /me, /users/{upn}/manager and pages /users', async () => {
    const emulator = newEmulator();
    const graph = graphAs(emulator, AISHA);

    const me = await graph.api('/me').get();
    const manager = await graph.api(`/users/${AISHA}/manager`).get();
    const first = await graph.api('/users').top(10).get();
    const second = await graph.api(first['@odata.nextLink']).get();

    expect(me).toMatchObject({ displayName: 'Aisha Begum', userPrincipalName: AISHA });
    expect(manager).toMatchObject({ userPrincipalName: TOM });
    expect(first.value).toHaveLength(10);
    expect(second.value[0].id).not.toBe(first.value[0].id);
  });

  it('filters users by userPrincipalName in (…) and expands managers', async () => {
    const emulator = newEmulator();

    const page = await graphAs(emulator, upnWithRole('hrAdmin'))
      .api('/users')
      .filter(`userPrincipalName in ('${AISHA}','siobhan.oneill@riversideprimary.onmicrosoft.com')`)
      .expand('manager($select=id)')
      .get();

    expect(page.value.map((u: { displayName: string }) => u.displayName).sort()).toEqual(['Aisha Begum', "Siobhán O'Neill"]);
    expect(page.value.every((u: { manager: { id: string } }) => u.manager.id)).toBe(true);
  });

  it('books once per transactionId even when a 429 makes the client retry', async () => {
    const emulator = newEmulator();
    emulator.faults.add({ status: 429, retryAfter: 0, count: 2, match: '/events', method: 'POST' });
    const graph = graphAs(emulator, TOM);

    const created = await graph.api('/me/events').post(event('meeting-42'));
    const again = await graph.api('/me/events').post(event('meeting-42'));

    expect(again.id).toBe(created.id);
    expect(emulator.state.graph.events.filter((e) => e.mailbox === TOM)).toHaveLength(1);
    expect(emulator.state.graph.events.filter((e) => e.mailbox === AISHA)).toHaveLength(1);
    expect(created.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  });

  it("moves the attendee's copy with the organiser's change, and cancels it", async () => {
    const emulator = newEmulator();
    const tom = graphAs(emulator, TOM);
    const created = await tom.api('/me/events').post(event('m-1'));

    await tom.api(`/me/events/${created.id}`).patch(slot('2026-05-12', '09:00', '09:30'));
    const moved = (
      await graphAs(emulator, AISHA)
        .api('/me/calendarView')
        .query({ startDateTime: '2026-05-11T00:00:00Z', endDateTime: '2026-05-14T00:00:00Z' })
        .get()
    ).value;
    await tom.api(`/me/events/${created.id}/cancel`).post({ comment: 'Sorry, I need to move this.' });
    const cancelled = (
      await graphAs(emulator, AISHA)
        .api('/me/calendarView')
        .query({ startDateTime: '2026-05-11T00:00:00Z', endDateTime: '2026-05-14T00:00:00Z' })
        .get()
    ).value;

    expect(moved[0].start).toEqual({ dateTime: '2026-05-12T08:00:00.0000000', timeZone: 'UTC' });
    expect(cancelled[0].isCancelled).toBe(true);
    expect(emulator.state.graph.events.filter((e) => e.mailbox === TOM)).toHaveLength(0);
  });

  it('refuses a cancellation by an attendee and someone else reading the event (404)', async () => {
    const emulator = newEmulator();
    const created = await graphAs(emulator, TOM).api('/me/events').post(event('m-2'));
    const aishaCopy = emulator.state.graph.events.find((e) => e.mailbox === AISHA);

    await expect(graphAs(emulator, AISHA).api(`/me/events/${aishaCopy?.id}/cancel`).post({ comment: 'no' })).rejects.toMatchObject({
      statusCode: 400
    });
    await expect(graphAs(emulator, AISHA).api(`/me/events/${created.id}`).get()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('findMeetingTimes never suggests Thursday or Friday, or outside 08:30–15:00, for a TA working Mon–Wed', async () => {
    const emulator = newEmulator();

    const result = await graphAs(emulator, TOM)
      .api('/me/findMeetingTimes')
      .header('Prefer', 'outlook.timezone="GMT Standard Time"')
      .post({
        attendees: [{ type: 'required', emailAddress: { address: AISHA } }],
        timeConstraint: {
          activityDomain: 'work',
          timeSlots: [slot('2026-05-11', '07:00', '18:00'), slot('2026-05-14', '07:00', '18:00'), slot('2026-05-15', '07:00', '18:00')]
        },
        meetingDuration: 'PT30M',
        maxCandidates: 100
      });

    const starts: string[] = result.meetingTimeSuggestions.map(
      (s: { meetingTimeSlot: { start: { dateTime: string } } }) => s.meetingTimeSlot.start.dateTime
    );
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((s) => s.startsWith('2026-05-11'))).toBe(true);
    expect(starts[0]).toBe('2026-05-11T08:30:00.0000000');
    expect(starts[starts.length - 1]).toBe('2026-05-11T14:30:00.0000000');
  });

  it('explains an empty result when the reviewer and appraisee share no working day', async () => {
    const emulator = newEmulator();

    const result = await graphAs(emulator, OLIVIA)
      .api('/me/findMeetingTimes')
      .post({
        attendees: [{ type: 'required', emailAddress: { address: AISHA } }],
        timeConstraint: {
          activityDomain: 'work',
          timeSlots: [slot('2026-05-11', '07:00', '18:00'), slot('2026-05-12', '07:00', '18:00'), slot('2026-05-14', '07:00', '18:00')]
        },
        meetingDuration: 'PT30M'
      });

    expect(result.meetingTimeSuggestions).toEqual([]);
    expect(result.emptySuggestionsReason).toBe('attendeesUnavailable'); // as documented; Outlook also answers PascalCase
  });

  it('keeps London times right across the change to British Summer Time', async () => {
    const emulator = newEmulator();

    const result = await graphAs(emulator, TOM)
      .api('/me/findMeetingTimes')
      .post({
        attendees: [{ type: 'required', emailAddress: { address: AISHA } }],
        timeConstraint: { activityDomain: 'work', timeSlots: [slot('2026-03-30', '08:30', '09:00')] },
        meetingDuration: 'PT30M'
      });

    expect(result.meetingTimeSuggestions[0].meetingTimeSlot.start).toEqual({ dateTime: '2026-03-30T07:30:00.0000000', timeZone: 'UTC' });
  });

  it('shows free/busy with getSchedule and names an unknown mailbox', async () => {
    const emulator = newEmulator();
    const tom = graphAs(emulator, TOM);
    await tom.api('/me/events').post(event('m-3'));

    const result = await tom.api('/me/calendar/getSchedule').post({
      schedules: [AISHA, 'nobody@riversideprimary.onmicrosoft.com'],
      startTime: { dateTime: '2026-05-11T09:00:00', timeZone: 'GMT Standard Time' },
      endTime: { dateTime: '2026-05-11T11:00:00', timeZone: 'GMT Standard Time' },
      availabilityViewInterval: 30
    });

    expect(result.value[0].availabilityView).toBe('0020');
    expect(result.value[1].error.responseCode).toBe('ErrorMailRecipientNotFound');
  });

  it("refuses a fifth request to one mailbox while four are in flight (Outlook's MailboxConcurrency), with Retry-After", async () => {
    const emulator = newEmulator();
    const request = (): Promise<{ status: number; body: string; retryAfter?: string }> =>
      emulator
        .handle({
          method: 'POST',
          url: '/graph/v1.0/me/calendar/getSchedule',
          headers: { 'x-emulator-user': TOM, 'content-type': 'application/json' },
          body: JSON.stringify({
            schedules: [AISHA],
            startTime: { dateTime: '2026-05-11T09:00:00', timeZone: 'GMT Standard Time' },
            endTime: { dateTime: '2026-05-11T11:00:00', timeZone: 'GMT Standard Time' },
            availabilityViewInterval: 30
          })
        })
        .then((r) => ({ status: r.status, body: String(r.body), retryAfter: r.headers['retry-after'] }));

    const answers = await Promise.all([request(), request(), request(), request(), request()]);
    const after = await request();

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429]);
    expect(JSON.parse(answers[4].body).error).toMatchObject({
      code: 'ApplicationThrottled',
      message: expect.stringContaining('MailboxConcurrency')
    });
    expect(answers[4].retryAfter).toBe('1');
    expect(after.status).toBe(200);
  });

  it('refuses a getSchedule range longer than 62 days', async () => {
    const emulator = newEmulator();
    const range = (end: string): Promise<unknown> =>
      graphAs(emulator, TOM)
        .api('/me/calendar/getSchedule')
        .post({
          schedules: [AISHA],
          startTime: { dateTime: '2026-01-01T00:00:00', timeZone: 'GMT Standard Time' },
          endTime: { dateTime: end, timeZone: 'GMT Standard Time' },
          availabilityViewInterval: 30
        });

    await expect(range('2026-03-04T00:00:00')).resolves.toBeDefined();
    await expect(range('2026-03-05T00:00:00')).rejects.toMatchObject({ statusCode: 400 });
  });
});
