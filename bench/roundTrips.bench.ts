/** HTTP round trips each view costs, counted from the emulator's request log (a $batch counts once). */
import { newEmulator, servicesAs, upnWithRole } from '../test/support/overEmulator';
import type { Bench } from './types';

export const roundTrips: Bench = {
  name: 'round trips',
  async run() {
    const emulator = newEmulator();
    const services = servicesAs(emulator, upnWithRole('hrAdmin'));
    const mark = emulator.log.mark();
    await services.site.getStatus();
    return [['roundtrips_site_status', emulator.log.since(mark).length]];
  }
};
