import { afterEach, describe, expect, it, vi } from 'vitest';
import { TensorscopeError, isTensorscopeError } from './errors.js';
import {
  TensorscopeArgumentError,
  checkArray,
  checkBoolean,
  checkBytes,
  checkFiniteNumbers,
  checkFunction,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkOptions,
  checkSize,
  checkString,
  checkStringArray,
  describeValue,
  warnOnce,
} from './validate.js';

/** Runs `run` and returns what it threw (failing the test when it returns). */
function thrown(run: () => unknown): TensorscopeError<string> {
  try {
    run();
  } catch (error) {
    expect(isTensorscopeError(error)).toBe(true);
    return error as TensorscopeError<string>;
  }
  throw new Error('expected a throw');
}

afterEach(() => vi.restoreAllMocks());

describe('TensorscopeArgumentError', () => {
  it('is a TensorscopeError INVALID_ARGUMENT naming the argument, the expectation and the value', () => {
    const error = new TensorscopeArgumentError('options.width', 'a finite number', Number.NaN);
    expect(error).toBeInstanceOf(TensorscopeError);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe('options.width must be a finite number; received NaN.');
    expect(error.details).toEqual({ argument: 'options.width', expected: 'a finite number', received: 'NaN' });
  });

  it('survives argument names that String() cannot convert (regression: symbol → TypeError)', () => {
    const error = new TensorscopeArgumentError(Symbol('x') as never, Object.create(null), 1);
    expect(error.argument).toBe('a symbol');
    expect(error.expected).toBe('an empty object');
  });
});

describe('describeValue', () => {
  it('describes every kind of value in short English', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(2.5)).toBe('2.5');
    expect(describeValue('abc')).toBe('a string ("abc")');
    expect(describeValue('x'.repeat(50))).toBe(`a string ("${'x'.repeat(40)}…")`);
    expect(describeValue(true)).toBe('true');
    expect(describeValue(10n)).toBe('10');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
    expect(describeValue(new Float32Array(4))).toBe('a Float32Array of 4');
    expect(describeValue(new ArrayBuffer(8))).toBe('an ArrayBuffer of 8 bytes');
    expect(describeValue(new Map())).toBe('a Map');
    expect(describeValue({})).toBe('an empty object');
    expect(describeValue(Object.create(null))).toBe('an empty object');
    expect(describeValue({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })).toBe('an object with keys a, b, c, d, e, …');
  });
});

describe('checkers', () => {
  it('checkObject takes plain objects and refuses null, arrays and typed arrays', () => {
    const value = { a: 1 };
    expect(checkObject(value, 'x')).toBe(value);
    for (const bad of [null, undefined, [], new Uint8Array(1), 'a', 1]) {
      expect(thrown(() => checkObject(bad, 'x')).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('checkOptions turns undefined into {} and refuses null', () => {
    expect(checkOptions(undefined)).toEqual({});
    expect(thrown(() => checkOptions(null as never)).message).toBe('options must be an object; received null.');
  });

  it('checkNumber and checkInteger refuse NaN, ±Infinity, non-numbers and values out of range', () => {
    expect(checkNumber(1.5, 'n')).toBe(1.5);
    expect(checkNumber(3, 'n', { min: 0, max: 3 })).toBe(3);
    for (const bad of [Number.NaN, Infinity, -Infinity, '1', null])
      expect(thrown(() => checkNumber(bad, 'n')).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => checkNumber(4, 'n', { min: 0, max: 3 })).message).toBe(
      'n must be a finite number from 0 to 3; received 4.',
    );
    expect(thrown(() => checkNumber(-1, 'n', { min: 0 })).message).toContain('≥ 0');
    expect(checkInteger(2, 'i', { max: 2 })).toBe(2);
    expect(thrown(() => checkInteger(1.5, 'i')).message).toBe('i must be an integer; received 1.5.');
  });

  it('refuses a broken rule with a typed error (regression: null rule → TypeError)', () => {
    expect(thrown(() => checkNumber(1, 'n', null as never)).message).toBe('rule must be an object; received null.');
    expect(thrown(() => checkNumber(1, 'n', { min: 'a' as never })).message).toContain('rule.min must be a number');
    expect(thrown(() => checkArray([], 'a', 5 as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('checkString checks type, emptiness and length', () => {
    expect(checkString('', 's')).toBe('');
    expect(thrown(() => checkString('', 's', { nonEmpty: true })).message).toContain('a non-empty string');
    expect(thrown(() => checkString('abc', 's', { maxLength: 2 })).message).toContain('at most 2 characters');
    expect(thrown(() => checkString(1, 's')).code).toBe('INVALID_ARGUMENT');
  });

  it('checkBoolean takes only true and false', () => {
    expect(checkBoolean(false, 'b')).toBe(false);
    expect(thrown(() => checkBoolean('true', 'b')).message).toBe(
      'b must be true or false; received a string ("true").',
    );
  });

  it('checkOneOf names the allowed values, and refuses a broken list', () => {
    expect(checkOneOf('dark', 'theme', ['light', 'dark'])).toBe('dark');
    expect(thrown(() => checkOneOf('x', 'theme', ['light', 'dark'])).message).toBe(
      'theme must be one of light, dark; received a string ("x").',
    );
    expect(thrown(() => checkOneOf('x', 'theme', null as never)).message).toContain('allowed must be an array');
  });

  it('checkArray refuses non-arrays, and too long ones with TOO_LARGE', () => {
    expect(checkArray([1], 'a')).toEqual([1]);
    expect(thrown(() => checkArray({ length: 1 }, 'a')).code).toBe('INVALID_ARGUMENT');
    const tooLong = thrown(() => checkArray([1, 2, 3], 'a', { maxLength: 2 }));
    expect(tooLong.code).toBe('TOO_LARGE');
    expect(tooLong.details).toEqual({ argument: 'a', length: 3, max: 2 });
  });

  it('checkStringArray names the first item that is not a string', () => {
    expect(checkStringArray(['a', 'b'], 'labels')).toEqual(['a', 'b']);
    expect(thrown(() => checkStringArray(['a', 2], 'labels')).message).toBe('labels[1] must be a string; received 2.');
  });

  it('checkFiniteNumbers takes arrays and typed arrays, naming the first non-finite index', () => {
    const values = new Float32Array([1, 2]);
    expect(checkFiniteNumbers(values, 'v')).toBe(values);
    expect(thrown(() => checkFiniteNumbers([1, Number.NaN], 'v')).message).toBe(
      'v[1] must be a finite number; received NaN.',
    );
    expect(thrown(() => checkFiniteNumbers(new Float64Array([Infinity]), 'v')).message).toContain('v[0]');
    expect(thrown(() => checkFiniteNumbers(new DataView(new ArrayBuffer(4)), 'v')).code).toBe('INVALID_ARGUMENT');
  });

  it('checkFunction and checkBytes', () => {
    const f = () => 1;
    expect(checkFunction(f, 'f')).toBe(f);
    expect(thrown(() => checkFunction({}, 'f')).code).toBe('INVALID_ARGUMENT');
    const bytes = new Uint8Array([1]);
    expect(checkBytes(bytes, 'b')).toBe(bytes);
    expect(checkBytes(new ArrayBuffer(2), 'b')).toEqual(new Uint8Array(2));
    expect(thrown(() => checkBytes([1, 2], 'b')).message).toContain('a Uint8Array or an ArrayBuffer');
  });
});

describe('checkSize', () => {
  it('passes a whole count within the limit that matches the data', () => {
    expect(checkSize(6, 'shape', { max: 10, available: 6 })).toBe(6);
    expect(checkSize(0, 'shape', { max: 10 })).toBe(0);
  });

  it('refuses a declared size over the limit BEFORE any allocation (TOO_LARGE)', () => {
    const error = thrown(() => checkSize(2 ** 31 * 2 ** 31, 'shape', { max: 1e8 }));
    expect(error.code).toBe('INVALID_ARGUMENT'); // 2^62 is not a safe integer
    const large = thrown(() => checkSize(2 ** 40, 'shape', { max: 1e8 }));
    expect(large.code).toBe('TOO_LARGE');
    expect(large.details).toEqual({ argument: 'shape', count: 2 ** 40, max: 1e8 });
  });

  it('refuses a declared size that differs from the data (LENGTH_MISMATCH) and negative or fractional counts', () => {
    const mismatch = thrown(() => checkSize(6, 'shape', { max: 10, available: 4 }));
    expect(mismatch.code).toBe('LENGTH_MISMATCH');
    expect(mismatch.message).toBe('shape declares 6 elements but 4 are given.');
    expect(thrown(() => checkSize(-1, 'shape', { max: 10 })).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => checkSize(1.5, 'shape', { max: 10 })).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => checkSize(Number.NaN, 'shape', { max: 10 })).code).toBe('INVALID_ARGUMENT');
  });

  it('refuses a rule without a numeric max', () => {
    expect(thrown(() => checkSize(1, 'shape', {} as never)).message).toContain('rule.max must be a number');
  });
});

describe('warnOnce', () => {
  it('warns once per key, prefixed with [tensorscope]', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const key = `test-${Math.random()}`;
    warnOnce(key, 'first');
    warnOnce(key, 'second');
    warnOnce(`${key}-other`, 'third');
    expect(warn.mock.calls).toEqual([['[tensorscope] first'], ['[tensorscope] third']]);
  });

  it('accepts keys and messages that are not strings without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => warnOnce(Symbol('k') as never, Object.create(null))).not.toThrow();
    expect(warn).toHaveBeenCalledWith('[tensorscope] an empty object');
  });
});
