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

it('is at most 50 KB gzipped (without react and visx)', () => {
  console.log(`scaling-chart dist: ${files.length} files, ${(size / 1024).toFixed(1)} KB gzip`);
  expect(size).toBeLessThanOrEqual(50 * 1024);
});
