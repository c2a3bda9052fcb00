// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

// The built package (run `npm run build` first; turbo's `test` task does). Budget from issue 4:
// at most 60 KB gzip without its peers, and never tfjs or three.js.
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
const code = files.map((f) => readFileSync(path.join(dist, f), 'utf8'));

it('imports neither tfjs, tensor-core nor three', () => {
  expect(files.length).toBeGreaterThan(10);
  const imports = code.flatMap((c) =>
    [...c.matchAll(/(?:from\s*|import\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!),
  );
  expect(imports.length).toBeGreaterThan(0);
  for (const specifier of imports) {
    expect(specifier).not.toMatch(/tfjs|^three($|\/)|@react-three|@tensorscope\/tensor-core/);
  }
  for (const c of code) expect(c).not.toMatch(/['"](?:@tensorflow\/[^'"]*|three)['"]/);
});

it('is at most 60 KB gzipped (without react, visx and @tensorscope/common)', () => {
  const size = gzipSync(code.join('\n')).length;
  console.log(`attention-heatmap dist: ${files.length} files, ${(size / 1024).toFixed(1)} KB gzip`);
  expect(size).toBeLessThanOrEqual(60 * 1024);
});
