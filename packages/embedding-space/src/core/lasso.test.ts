import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsInPolygon, pointsInRect } from './lasso.js';

describe('pointsInPolygon', () => {
  const square: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];

  it('selects points inside a simple polygon, skipping hidden ones', () => {
    const points = new Float32Array([5, 5, 15, 5, 1, 9, NaN, NaN, -1, 5]);
    expect(Array.from(pointsInPolygon(points, square))).toEqual([0, 2]);
  });

  it('handles a concave outline', () => {
    const u: [number, number][] = [
      [0, 0],
      [9, 0],
      [9, 9],
      [6, 9],
      [6, 3],
      [3, 3],
      [3, 9],
      [0, 9],
    ];
    const points = new Float32Array([1, 5, 4.5, 5, 7.5, 5, 4.5, 1]);
    expect(Array.from(pointsInPolygon(points, u))).toEqual([0, 2, 3]);
  });

  it('uses the even–odd rule for a self-crossing lasso', () => {
    // A pentagram: the centre pentagon is circled twice, so it is out; the tips are in.
    const star: [number, number][] = [0, 2, 4, 1, 3].map((k) => {
      const angle = (k * 2 * Math.PI) / 5 - Math.PI / 2;
      return [Math.cos(angle) * 10, Math.sin(angle) * 10];
    });
    const points = new Float32Array([0, 0, 0, -8]);
    expect(Array.from(pointsInPolygon(points, star))).toEqual([1]);
  });

  it('selects nothing with fewer than three vertices and rejects odd coordinates', () => {
    expect(
      pointsInPolygon(new Float32Array([0, 0]), [
        [0, 0],
        [1, 1],
      ]).length,
    ).toBe(0);
    expect(() => pointsInPolygon(new Float32Array(3), square)).toThrow(/x, y pairs/);
  });

  it('agrees with pointsInRect for axis-aligned rectangles (away from the edges)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), { maxLength: 50 }),
        fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })),
        fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })),
        (pairs, [x0, y0], [w, h]) => {
          // Integer points, rectangle corners at .5 so no point lies on an edge.
          const points = new Float32Array(pairs.flat());
          const a: [number, number] = [x0 + 0.5, y0 + 0.5];
          const b: [number, number] = [x0 + w + 0.5, y0 + h + 0.5];
          const polygon: [number, number][] = [a, [b[0], a[1]], b, [a[0], b[1]]];
          expect(Array.from(pointsInPolygon(points, polygon))).toEqual(Array.from(pointsInRect(points, a, b)));
        },
      ),
    );
  });
});

describe('pointsInRect', () => {
  it('takes corners in any order and includes the edges', () => {
    const points = new Float32Array([0, 0, 5, 5, 10, 10, 11, 5, NaN, 1]);
    expect(Array.from(pointsInRect(points, [10, 10], [0, 0]))).toEqual([0, 1, 2]);
  });

  it('matches a brute-force check', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.float({ min: -100, max: 100 }), fc.float({ min: -100, max: 100 }))),
        fc.tuple(fc.float({ min: -100, max: 100, noNaN: true }), fc.float({ min: -100, max: 100, noNaN: true })),
        fc.tuple(fc.float({ min: -100, max: 100, noNaN: true }), fc.float({ min: -100, max: 100, noNaN: true })),
        (pairs, a, b) => {
          const points = new Float32Array(pairs.flat());
          const expected = pairs.flatMap(([x, y], i) =>
            x >= Math.min(a[0], b[0]) &&
            x <= Math.max(a[0], b[0]) &&
            y >= Math.min(a[1], b[1]) &&
            y <= Math.max(a[1], b[1])
              ? [i]
              : [],
          );
          expect(Array.from(pointsInRect(points, a, b))).toEqual(expected);
        },
      ),
    );
  });
});
