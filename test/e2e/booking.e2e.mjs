// Issue 7 journey: a reviewer books a six-monthly review with a part-time teaching assistant in Outlook; the event
// lands in her (emulated) calendar with a neutral subject, is moved, then cancelled, and her calendar follows.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson'));
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));

/** Emma's own view of her calendar, straight from the emulator's Graph (as Outlook would show it to her). */
async function emmasEvents(kit) {
  const response = await kit.page.request.get(`${kit.baseUrl}/graph/v1.0/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2028-01-01T00:00:00Z`, { headers: { 'X-Emulator-User': emma.upn } });
  if (!response.ok()) throw new Error(`reading Emma's calendar failed: ${response.status()}`);
  return (await response.json()).value.filter((e) => e.subject.includes('Six-monthly review'));
}

export default [
  {
    name: 'a reviewer books, moves and cancels a six-monthly review with a part-time TA',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByRole('button', { name: `Meetings with ${emma.displayName}` }).click();
      const panel = page.getByRole('dialog');
      await panel.getByRole('combobox', { name: 'Meeting' }).click();
      await page.getByRole('option', { name: 'Six-monthly review' }).click();
      await panel.getByRole('button', { name: 'Find times' }).click();
      const times = panel.getByRole('radiogroup', { name: 'Times you are both free' });
      await times.waitFor({ timeout: 30000 });
      // Emma works Wednesday to Friday: every time offered is on one of her days.
      const offered = await times.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.closest('.ms-ChoiceField')?.textContent ?? ''));
      if (!offered.length || offered.some((t) => !/^(Wed|Thu|Fri)/.test(t))) throw new Error(`times outside her working days: ${offered.join(' | ')}`);
      await kit.settled();
      await kit.axe('booking panel with times');
      await kit.shot('booking-times');
      await panel.getByRole('button', { name: 'Book in Outlook' }).click();
      await panel.getByText('Booked. The invitation is in both calendars.').waitFor({ timeout: 30000 });

      let events = await emmasEvents(kit);
      if (events.length !== 1) throw new Error(`expected one invitation in Emma's calendar, found ${events.length}`);
      if (!/^Six-monthly review: Emma and Tom$/.test(events[0].subject)) throw new Error(`subject is not neutral: ${events[0].subject}`);
      const firstStart = events[0].start.dateTime;

      await panel.getByRole('button', { name: 'Find times' }).click();
      await times.waitFor({ timeout: 30000 });
      await times.getByRole('radio').nth(1).check();
      await panel.getByRole('button', { name: 'Move to the chosen time' }).click();
      await panel.getByText('Moved. Both calendars show the new time.').waitFor({ timeout: 30000 });
      events = await emmasEvents(kit);
      if (events.length !== 1 || events[0].start.dateTime === firstStart) throw new Error('the move did not reach her calendar');
      await kit.shot('booking-moved');

      await panel.getByRole('button', { name: 'Cancel meeting' }).click();
      await panel.getByText('Cancelled').first().waitFor({ timeout: 30000 });
      events = await emmasEvents(kit);
      if (events.length !== 1 || !events[0].isCancelled) throw new Error('the cancellation did not reach her calendar');
      await kit.settled();
      await kit.axe('booking panel after cancelling');
      await kit.shot('booking-cancelled');
    }
  }
];
