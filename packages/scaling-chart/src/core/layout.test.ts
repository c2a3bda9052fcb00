// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { barLabelWidth, curveEndLabels, pointLabelPlacement, showsPointName } from './labelLayout.js';
import { yearDomain, yearTickCount } from './timeAxis.js';
import { sampleTrend, trendAnchor } from './trendLine.js';

describe('time axis', () => {
  it('spans whole years around the data', () => {
    expect(yearDomain([Date.UTC(2018, 9, 11), Date.UTC(2024, 11, 26)])).toEqual([
      Date.UTC(2018, 0, 1),
      Date.UTC(2025, 0, 1),
    ]);
    expect(yearTickCount(100)).toBe(2);
    expect(yearTickCount(700)).toBe(10);
  });
});

describe('trend line', () => {
  const predict = (time: number) => 10 ** time;
  it('samples evenly and drops samples outside the value domain', () => {
    expect(sampleTrend(predict, [0, 4], [1, 1000], 4)).toEqual([
      [0, 1],
      [1, 10],
      [2, 100],
      [3, 1000],
    ]);
  });
  it('anchors a little before the middle, or nowhere when off the chart', () => {
    expect(trendAnchor((t) => t, [0, 100], [1, 1000])).toEqual([45, 45]);
    expect(trendAnchor((t) => t, [0, 100], [50, 1000])).toBeNull();
  });
});

describe('label layout', () => {
  it('writes names to the right, and to the left in the last quarter', () => {
    expect(pointLabelPlacement(100, 400)).toEqual({ dx: 10, textAnchor: 'start' });
    expect(pointLabelPlacement(301, 400)).toEqual({ dx: -10, textAnchor: 'end' });
  });
  it('names focused points always, default ones only when wide and not faded', () => {
    expect(showsPointName({ focused: true, labelled: false, innerWidth: 100, dimmed: true })).toBe(true);
    expect(showsPointName({ focused: false, labelled: true, innerWidth: 500, dimmed: false })).toBe(true);
    expect(showsPointName({ focused: false, labelled: true, innerWidth: 400, dimmed: false })).toBe(false);
    expect(showsPointName({ focused: false, labelled: true, innerWidth: 500, dimmed: true })).toBe(false);
  });
  it('pushes converging curve labels at least 11 px apart, at each curve’s last visible point', () => {
    const families = [
      {
        id: 'a',
        points: [
          [1, 5],
          [2, 3],
        ] as const,
      },
      {
        id: 'b',
        points: [
          [1, 5],
          [2, 3.05],
        ] as const,
      },
      { id: 'c', points: [[1, 50]] as const },
    ];
    const placed = curveEndLabels(families, ([x, y]) => [x * 100, 200 - y * 10], [0, 10]);
    expect(placed.map((p) => [p.family.id, p.x, p.y])).toEqual([
      ['a', 200, 170],
      ['b', 200, 159],
    ]);
  });
  it('sizes the bar-name column by the longest name, at most 42 % of the chart', () => {
    expect(barLabelWidth(10, 1000)).toBe(75);
    expect(barLabelWidth(100, 500)).toBe(210);
  });
});
