/** `npm run bench [-- --smoke]`: prints one `name: value` line per figure. Exits 1 if a benchmark fails. */
import type { Bench } from './types';
import { bundleSize } from './bundleSize.bench';
import { roundTrips } from './roundTrips.bench';
import { records } from './records.bench';
import { governorReport } from './governorReport.bench';
import { recordSize } from './recordSize.bench';
import { bulk } from './bulk.bench';
import { dataProtection } from './dataProtection.bench';
import { trustReport } from './trustReport.bench';

const benches: Bench[] = [bundleSize, roundTrips, records, governorReport, recordSize, bulk, dataProtection, trustReport];

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  let failed = 0;
  for (const bench of benches) {
    try {
      for (const [name, value] of await bench.run({ smoke })) console.log(`${name}: ${value}`);
    } catch (error) {
      failed++;
      console.error(`bench ${bench.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
