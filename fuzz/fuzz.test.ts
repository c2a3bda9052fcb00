// The fuzz suite (issue "Hardening"): for every published package, every export of every entry
// point is fuzzed with hostile input (see harness.ts). An export with no entry in its package's
// table (`tables/<package folder>.ts`) fails, so nothing new can skip it.
//
//   npm run test:fuzz                 must find only typed errors and clean results
//   FUZZ_REPORT=1 npm run test:fuzz   never fails; prints the counts of every outcome
//   FUZZ_RUNS=500 FUZZ_SEED=7 …       more runs, another seed
/// <reference types="vite/client" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module of the repository's scripts
import { exportNames, publishedPackages } from '../scripts/workspace.mjs';
import { OUTCOMES, fuzzExport, type FuzzEntry, type FuzzTable, type Outcome, type PackageFuzz } from './harness.js';

/** Entry points that are not separate code: metadata, the same code bundled, a define-on-import side effect. */
const NOT_CODE: Record<string, string> = {
  './package.json': 'metadata',
  './browser': 'the same modules bundled for plain pages',
  './define': 'calls defineTensorscopeElements() on import (fuzzed there)',
};

const REPORT = process.env.FUZZ_REPORT === '1';
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const SEED = Number(process.env.FUZZ_SEED ?? 1);

const tableModules = import.meta.glob<{ default: PackageFuzz }>('./tables/*.ts', { eager: true });
const totals: Record<string, Record<Outcome, number>> = {};

const seedOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

type Pkg = { name: string; folder: string; manifest: Record<string, unknown> };
for (const pkg of publishedPackages() as Pkg[]) {
  const folder = pkg.folder.split('/').pop() as string;
  const fuzz = tableModules[`./tables/${folder}.ts`]?.default;
  describe(pkg.name, () => {
    // A subpath pattern (`./checkpoints/*.tsgpt`) names data files, not a module to import.
    const entries = (exportNames(pkg) as string[]).filter((entry) => !(entry in NOT_CODE) && !entry.includes('*'));
    let context: unknown;
    const modules = new Map<string, Record<string, unknown>>();
    const byIdentity = new Map<unknown, FuzzEntry>();
    beforeAll(async () => {
      for (const entry of entries) {
        modules.set(entry, await import(/* @vite-ignore */ entry === '.' ? pkg.name : `${pkg.name}${entry.slice(1)}`));
      }
      for (const [entry, table] of Object.entries(fuzz?.tables ?? {}) as [string, FuzzTable][]) {
        const module = modules.get(entry);
        if (!module) throw new Error(`${pkg.name}: the fuzz table names entry "${entry}", which it does not export`);
        for (const [name, spec] of Object.entries(table)) {
          if (!(name in module))
            throw new Error(`${pkg.name}${entry.slice(1)}: the fuzz table names "${name}", which is not exported`);
          byIdentity.set(module[name], spec);
        }
      }
      context = await fuzz?.setup?.();
    }, 120_000);
    afterAll(async () => {
      await fuzz?.teardown?.(context);
    });

    for (const entry of entries) {
      it(`${entry}: every export is fuzzed, and answers hostile input with a typed error or a clean result`, async () => {
        const module = modules.get(entry) as Record<string, unknown>;
        const problems: string[] = [];
        const open: string[] = [];
        const counts = (totals[pkg.name] ??= Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<
          Outcome,
          number
        >);
        for (const [name, value] of Object.entries(module)) {
          const where = `${pkg.name}${entry === '.' ? '' : entry.slice(1)} ${name}`;
          if (typeof value !== 'function') continue; // constants: data, nothing to call
          const spec = byIdentity.get(value);
          if (!spec) {
            problems.push(`${where}: no fuzz entry in fuzz/tables/${folder}.ts`);
            continue;
          }
          if (spec.exempt || spec.kind === 'data') continue;
          // The same function exported from two entries is fuzzed once.
          if ((spec as { done?: boolean }).done) continue;
          (spec as { done?: boolean }).done = true;
          const { counts: found, examples } = await fuzzExport(
            { ...spec, ...(RUNS ? { runs: RUNS } : {}) },
            value,
            context,
            seedOf(where),
          );
          for (const outcome of OUTCOMES) counts[outcome] += found[outcome];
          const found_problems = Object.entries(examples).map(
            ([outcome, example]) => `${where}: ${outcome} ×${found[outcome as Outcome]}, e.g. ${example}`,
          );
          if (spec.open) {
            open.push(...found_problems.map((problem) => `${problem} (open: ${spec.open})`));
            if (found_problems.length === 0) problems.push(`${where}: now clean — remove its \`open\` mark`);
          } else problems.push(...found_problems);
        }
        if (open.length) console.log(`Known open problems (not failing):\n${open.join('\n')}`);
        if (problems.length) console.log(problems.join('\n'));
        if (!REPORT) expect(problems).toEqual([]);
      }, 600_000);
    }
  });
}

afterAll(() => {
  const rows = Object.entries(totals).map(
    ([name, c]) => `${name.padEnd(34)} ${OUTCOMES.map((o) => `${o} ${c[o]}`).join('  ')}`,
  );
  const sum = Object.fromEntries(OUTCOMES.map((o) => [o, Object.values(totals).reduce((s, c) => s + c[o], 0)]));
  console.log(
    `\nFuzz outcomes (calls):\n${rows.join('\n')}\n${'all'.padEnd(34)} ${OUTCOMES.map((o) => `${o} ${sum[o]}`).join('  ')}`,
  );
  mkdirSync('fuzz/.results', { recursive: true });
  writeFileSync('fuzz/.results/outcomes.json', JSON.stringify({ totals, sum }, null, 2));
});
