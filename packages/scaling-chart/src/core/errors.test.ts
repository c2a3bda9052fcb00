// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SCALING_ERROR_CODES, fail } from './errors.js';

it('the README lists every error code', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## Error codes'));
  for (const code of SCALING_ERROR_CODES) expect(table).toContain(`| \`${code}\``);
});

it('fail builds a TensorscopeError with the given code', () => {
  const error = fail('EMPTY_INPUT', 'No rows.');
  expect(error).toMatchObject({ name: 'TensorscopeError', code: 'EMPTY_INPUT', message: 'No rows.' });
});
