// `npm run bench`: runs every bench/*.bench.mjs. Each compares tensorscope side by side with the
// library a user would otherwise pick, in one run, and returns rows
// { name, backend, ours_ms, peer, peer_ms, ratio, … } (ratio = peer_ms / ours_ms: above 1 means
// tensorscope is faster). All rows are printed and written to bench/results.json.
// Speed is measured here, never asserted in tests. `BENCH_FILTER=tensor-core` runs matching files.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const filter = process.env.BENCH_FILTER ?? '';
const benches = (await readdir(dir)).filter((file) => file.endsWith('.bench.mjs') && file.includes(filter)).sort();
if (benches.length === 0) {
  console.log('No benchmarks matched: nothing was measured and bench/results.json was not written.');
  process.exit(0);
}
const results = [];
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const { default: run } = await import(pathToFileURL(path.join(dir, file)).href);
  const rows = (await run()).map((row) => ({ bench: file.replace('.bench.mjs', ''), ...row }));
  console.table(
    rows.map(({ name, backend, ours_ms, peer_ms, ratio, target_ms }) => ({
      name,
      backend,
      ours_ms,
      peer_ms,
      ratio,
      target_ms,
    })),
  );
  for (const row of rows) if (row.note) console.log(`  ${row.backend} · ${row.name}: ${row.note}`);
  results.push(...rows);
}
// Rows of benches that did not run this time (BENCH_FILTER) are kept from the previous results.
const ran = new Set(benches.map((file) => file.replace('.bench.mjs', '')));
const previous = await readFile(path.join(dir, 'results.json'), 'utf8')
  .then((text) => JSON.parse(text))
  .catch(() => []);
const kept = Array.isArray(previous) ? previous.filter((row) => !ran.has(row.bench)) : [];
await writeFile(path.join(dir, 'results.json'), `${JSON.stringify([...kept, ...results], null, 2)}\n`);
console.log(
  `\nWrote bench/results.json (${results.length} rows, ${new Date().toISOString()}, Node ${process.version})`,
);
