import { checkArray, checkNumber, checkObject, checkOptions, TensorscopeArgumentError } from '@tensorscope/common';
import { contours } from 'd3-contour';
import { EmbeddingError } from '../errors.js';
import type { DensityGrid } from './kde.js';

/** Options of {@link densityContours}. */
export interface DensityContourOptions {
  /**
   * Mass fractions, each in (0, 1): a contour encloses the densest region holding that share of
   * the points (a highest-density region). Default `[0.25, 0.5, 0.75, 0.9]`.
   */
  levels?: readonly number[];
}

/** One iso-line of a density map. */
export interface DensityContour {
  /** The share of the mass inside it (one of `options.levels`). */
  mass: number;
  /** The grid value the line follows (point mass per grid node). */
  threshold: number;
  /** Line segments in layout coordinates: `[x1, y1, x2, y2]` per segment. */
  segments: Float32Array;
  /** Closed rings (outer boundaries and holes) the segments make up. */
  rings: number;
}

const DEFAULT_LEVELS = [0.25, 0.5, 0.75, 0.9];

/**
 * The grid values at which the densest nodes hold each share of the total: from a 4,096-bin
 * histogram of the mass by value (O(G²), no sort), interpolated within the bin.
 */
export function massThresholds(grid: DensityGrid, levels: readonly number[]): number[] {
  const bins = 4096;
  const { values, max } = grid;
  const mass = new Float64Array(bins);
  let total = 0;
  const scale = max > 0 ? bins / max : 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    mass[Math.min(bins - 1, Math.floor(v * scale))]! += v;
    total += v;
  }
  return levels.map((level) => {
    const target = level * total;
    let seen = 0;
    for (let b = bins - 1; b >= 0; b--) {
      const inBin = mass[b]!;
      if (seen + inBin >= target && inBin > 0) {
        // Assume the bin's mass spreads evenly over its value range.
        const fraction = (target - seen) / inBin;
        return ((b + 1 - fraction) / bins) * max;
      }
      seen += inBin;
    }
    return 0;
  });
}

/**
 * Iso-lines of a density map at mass quantiles (highest-density regions): for each level q, the
 * line around the densest grid nodes that together hold q of the mass, so a higher level's region
 * lies inside a lower one's (they nest). Marching squares with linear interpolation by `d3-contour`
 * on the grid; its polygons are converted to flat line segments in layout coordinates for the
 * scene. A map with no mass has no lines. Levels outside (0, 1) are an `INVALID_ARGUMENT`; a grid
 * that is not a {@link DensityGrid} an `INVALID_ARGUMENT` or `LENGTH_MISMATCH`.
 */
export function densityContours(grid: DensityGrid, options: DensityContourOptions = {}): DensityContour[] {
  checkGrid(grid);
  const given = checkOptions(options);
  const levels =
    given.levels === undefined
      ? DEFAULT_LEVELS
      : checkArray(given.levels, 'options.levels', { maxLength: 32 }).map((level, i) =>
          checkNumber(level, `options.levels[${i}]`, { min: Number.MIN_VALUE, max: 1 - Number.EPSILON }),
        );
  if (grid.max <= 0) return levels.map((mass) => ({ mass, threshold: 0, segments: new Float32Array(0), rings: 0 }));
  const thresholds = massThresholds(grid, levels);
  const generator = contours().size([grid.size, grid.size]);
  return levels.map((mass, i) => {
    // A threshold of 0 would outline the whole grid: lift it just above the empty nodes.
    const threshold = Math.max(thresholds[i]!, grid.max * 1e-6);
    const shape = generator.contour(grid.values as unknown as number[], threshold);
    let points = 0;
    let rings = 0;
    for (const polygon of shape.coordinates) {
      for (const ring of polygon) {
        points += ring.length - 1;
        rings++;
      }
    }
    const segments = new Float32Array(points * 4);
    let at = 0;
    // d3-contour puts grid value (i, j) at (i + 0.5, j + 0.5).
    const toX = (gx: number) => grid.x0 + (gx - 0.5) * grid.cellWidth;
    const toY = (gy: number) => grid.y0 + (gy - 0.5) * grid.cellHeight;
    for (const polygon of shape.coordinates) {
      for (const ring of polygon) {
        for (let k = 0; k + 1 < ring.length; k++) {
          const a = ring[k]!;
          const b = ring[k + 1]!;
          segments[at++] = toX(a[0]!);
          segments[at++] = toY(a[1]!);
          segments[at++] = toX(b[0]!);
          segments[at++] = toY(b[1]!);
        }
      }
    }
    return { mass, threshold, segments, rings };
  });
}

/** A {@link DensityGrid}-shaped object: positive size, `size²` values, finite geometry. */
export function checkGrid(grid: unknown): asserts grid is DensityGrid {
  const g = checkObject(grid, 'grid');
  if (!(g.values instanceof Float32Array))
    throw new TensorscopeArgumentError('grid.values', 'a Float32Array', g.values);
  const size = checkNumber(g.size, 'grid.size', { min: 2, max: 4096, integer: true });
  if (g.values.length !== size * size) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `A grid of ${size} × ${size} needs ${size * size} values; it has ${g.values.length}.`,
      {
        details: { size, values: g.values.length },
      },
    );
  }
  for (const key of ['x0', 'y0'] as const) checkNumber(g[key], `grid.${key}`);
  for (const key of ['cellWidth', 'cellHeight'] as const) checkNumber(g[key], `grid.${key}`, { min: Number.MIN_VALUE });
  checkNumber(g.max, 'grid.max', { min: 0 });
  for (let k = 0; k < g.values.length; k++) {
    const v = g.values[k]!;
    if (!(v >= 0) || v === Infinity) {
      throw new EmbeddingError('INVALID_VALUE', `Grid value ${k} is ${v}; density values are finite numbers ≥ 0.`, {
        details: { node: k, value: v },
      });
    }
  }
}
