import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { TENSOR_CORE_ERROR_CODES, TensorCoreError } from './errors.js';

it('the README lists every error code', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## Error codes'));
  for (const code of TENSOR_CORE_ERROR_CODES) expect(table).toContain(`| \`${code}\``);
});

it('TensorCoreError carries its code and is a TensorscopeError', () => {
  const error = new TensorCoreError('ZERO_VECTOR', 'Row 2 is zero.');
  expect(error).toMatchObject({ name: 'TensorscopeError', code: 'ZERO_VECTOR', message: 'Row 2 is zero.' });
});
