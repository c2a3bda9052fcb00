import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, placeLabels, type LabelCandidate } from './labelLayout.js';

const box = (index: number, x: number, y: number, priority: number, width = 10, height = 4): LabelCandidate => ({
  index,
  x,
  y,
  priority,
  width,
  height,
});
const viewport = { width: 100, height: 50 };

describe('placeLabels', () => {
  it('keeps the higher-priority of two overlapping labels', () => {
    expect(placeLabels([box(1, 0, 0, 1), box(2, 5, 2, 3), box(3, 30, 30, 2)], viewport)).toEqual([2, 3]);
  });

  it('allows touching edges but not overlap', () => {
    expect(placeLabels([box(1, 0, 0, 1), box(2, 10, 0, 1), box(3, 0, 4, 1)], viewport)).toEqual([1, 2, 3]);
    expect(placeLabels([box(1, 0, 0, 1), box(2, 9.9, 0, 1)], viewport)).toEqual([1]);
  });

  it('drops labels not wholly inside the viewport or with bad geometry', () => {
    const candidates = [
      box(1, -1, 0, 9),
      box(2, 95, 0, 9),
      box(3, 0, 47, 9),
      box(4, NaN, 0, 9),
      box(5, 0, 0, 9, 0),
      box(6, 20, 20, 1),
    ];
    expect(placeLabels(candidates, viewport)).toEqual([6]);
  });

  it('stops at max and keeps input order for equal priorities', () => {
    const row = Array.from({ length: 8 }, (_, i) => box(i, i * 12, 0, 1));
    expect(placeLabels(row, viewport, { max: 3 })).toEqual([0, 1, 2]);
    expect(placeLabels(row, viewport, { max: 0 })).toEqual([]);
  });

  it('handles a label much wider than the others', () => {
    const candidates = [
      box(0, 0, 10, 5, 90, 4),
      ...Array.from({ length: 9 }, (_, i) => box(i + 1, i * 10, 11, 1, 2, 2)),
    ];
    expect(placeLabels(candidates, viewport)).toEqual([0]);
  });

  it('never places two overlapping labels, and keeps every label that does not collide with a better one', () => {
    const candidate = fc.record({
      x: fc.integer({ min: -10, max: 200 }),
      y: fc.integer({ min: -10, max: 100 }),
      priority: fc.integer({ min: 0, max: 5 }),
      width: fc.integer({ min: 1, max: 60 }),
      height: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (raw) => {
        const candidates = raw.map((c, index) => ({ ...c, index }));
        const view = { width: 200, height: 100 };
        const placed = placeLabels(candidates, view).map((i) => candidates[i] as LabelCandidate);
        const overlaps = (a: LabelCandidate, b: LabelCandidate) =>
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i] as LabelCandidate;
          expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 200 && a.y + a.height <= 100).toBe(true);
          for (let j = 0; j < i; j++) expect(overlaps(a, placed[j] as LabelCandidate)).toBe(false);
        }
        // Greedy and maximal: any inside label left out collides with a placed one.
        for (const c of candidates) {
          const inside = c.x >= 0 && c.y >= 0 && c.x + c.width <= 200 && c.y + c.height <= 100;
          if (inside && !placed.includes(c)) expect(placed.some((p) => overlaps(p, c))).toBe(true);
        }
      }),
    );
  });
});

describe('estimateLabelWidth', () => {
  it('counts CJK and Hangul as 1 em and other characters as 0.6 em', () => {
    expect(estimateLabelWidth('king', 10)).toBeCloseTo(24);
    expect(estimateLabelWidth('国王', 10)).toBeCloseTo(20);
    expect(estimateLabelWidth('한국어', 12)).toBeCloseTo(36);
    expect(estimateLabelWidth('東京 tower', 10)).toBeCloseTo(20 + 6 * 6);
    expect(estimateLabelWidth('e\u0301', 10)).toBeCloseTo(6);
    expect(estimateLabelWidth('', 10)).toBe(0);
  });
});
