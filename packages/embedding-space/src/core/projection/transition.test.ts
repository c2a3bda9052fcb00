import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTransition, easeInOutCubic, prefersReducedMotion } from './transition.js';

describe('createTransition', () => {
  const from = new Float32Array([0, 0, 0, 10, 10, 10]);
  const to = new Float32Array([1, 2, 3, 20, 30, 40]);

  it('eases from one layout to the other in one reused buffer', () => {
    const t = createTransition(from, to, 3, 3, 1000, false);
    const start = t.at(0);
    expect(Array.from(start)).toEqual([0, 0, 0, 10, 10, 10]);
    const middle = t.at(500);
    expect(middle).toBe(start);
    expect(Array.from(middle)).toEqual([0.5, 1, 1.5, 15, 20, 25]);
    // Cubic in-out: slow at the start (a quarter of the time covers 1/16 of the way).
    expect(t.at(250)[3]).toBeCloseTo(10 + 10 * 0.0625, 5);
    expect(t.done(999)).toBe(false);
    expect(Array.from(t.at(1000))).toEqual(Array.from(to));
    expect(Array.from(t.at(5000))).toEqual(Array.from(to));
    expect(t.done(1000)).toBe(true);
  });

  it('lifts a 2D layout into 3D from z = 0 and flattens back', () => {
    const flat = new Float32Array([4, 4, -2, 6]);
    const up = createTransition(flat, to, 2, 3, 100, false);
    expect(Array.from(up.at(0))).toEqual([4, 4, 0, -2, 6, 0]);
    expect(Array.from(up.at(100))).toEqual([1, 2, 3, 20, 30, 40]);
    const down = createTransition(to, flat, 3, 2, 100, false);
    expect(Array.from(down.at(100))).toEqual([4, 4, 0, -2, 6, 0]);
    expect(down.at(50)[2]).toBeCloseTo(1.5, 5);
  });

  it('jumps straight to the target under reduced motion', () => {
    const t = createTransition(from, to, 3, 3, 1000, true);
    expect(Array.from(t.at(0))).toEqual(Array.from(to));
    expect(t.done(0)).toBe(true);
  });

  it('rejects layouts of different point counts', () => {
    expect(() => createTransition(from, new Float32Array(3), 3, 3, 10, false)).toThrow(/must match/);
  });

  it('easeInOutCubic is 0, ½ and 1 at the ends and middle, clamped outside', () => {
    expect([easeInOutCubic(-1), easeInOutCubic(0), easeInOutCubic(0.5), easeInOutCubic(1), easeInOutCubic(2)]).toEqual([
      0, 0, 0.5, 1, 1,
    ]);
  });
});

describe('prefersReducedMotion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the media query', () => {
    const matchMedia = vi.fn((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }));
    vi.stubGlobal('matchMedia', matchMedia);
    expect(prefersReducedMotion()).toBe(true);
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });

  it('is false without window (SSR)', () => {
    vi.stubGlobal('window', undefined);
    expect(prefersReducedMotion()).toBe(false);
  });
});
