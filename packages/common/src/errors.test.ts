import { describe, expect, it } from 'vitest';
import {
  errorFactory,
  isTensorscopeError,
  SHARED_ERROR_CODES,
  TensorscopeError,
  toTensorscopeError,
} from './errors.js';

describe('TensorscopeError', () => {
  it('carries a code, a message, details and a cause', () => {
    const cause = new RangeError('inner');
    const error = new TensorscopeError('INVALID_SHAPE', 'bad shape', { details: { row: 2 }, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TensorscopeError');
    expect(error.code).toBe('INVALID_SHAPE');
    expect(error.details).toEqual({ row: 2 });
    expect(error.cause).toBe(cause);
  });

  it('is recognised across copies of the package by name and code', () => {
    const foreign = Object.assign(new Error('x'), { name: 'TensorscopeError', code: 'EMPTY_INPUT' });
    expect(isTensorscopeError(foreign)).toBe(true);
    expect(isTensorscopeError(new Error('x'))).toBe(false);
    expect(isTensorscopeError('TensorscopeError')).toBe(false);
  });

  it('wraps unknown throwables, keeping the original as the cause', () => {
    const wrapped = toTensorscopeError('boom', 'RENDER_FAILED');
    expect(wrapped.code).toBe('RENDER_FAILED');
    expect(wrapped.message).toBe('boom');
    const original = new TensorscopeError('EMPTY_INPUT', 'none');
    expect(toTensorscopeError(original)).toBe(original);
  });
});

describe('closed error codes', () => {
  it('builds errors of a package union through errorFactory', () => {
    const fail = errorFactory<'INVALID_VALUE' | 'BAD_HEAD'>();
    const error = fail('BAD_HEAD', 'Head 13 does not exist.');
    expect(error).toBeInstanceOf(TensorscopeError);
    expect(error.code).toBe('BAD_HEAD');
    // @ts-expect-error a code outside the union does not compile
    fail('BAD_HAED', 'typo');
    // @ts-expect-error the shared union is closed too
    new TensorscopeError('NOT_A_CODE', 'typo');
    expect(SHARED_ERROR_CODES).toContain('TOO_LARGE');
  });
});

it('the README lists every shared error code', async () => {
  const { readFileSync } = await import('node:fs');
  // Tests run from the package folder (turbo, npm -w and npx vitest alike).
  const readme = readFileSync('README.md', 'utf8');
  for (const code of SHARED_ERROR_CODES) expect(readme).toContain(`| \`${code}\``);
});
