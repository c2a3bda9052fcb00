import { describe, expect, it } from 'vitest';
import { SCALING_LAWS } from '../data/scalingLaws.js';
import { scalingLawCurves } from './lawCurves.js';
import { predictLoss } from './scalingLaws.js';

describe('scalingLawCurves', () => {
  it('on the compute axis, the frontier is the lower envelope of the fixed-size curves', () => {
    for (const law of Object.values(SCALING_LAWS)) {
      const curves = scalingLawCurves(law, 'compute');
      const frontier = new Map(curves.frontier.map(([c, l]) => [c, l]));
      for (const family of curves.families) {
        for (const [c, l] of family.points) expect(l).toBeGreaterThanOrEqual(frontier.get(c)! - 1e-9);
      }
      // The 20:1 heuristic is never better than the optimum either.
      curves.heuristic.forEach(([c, l]) => expect(l).toBeGreaterThanOrEqual(frontier.get(c)! - 1e-9));
    }
  });

  it('samples every axis within its domain with finite losses', () => {
    for (const axis of ['compute', 'parameters', 'tokens'] as const) {
      const curves = scalingLawCurves(SCALING_LAWS.chinchilla, axis);
      expect(curves.frontier.length).toBeGreaterThan(10);
      for (const [x, l] of [...curves.frontier, ...curves.families.flatMap((f) => f.points)]) {
        expect(x).toBeGreaterThanOrEqual(curves.domain[0] * (1 - 1e-9));
        expect(x).toBeLessThanOrEqual(curves.domain[1] * (1 + 1e-9));
        expect(Number.isFinite(l)).toBe(true);
      }
    }
    const byTokens = scalingLawCurves(SCALING_LAWS.epoch, 'parameters');
    const [n, l] = byTokens.families[0]!.points[0]!;
    expect(l).toBeCloseTo(predictLoss(SCALING_LAWS.epoch, n, 1e10), 12);
  });
});
