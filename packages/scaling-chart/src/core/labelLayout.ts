/** Where a point's name goes: to its right, or to its left in the last quarter of the plot. */
export function pointLabelPlacement(cx: number, innerWidth: number): { dx: number; textAnchor: 'start' | 'end' } {
  const leftSide = cx > innerWidth * 0.75;
  return { dx: leftSide ? -10 : 10, textAnchor: leftSide ? 'end' : 'start' };
}

/**
 * Whether a point is named without hovering: the focused one always; a default-labelled one when
 * the plot is wide enough (> 420 px) and its organisation is not faded out.
 */
export function showsPointName(options: {
  focused: boolean;
  labelled: boolean;
  innerWidth: number;
  dimmed: boolean;
}): boolean {
  return options.focused || (options.labelled && options.innerWidth > 420 && !options.dimmed);
}

/**
 * Where to write each curve's label: at the right end of its visible part, nudged apart vertically
 * (at least `gap` px) so curves that converge do not print their labels on top of each other.
 * `point` maps a data point to pixels; `[low, high]` is the visible value range.
 */
export function curveEndLabels<F extends { points: readonly (readonly [number, number])[] }>(
  families: readonly F[],
  point: (p: readonly [number, number]) => readonly [number, number],
  [low, high]: readonly [number, number],
  gap = 11,
): { family: F; x: number; y: number }[] {
  const placed = families.flatMap((family) => {
    const last = [...family.points].reverse().find((p) => p[1] >= low && p[1] <= high);
    if (!last) return [];
    const [x, y] = point(last);
    return [{ family, x, y }];
  });
  placed.sort((a, b) => b.y - a.y);
  for (let i = 1; i < placed.length; i++) placed[i]!.y = Math.min(placed[i]!.y, placed[i - 1]!.y - gap);
  return placed;
}

/**
 * Width of the name column of a bar chart: about 6.3 px per character of the longest name plus
 * 12 px, at most 42 % of the chart.
 */
export function barLabelWidth(longestName: number, width: number): number {
  return Math.min(Math.round(longestName * 6.3) + 12, width * 0.42);
}
