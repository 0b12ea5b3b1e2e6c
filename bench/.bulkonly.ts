import { bulk } from '/work/wt-bulk/bench/bulk.bench';
const smoke = process.argv.includes('--smoke');
bulk.run({ smoke }).then((f) => { for (const [n, v] of f) console.log(`${n}: ${v}`); }, (e) => { console.error(e); process.exitCode = 1; });
