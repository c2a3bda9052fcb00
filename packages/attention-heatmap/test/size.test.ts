// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDist } from '../../../scripts/dist-contents.mjs';

// The built package (run `npm run build` first; turbo's `test` task does). Budget from issue 4:
// at most 60 KB gzip without its peers, and never tfjs or three.js.
const {
  files,
  code,
  imports,
  gzipBytes: size,
} = readDist(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

it('imports neither tfjs, tensor-core nor three', () => {
  expect(files.length).toBeGreaterThan(10);
  expect(imports.length).toBeGreaterThan(0);
  for (const specifier of imports) {
    expect(specifier).not.toMatch(/tfjs|^three($|\/)|@react-three|@tensorscope\/tensor-core/);
  }
  for (const c of code) expect(c).not.toMatch(/['"](?:@tensorflow\/[^'"]*|three)['"]/);
});

it('is at most 60 KB gzipped (without react, visx and @tensorscope/common)', () => {
  console.log(`attention-heatmap dist: ${files.length} files, ${(size / 1024).toFixed(1)} KB gzip`);
  expect(size).toBeLessThanOrEqual(60 * 1024);
});
