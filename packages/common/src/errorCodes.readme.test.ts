// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { SHARED_ERROR_CODES } from './errors.js';

// The README's "Error codes" table is the user's reference: every shared code must be in it.
it('the README lists every shared error code', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const section = readme.slice(readme.indexOf('## Error codes'));
  const listed = new Set([...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]));
  expect(SHARED_ERROR_CODES.filter((code) => !listed.has(code))).toEqual([]);
});
