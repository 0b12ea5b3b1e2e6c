/**
 * @jest-environment node
 */
import { DEFAULT_SCHEME_SETTINGS } from '../../../src/domain';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';

describe('SpSettingsReader over the emulator', () => {
  it('starts from the defaults set-up wrote, saves only what changed, and lets staff read but not write', async () => {
    const emulator = await provisionedEmulator();
    const hr = servicesAs(emulator, upnWithRole('hrAdmin'));
    expect(await hr.settings.getSettings()).toEqual({ ok: true, value: DEFAULT_SCHEME_SETTINGS });
    const mark = emulator.log.mark();

    const saved = await hr.settings.saveSettings({
      ...DEFAULT_SCHEME_SETTINGS,
      cycleStartMonth: 9,
      termDates: [{ start: '2026-09-03', end: '2026-10-23' }]
    });

    expect(saved.ok && saved.value).toMatchObject({ cycleStartMonth: 9, termDates: [{ start: '2026-09-03', end: '2026-10-23' }] });
    expect(emulator.log.since(mark).filter((e) => e.method === 'POST')).toHaveLength(2);
  });
});
