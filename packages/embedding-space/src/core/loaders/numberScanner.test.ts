import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberScanner } from './numberScanner.js';

const scan = (text: string, start = 0) => {
  const scanner = new NumberScanner();
  return { value: scanner.scan(text, start), end: scanner.end };
};

describe('NumberScanner', () => {
  it.each([
    ['0', 0],
    ['-1', -1],
    ['+2.5', 2.5],
    ['.5', 0.5],
    ['3.', 3],
    ['1e-5', 1e-5],
    ['-2E+3', -2000],
    ['0.41800', 0.418],
    ['123456789012345678901234567890', 1.2345678901234568e29],
    ['1e400', Infinity],
    ['-0', -0],
  ])('reads %s', (text, expected) => {
    const { value, end } = scan(text);
    expect(Object.is(value, expected)).toBe(true);
    expect(end).toBe(text.length);
  });

  it.each(['', '-', '.', 'abc', 'NaN', 'inf', 'e5'])('finds no number in %j', (text) => {
    expect(scan(text).value).toBeNaN();
  });

  it('stops at the first character that cannot continue a number', () => {
    expect(scan('12\t3')).toEqual({ value: 12, end: 2 });
    expect(scan('7e\n')).toEqual({ value: 7, end: 1 });
    expect(scan('x 1.5 y', 2)).toEqual({ value: 1.5, end: 5 });
  });

  it('agrees with parseFloat on every double it prints (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        expect(Object.is(scan(text).value, parseFloat(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with parseFloat on fixed-point and exponent notation (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 12 }), (x, digits) => {
        for (const text of [x.toFixed(digits), x.toExponential(digits)]) {
          expect(scan(text).value).toBe(parseFloat(text));
        }
      }),
    );
  });
});
