// `npm run bench`: runs every bench/*.bench.mjs, each comparing tensorscope side by side with the
// library a user would otherwise pick, in one run, and printing ratios. Each bench exports
// `default async function run()` returning rows; all rows are written to bench/results.json.
// Speed is measured here, never asserted in tests.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const benches = (await readdir(dir)).filter((file) => file.endsWith('.bench.mjs')).sort();
if (benches.length === 0) {
  console.log('No benchmarks yet: nothing was measured and bench/results.json was not written.');
  process.exit(0);
}
const results = { date: new Date().toISOString(), node: process.version, benches: {} };
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const { default: run } = await import(pathToFileURL(path.join(dir, file)).href);
  const rows = await run();
  console.table(rows);
  results.benches[file] = rows;
}
await writeFile(path.join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
