import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitCoordinates, fitToUnitCube, selectKth } from './normalize.js';

describe('fitToUnitCube', () => {
  it('centres on the median and scales all axes by one factor', () => {
    // Two axes: x spans 10..30, y spans 5..7 around their means 20 and 6.
    const coords = new Float32Array([10, 5, 30, 7, 20, 6]);
    const out = fitToUnitCube(coords, 2);
    [-1, -0.1, 1, 0.1, 0, 0].forEach((value, i) => expect(out[i]).toBeCloseTo(value, 6));
    // Pure: the input is untouched.
    expect(Array.from(coords)).toEqual([10, 5, 30, 7, 20, 6]);
  });

  it('keeps one far outlier from squashing the rest', () => {
    const n = 1000;
    const coords = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      coords[i * 2] = Math.cos(i);
      coords[i * 2 + 1] = Math.sin(i);
    }
    coords[0] = 1e6;
    const out = fitToUnitCube(coords, 2);
    let inside = 0;
    for (let i = 1; i < n; i++) if (Math.abs(out[i * 2] as number) <= 1.01) inside++;
    expect(inside).toBeGreaterThan(0.98 * (n - 1));
    // The bulk still spans most of the cube (a max-based scale would shrink it to ~1e-6).
    const spread = Math.max(...Array.from(out.subarray(2), Math.abs));
    expect(spread).toBeGreaterThan(0.9);
    expect(out[0] as number).toBeGreaterThan(1000);
    // …and centred: the outlier does not drag the bulk to one side.
    let sum = 0;
    for (let i = 1; i < n; i++) sum += out[i * 2] as number;
    expect(Math.abs(sum / (n - 1))).toBeLessThan(0.05);
  });

  it('leaves a single point or identical points at the origin; the layouts’ own fit ignores NaN', () => {
    expect(Array.from(fitToUnitCube(new Float32Array([3, 4, 5]), 3))).toEqual([0, 0, 0]);
    expect(Array.from(fitToUnitCube(new Float32Array([2, 2, 2, 2]), 2))).toEqual([0, 0, 0, 0]);
    const out = fitCoordinates(new Float32Array([0, NaN, 2, 1, 4, 3]), 2);
    expect(Array.from(out)).toEqual([-1, NaN, 0, -0.5, 1, 0.5]);
  });

  it('refuses NaN, ±Infinity and arguments of the wrong type, so its result is always finite', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'no error';
    };
    expect(codeOf(() => fitToUnitCube(new Float32Array([0, NaN, 2, 1]), 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => fitToUnitCube(new Float32Array([Infinity, 1]), 1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => fitToUnitCube(null as unknown as Float32Array, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => fitToUnitCube(new Float32Array(4), 1.5))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => fitToUnitCube(new Float32Array(4), 2, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => fitToUnitCube(new Float32Array(5), 2))).toBe('LENGTH_MISMATCH');
    expect(Array.from(fitToUnitCube(new Float32Array(0), 2 ** 31))).toEqual([]);
  });

  it('stays finite when values far apart overflow float32 once centred', () => {
    const out = fitToUnitCube(new Float32Array([3e38, -3e38, 0]), 1);
    expect(Array.from(out).every(Number.isFinite)).toBe(true);
    expect(out[0]).toBeCloseTo(1, 5);
    expect(out[1]).toBeCloseTo(-1, 5);
  });

  it('uses the maximum when almost every value is at the centre', () => {
    const coords = new Float32Array(200);
    coords[0] = 5;
    coords[1] = -5;
    const out = fitToUnitCube(coords, 1);
    expect(Math.max(...Array.from(out))).toBeCloseTo(1, 5);
  });

  it('rejects a length that does not split into rows', () => {
    expect(() => fitToUnitCube(new Float32Array(5), 2)).toThrow(/rows of 2/);
  });
});

describe('selectKth', () => {
  it('finds every order statistic like a sort does, on random data with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (list, at) => {
          const values = new Float32Array(list);
          const k = at % values.length;
          const sorted = Float32Array.from(values).sort();
          expect(selectKth(values, k)).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(values[i]).toBeLessThanOrEqual(values[k]!);
          for (let i = k + 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[k]!);
        },
      ),
    );
  });
});
