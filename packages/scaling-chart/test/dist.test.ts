// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDist } from '../../../scripts/dist-contents.mjs';

const {
  files,
  code,
  imports,
  gzipBytes: size,
} = readDist(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

it('imports neither tfjs nor three', () => {
  expect(files.length).toBeGreaterThan(10);
  expect(imports.length).toBeGreaterThan(0);
  for (const specifier of imports) {
    expect(specifier).not.toMatch(/tfjs|^three($|\/)|@react-three|@tensorscope\/tensor-core/);
  }
  for (const c of code) expect(c).not.toMatch(/['"](?:@tensorflow\/[^'"]*|three)['"]/);
});

// Every chart and both calculators together (a page loads only the ones it imports): 48 KB before the
// on-device calculator, whose sourced tables (39 published runs, 11 devices, 8 models, with notes) add ~18 KB.
it('is at most 72 KB gzipped (without react and visx)', () => {
  console.log(`scaling-chart dist: ${files.length} files, ${(size / 1024).toFixed(1)} KB gzip`);
  expect(size).toBeLessThanOrEqual(72 * 1024);
});
