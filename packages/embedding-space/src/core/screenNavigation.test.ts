import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestToPoint } from './screenNavigation.js';

describe('nearestInDirection', () => {
  // 0: start, 1: right, 2: below (a little right), 3: above, 4: left, 5: hidden, 6: right but off-axis
  const points = new Float32Array([50, 50, 70, 50, 58, 60, 50, 20, 30, 50, NaN, NaN, 62, 56]);

  it('moves along the arrow, preferring points straight ahead', () => {
    // 6 is closer (≈13.4) but 6 px off-axis; 1 is straight ahead at 20.
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    expect(nearestInDirection(points, 0, 'left')).toBe(4);
    expect(nearestInDirection(points, 0, 'up')).toBe(3); // screen y grows downwards
    expect(nearestInDirection(points, 0, 'down')).toBe(2); // 38.7° off straight down: inside ±45°
  });

  it('returns null when nothing lies that way or the start is hidden', () => {
    expect(nearestInDirection(points, 1, 'right')).toBeNull();
    expect(nearestInDirection(points, 5, 'left')).toBeNull();
  });

  it('rejects an index out of range', () => {
    expect(() => nearestInDirection(points, 7, 'up')).toThrow(/Point index 7 is out of range: expected 0–6/);
  });

  it('always returns a visible point within ±45° of the direction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom('left' as const, 'right' as const, 'up' as const, 'down' as const),
        (pairs, direction) => {
          const points = new Float32Array(pairs.flat());
          const found = nearestInDirection(points, 0, direction);
          const [ax, ay] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
          const inCone = (i: number) => {
            const dx = (points[i * 2] as number) - (points[0] as number);
            const dy = (points[i * 2 + 1] as number) - (points[1] as number);
            const along = dx * (ax as number) + dy * (ay as number);
            return along > 0 && Math.abs(dx * (ay as number) - dy * (ax as number)) <= along;
          };
          const anyInCone = pairs.some((_, i) => i > 0 && inCone(i));
          if (found === null) expect(anyInCone).toBe(false);
          else expect(found !== 0 && inCone(found)).toBe(true);
        },
      ),
    );
  });
});

describe('nearestToPoint', () => {
  const points = new Float32Array([0, 0, 10, 0, NaN, NaN, 10, 0]);

  it('finds the nearest visible point, ties to the lower index', () => {
    expect(nearestToPoint(points, 8, 1)).toBe(1);
    expect(nearestToPoint(points, -3, 0)).toBe(0);
  });

  it('respects a maximum distance and empty input', () => {
    expect(nearestToPoint(points, 5, 20, 10)).toBeNull();
    expect(nearestToPoint(points, 5, 20, 21)).toBe(0);
    expect(nearestToPoint(new Float32Array(0), 0, 0)).toBeNull();
  });
});
