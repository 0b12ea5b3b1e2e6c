// The tenant emulator over HTTP, as a plain script sees it (`npm run emulator` in another terminal, or started here):
// SharePoint's per-user budget (429 with Retry-After), a non-admin refused breakroleinheritance, the threshold on
// 6,000 items, a stale ETag, O'Neill, and a TA's findMeetingTimes never on Thursday or Friday. Ends with `emulator-smoke: N passed, N failed`.
import { spawn } from 'node:child_process';
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetch, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/security/index.js';
import '@pnp/sp/batching.js';

const base = 'http://127.0.0.1:5174';
const HR = 'priya.shah@riversideprimary.onmicrosoft.com';
const TA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'fixtures/tenant/emulator.ts'], { env: { ...process.env, EMULATOR_STATE: 'temp/smoke-tenant.json' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('SharePoint at') && resolve()));
const sp = (upn) => spfi(`${base}/sites/staff-appraisal`).using(DefaultHeaders(), DefaultInit(), BrowserFetch(), DefaultParse(), InjectHeaders({ 'X-Emulator-User': upn }));
const status = (p) => p.then(() => 200, (e) => e.status);
let passed = 0;
let failed = 0;
const check = (name, ok) => { ok ? passed++ : failed++; console.log(`  ${ok ? '✓' : '✗'} ${name}`); };

try {
  await fetch(`${base}/_emulator/reset`, { method: 'POST' });
  // The standalone emulator keeps SharePoint's per-user budget (3,000 requests in 5 minutes, every $batch part
  // counted). Loading 6,000 items for the threshold checks would spend it twice over, so the budget is raised for the
  // load, then put back, and a small budget is shown to answer 429 with Retry-After.
  const setBudget = (limits) => fetch(`${base}/_emulator/budget`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(limits) });
  const defaults = (await (await fetch(`${base}/_emulator/budget`)).json()).limits;
  await setBudget({ sharepoint: { requests: 100000, windowSeconds: 300 } });
  await sp(HR).web.lists.add('Big', '', 100);
  const big = sp(HR).web.lists.getByTitle('Big');
  await big.fields.addText('Category');
  await big.fields.addText('Note');
  await big.fields.getByInternalNameOrTitle('Category').update({ Indexed: true });
  for (let start = 0; start < 6000; start += 100) {
    const [batched, execute] = sp(HR).batched();
    for (let i = start; i < start + 100; i++) batched.web.lists.getByTitle('Big').items.add({ Title: `Item ${i}`, Category: `c${i % 4}`, Note: 'x' });
    await execute();
  }
  await fetch(`${base}/_emulator/budget`, { method: 'DELETE' });
  await setBudget({ sharepoint: { requests: 3, windowSeconds: 300 } });
  for (let i = 0; i < 3; i++) await big.select('Title')();
  const throttled = await fetch(`${base}/sites/staff-appraisal/_api/web/lists/getByTitle('Big')?$select=Title`, { headers: { accept: 'application/json;odata=nometadata', 'X-Emulator-User': HR } });
  check('past the per-user budget SharePoint answers 429 with Retry-After', throttled.status === 429 && Number(throttled.headers.get('retry-after')) > 0);
  await fetch(`${base}/_emulator/budget`, { method: 'DELETE' });
  await setBudget(defaults);
  check('a non-admin is refused breakroleinheritance', (await status(sp(TA).web.lists.getByTitle('Big').breakRoleInheritance(false))) === 403);
  check('an un-indexed first clause over 6,000 items is throttled (500)', (await status(big.items.filter("Note eq 'x'").top(5)())) === 500);
  check('the same query on an indexed column works', (await big.items.filter("Category eq 'c1' and Note eq 'x'").top(5)()).length === 5);
  await sp(HR).web.lists.add('Staff', '', 100);
  const small = sp(HR).web.lists.getByTitle('Staff');
  await small.items.add({ Title: 'Siobhan' });
  await small.items.add({ Title: "O'Neill" });
  const [first] = await small.items.filter("Title eq 'O''Neill'")();
  check("Title eq 'O''Neill' finds the item", first?.Title === "O'Neill");
  await small.items.getById(first.Id).update({ Title: "O'Neill-Smith" }, first['odata.etag']);
  check('an update with a stale ETag gets 412', (await status(small.items.getById(first.Id).update({ Title: 'x' }, first['odata.etag']))) === 412);
  const slots = ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'].map((d) => ({ start: { dateTime: `${d}T07:00:00`, timeZone: 'GMT Standard Time' }, end: { dateTime: `${d}T18:00:00`, timeZone: 'GMT Standard Time' } }));
  const found = await (await fetch(`${base}/graph/v1.0/me/findMeetingTimes`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'X-Emulator-User': 'tom.hughes@riversideprimary.onmicrosoft.com' },
    body: JSON.stringify({ attendees: [{ type: 'required', emailAddress: { address: TA } }], timeConstraint: { activityDomain: 'work', timeSlots: slots }, meetingDuration: 'PT30M', maxCandidates: 200 })
  })).json();
  const days = new Set(found.meetingTimeSuggestions.map((s) => new Date(`${s.meetingTimeSlot.start.dateTime.slice(0, 19)}Z`).getUTCDay()));
  check('findMeetingTimes for a Mon–Wed TA never suggests Thursday or Friday', found.meetingTimeSuggestions.length > 0 && !days.has(4) && !days.has(5));
} finally {
  server.kill();
}
console.log(`emulator-smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
