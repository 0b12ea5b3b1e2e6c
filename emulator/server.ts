/** `npm run emulator`: the tenant emulator alone on http://127.0.0.1:5174 for tools and scripts. */
import { createServer } from 'node:http';
import { TenantEmulator } from './core/TenantEmulator';
import { seedTenant } from './seed/school';
import { debouncedSaver, DEFAULT_STATE_FILE, loadOrSeed, saveNow } from './store/fileStore';
import { serveNodeRequest } from './connect/nodeHttp';
import { seedMidYearSchool } from './seed/midYearSchool';
import { seedTrust } from './seed/trustSeed';

const stateFile = process.env.EMULATOR_STATE ?? DEFAULT_STATE_FILE;
const port = Number(process.env.EMULATOR_PORT ?? 5174);

if (process.argv.includes('--reset-only')) {
  const emulator = new TenantEmulator(seedTenant());
  const school = process.argv.includes('--school');
  (school ? seedMidYearSchool(emulator) : Promise.resolve()).then(() => {
    saveNow(stateFile, emulator.state);
    console.log(`emulator: reseeded ${stateFile}${school ? ' with a school part-way through the year' : ' (bare site)'}`);
  }, (error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  const emulator = new TenantEmulator(loadOrSeed(stateFile), {
    onChange: debouncedSaver(stateFile),
    reset: seedTenant,
    seeds: { school: (e) => seedMidYearSchool(e), trust: (e, origin) => seedTrust(e, origin) },
    budget: {}
  });
  createServer((req, res) => {
    serveNodeRequest(emulator, req, res).catch((error) => console.error(error));
  }).listen(port, '127.0.0.1', () => {
    console.log(`emulator: SharePoint at http://127.0.0.1:${port}/sites/staff-appraisal, Graph at http://127.0.0.1:${port}/graph/v1.0`);
    console.log(`emulator: state in ${stateFile}; sign in with the X-Emulator-User header`);
  });
}
