import { checkArray, checkInteger, checkNumber, checkOptions, TensorscopeArgumentError } from '@tensorscope/common';
import { EmbeddingError } from '../errors.js';

/** Options of {@link kernelDensity}. */
export interface KernelDensityOptions {
  /** Values per point in `coordinates` (2 or 3; a scene's `positions` have 3). Default 2. */
  dimensions?: 2 | 3;
  /** The two coordinate columns the density is taken over. Default `[0, 1]` (the x–y plane). */
  axes?: readonly [number, number];
  /** Grid nodes per side, 16–1024. Default 256. */
  gridSize?: number;
  /** Gaussian bandwidth in layout units, one for both axes or `[x, y]`. Default: Scott's rule (see {@link kernelDensity}). */
  bandwidth?: number | readonly [number, number];
  /** Multiplies the bandwidth (given or by rule), e.g. 2 for a coarser map. Default 1. */
  bandwidthScale?: number;
  /** One byte per point: points whose byte is 0 are left out (e.g. a cross-filter). */
  mask?: Uint8Array;
  /** One weight ≥ 0 per point. Default 1 each. */
  weights?: Float32Array;
}

/** A density map on a regular grid, as {@link kernelDensity} returns it. */
export interface DensityGrid {
  /**
   * `size × size` values, row-major (row `j` is y node `j`): the smoothed point mass at each grid
   * node, so the values add up to about `total` (point counts, not a probability density).
   */
  values: Float32Array;
  /** Grid nodes per side. */
  size: number;
  /** Node `(i, j)` sits at `(x0 + i·cellWidth, y0 + j·cellHeight)` in layout coordinates. */
  x0: number;
  y0: number;
  cellWidth: number;
  cellHeight: number;
  /** The Gaussian's standard deviation along x and y, in layout units. */
  bandwidth: [number, number];
  /** `'scott'` when the rule chose it, `'given'` when the caller did. */
  bandwidthRule: 'scott' | 'given';
  /** The coordinate columns used. */
  axes: [number, number];
  /** The point mass binned (the number of points counted, or the sum of their weights). */
  total: number;
  /** The largest value of `values`. */
  max: number;
}

const DEFAULT_GRID = 256;

/** Reads the coordinate array and its shape: `count` rows of `dimensions` values, all finite. */
export function checkCoordinates(coordinates: unknown, dimensions: unknown, argument = 'coordinates') {
  if (!(coordinates instanceof Float32Array) && !(coordinates instanceof Float64Array)) {
    throw new TensorscopeArgumentError(argument, 'a Float32Array of coordinates', coordinates);
  }
  const stride = dimensions === undefined ? 2 : checkInteger(dimensions, 'options.dimensions', { min: 2, max: 3 });
  if (coordinates.length === 0) {
    throw new EmbeddingError('EMPTY_INPUT', 'There are no coordinates to take a density of.');
  }
  if (coordinates.length % stride !== 0) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `${coordinates.length} coordinates do not split into points of ${stride} values.`,
      { details: { values: coordinates.length, dimensions: stride } },
    );
  }
  return { values: coordinates, stride: stride as 2 | 3, count: coordinates.length / stride };
}

/** Throws `INVALID_VALUE` naming the first point whose used coordinates are not finite. */
function badPoint(point: number, axis: number, value: number): EmbeddingError {
  return new EmbeddingError(
    'INVALID_VALUE',
    `Point ${point} has a coordinate that is not a finite number (${value} on axis ${axis}); a layout with NaN cannot be mapped.`,
    { details: { point, axis, value } },
  );
}

/** A robust spread: the smaller of the standard deviation and IQR / 1.349 (quartiles of a sample). */
function robustSpread(sum: number, sumSq: number, weight: number, sample: number[]) {
  const mean = sum / weight;
  const sd = Math.sqrt(Math.max(0, sumSq / weight - mean * mean));
  if (sample.length < 4) return sd;
  const sorted = Float64Array.from(sample).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
  const iqr = (at(0.75) - at(0.25)) / 1.349;
  return iqr > 0 && iqr < sd ? iqr : sd;
}

/**
 * A 2-D Gaussian kernel density of points on a `gridSize × gridSize` grid: each point's mass is
 * split between its 4 nearest grid nodes (linear binning, which conserves mass), then the grid is
 * blurred by a separable Gaussian (3 box passes per axis, Kovesi's widths). O(n + G²) for n points
 * and G nodes per side, whatever the bandwidth.
 *
 * The grid spans the points' extent along `axes` plus 3 bandwidths on each side, so almost no mass
 * leaves it. The default bandwidth is Scott's rule for 2-D, `h = σ · n^(−1/6)` per axis, with σ the
 * smaller of the standard deviation and IQR / 1.349 (robust to outliers and to clusters), times
 * `bandwidthScale`.
 *
 * Coordinates are `Float32Array` rows of `dimensions` values (a scene's `positions` have 3; pick
 * the plane with `axes`). Throws `EMPTY_INPUT` (no coordinates), `LENGTH_MISMATCH` (a length that is
 * not a multiple of `dimensions`, a mask or weights of another count), `INVALID_VALUE` (a NaN or
 * infinite coordinate on a used axis, a negative or NaN weight) and `INVALID_ARGUMENT` (options of
 * the wrong type or range). Points left out by `mask` are never read.
 */
export function kernelDensity(coordinates: Float32Array, options: KernelDensityOptions = {}): DensityGrid {
  const given = checkOptions(options);
  const { values, stride, count } = checkCoordinates(coordinates, given.dimensions);
  const size =
    given.gridSize === undefined
      ? DEFAULT_GRID
      : checkInteger(given.gridSize, 'options.gridSize', { min: 16, max: 1024 });
  let axes: [number, number] = [0, 1];
  if (given.axes !== undefined) {
    const pair = checkArray(given.axes, 'options.axes');
    if (pair.length !== 2)
      throw new TensorscopeArgumentError('options.axes', 'two coordinate columns [x, y]', given.axes);
    axes = [
      checkInteger(pair[0], 'options.axes[0]', { min: 0, max: stride - 1 }),
      checkInteger(pair[1], 'options.axes[1]', { min: 0, max: stride - 1 }),
    ];
    if (axes[0] === axes[1]) throw new TensorscopeArgumentError('options.axes', 'two different columns', given.axes);
  }
  const scale =
    given.bandwidthScale === undefined
      ? 1
      : checkNumber(given.bandwidthScale, 'options.bandwidthScale', { min: 1e-3, max: 1e3 });
  let fixed: [number, number] | null = null;
  if (given.bandwidth !== undefined) {
    if (typeof given.bandwidth === 'number') {
      const h = checkNumber(given.bandwidth, 'options.bandwidth', { min: Number.MIN_VALUE });
      fixed = [h, h];
    } else {
      const pair = checkArray(given.bandwidth, 'options.bandwidth');
      if (pair.length !== 2)
        throw new TensorscopeArgumentError('options.bandwidth', 'a number or [x, y]', given.bandwidth);
      fixed = [
        checkNumber(pair[0], 'options.bandwidth[0]', { min: Number.MIN_VALUE }),
        checkNumber(pair[1], 'options.bandwidth[1]', { min: Number.MIN_VALUE }),
      ];
    }
  }
  const mask = given.mask;
  if (mask !== undefined) {
    if (!(mask instanceof Uint8Array)) throw new TensorscopeArgumentError('options.mask', 'a Uint8Array', mask);
    if (mask.length !== count) {
      throw new EmbeddingError('LENGTH_MISMATCH', `The mask has ${mask.length} entries; there are ${count} points.`, {
        details: { mask: mask.length, count },
      });
    }
  }
  const weights = given.weights;
  if (weights !== undefined) {
    if (!(weights instanceof Float32Array)) {
      throw new TensorscopeArgumentError('options.weights', 'a Float32Array', weights);
    }
    if (weights.length !== count) {
      throw new EmbeddingError('LENGTH_MISMATCH', `There are ${weights.length} weights for ${count} points.`, {
        details: { weights: weights.length, count },
      });
    }
  }
  const [ax, ay] = axes;

  // Pass 1: extent, moments, and that every used coordinate is finite.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let total = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  if (!mask && !weights) {
    // The common case in a tight loop: every point, weight 1.
    for (let i = 0, at = 0; i < count; i++, at += stride) {
      const x = values[at + ax]!;
      const y = values[at + ay]!;
      if (!(x - x === 0)) throw badPoint(i, ax, x);
      if (!(y - y === 0)) throw badPoint(i, ay, y);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
    }
    total = count;
  } else {
    for (let i = 0; i < count; i++) {
      if (mask && mask[i] === 0) continue;
      const w = weights ? weights[i]! : 1;
      if (!(w >= 0) || w === Infinity) {
        throw new EmbeddingError('INVALID_VALUE', `Weight ${i} is ${w}; weights must be finite numbers ≥ 0.`, {
          details: { point: i, weight: w },
        });
      }
      const x = values[i * stride + ax]!;
      const y = values[i * stride + ay]!;
      if (!Number.isFinite(x)) throw badPoint(i, ax, x);
      if (!Number.isFinite(y)) throw badPoint(i, ay, y);
      if (w === 0) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      total += w;
      sx += w * x;
      sy += w * y;
      sxx += w * x * x;
      syy += w * y * y;
    }
  }
  if (total === 0) {
    // Nothing counted (an empty mask): an empty map over the unit square.
    return {
      values: new Float32Array(size * size),
      size,
      x0: -1,
      y0: -1,
      cellWidth: 2 / (size - 1),
      cellHeight: 2 / (size - 1),
      bandwidth: fixed ?? [0.1, 0.1],
      bandwidthRule: fixed ? 'given' : 'scott',
      axes,
      total: 0,
      max: 0,
    };
  }

  let bandwidth: [number, number];
  if (fixed) bandwidth = [fixed[0] * scale, fixed[1] * scale];
  else {
    // The quartiles from a strided sample of about 4,096 points (enough for a bandwidth).
    const stride2 = Math.max(1, Math.floor(count / 4096));
    const sampleX: number[] = [];
    const sampleY: number[] = [];
    for (let i = 0; i < count; i += stride2) {
      if (mask && mask[i] === 0) continue;
      if (weights && !(weights[i]! > 0)) continue;
      sampleX.push(values[i * stride + ax]!);
      sampleY.push(values[i * stride + ay]!);
    }
    const spanX = maxX - minX;
    const spanY = maxY - minY;
    const factor = Math.pow(Math.max(total, 2), -1 / 6) * scale;
    const fallback = Math.max(spanX, spanY, Math.abs(minX), Math.abs(minY), 1e-6) * 0.05;
    const hx = robustSpread(sx, sxx, total, sampleX) * factor;
    const hy = robustSpread(sy, syy, total, sampleY) * factor;
    bandwidth = [hx > 0 ? hx : hy > 0 ? hy : fallback, hy > 0 ? hy : hx > 0 ? hx : fallback];
  }
  const [hx, hy] = bandwidth;
  const x0 = minX - 3 * hx;
  const y0 = minY - 3 * hy;
  const cellWidth = (maxX + 3 * hx - x0) / (size - 1);
  const cellHeight = (maxY + 3 * hy - y0) / (size - 1);

  // Pass 2: linear binning to the 4 nearest nodes.
  const grid = new Float32Array(size * size);
  const last = size - 2;
  const invX = 1 / cellWidth;
  const invY = 1 / cellHeight;
  for (let i = 0, at = 0; i < count; i++, at += stride) {
    let w = 1;
    if (mask !== undefined && mask[i] === 0) continue;
    if (weights !== undefined) w = weights[i]!;
    const fx = (values[at + ax]! - x0) * invX;
    const fy = (values[at + ay]! - y0) * invY;
    let gx = fx | 0;
    let gy = fy | 0;
    if (gx > last) gx = last;
    if (gy > last) gy = last;
    const tx = fx - gx;
    const ty = fy - gy;
    const node = gy * size + gx;
    const wy0 = w * (1 - ty);
    const wy1 = w * ty;
    grid[node]! += wy0 * (1 - tx);
    grid[node + 1]! += wy0 * tx;
    grid[node + size]! += wy1 * (1 - tx);
    grid[node + size + 1]! += wy1 * tx;
  }

  const blurred = blur(grid, size, hx / cellWidth, hy / cellHeight);
  let max = 0;
  for (let k = 0; k < blurred.length; k++) if (blurred[k]! > max) max = blurred[k]!;
  return {
    values: blurred,
    size,
    x0,
    y0,
    cellWidth,
    cellHeight,
    bandwidth,
    bandwidthRule: fixed ? 'given' : 'scott',
    axes,
    total,
    max,
  };
}

/**
 * Box widths (odd) whose 3 successive passes approximate a Gaussian of standard deviation `sigma`
 * nodes (Kovesi's "fast almost-Gaussian filtering": `m` passes of width `wl`, the rest `wl + 2`,
 * chosen so that the variances add up to σ²).
 */
export function boxWidths(sigma: number, passes = 3): number[] {
  const ideal = Math.sqrt((12 * sigma * sigma) / passes + 1);
  let wl = Math.floor(ideal);
  if (wl % 2 === 0) wl--;
  if (wl < 1) wl = 1;
  const wu = wl + 2;
  const m = Math.round((12 * sigma * sigma - passes * wl * wl - 4 * passes * wl - 3 * passes) / (-4 * wl - 4));
  return Array.from({ length: passes }, (_, i) => (i < m ? wl : wu));
}

/** One box pass along rows (running sums; nodes beyond the edge count as 0). */
function boxRows(src: Float32Array, out: Float32Array, size: number, width: number): void {
  const r = (width - 1) / 2;
  const inv = 1 / width;
  for (let j = 0; j < size; j++) {
    const row = j * size;
    let acc = 0;
    for (let t = 0; t <= r && t < size; t++) acc += src[row + t]!;
    for (let i = 0; i < size; i++) {
      out[row + i] = acc * inv;
      if (i + r + 1 < size) acc += src[row + i + r + 1]!;
      if (i - r >= 0) acc -= src[row + i - r]!;
    }
  }
}

/** One box pass along columns, a whole row of running sums at a time (cache friendly). */
function boxColumns(src: Float32Array, out: Float32Array, size: number, width: number, acc: Float64Array): void {
  const r = (width - 1) / 2;
  const inv = 1 / width;
  acc.fill(0);
  for (let t = 0; t <= r && t < size; t++) for (let i = 0; i < size; i++) acc[i]! += src[t * size + i]!;
  for (let j = 0; j < size; j++) {
    const row = j * size;
    for (let i = 0; i < size; i++) out[row + i] = acc[i]! * inv;
    const add = j + r + 1;
    const drop = j - r;
    if (add < size) for (let i = 0; i < size; i++) acc[i]! += src[add * size + i]!;
    if (drop >= 0) for (let i = 0; i < size; i++) acc[i]! -= src[drop * size + i]!;
  }
}

/**
 * The Gaussian blur of a `size × size` grid (σx nodes along rows, σy along columns) as 3 box
 * passes each way: O(G²) per pass whatever the bandwidth, symmetric, and mass-conserving away from
 * the edges (the grid is padded by 3 bandwidths). Small values that the running sums leave
 * slightly below 0 are clamped to 0.
 */
function blur(grid: Float32Array, size: number, sigmaX: number, sigmaY: number): Float32Array {
  let a: Float32Array = grid;
  let b: Float32Array = new Float32Array(size * size);
  for (const width of boxWidths(sigmaX)) {
    if (width <= 1) continue;
    boxRows(a, b, size, width);
    [a, b] = [b, a];
  }
  const acc = new Float64Array(size);
  for (const width of boxWidths(sigmaY)) {
    if (width <= 1) continue;
    boxColumns(a, b, size, width, acc);
    [a, b] = [b, a];
  }
  for (let k = 0; k < a.length; k++) if (a[k]! < 0) a[k] = 0;
  return a;
}

/** The grid node nearest to a layout position (clamped to the grid). */
export function nodeOf(grid: DensityGrid, x: number, y: number): number {
  const i = Math.min(grid.size - 1, Math.max(0, Math.round((x - grid.x0) / grid.cellWidth)));
  const j = Math.min(grid.size - 1, Math.max(0, Math.round((y - grid.y0) / grid.cellHeight)));
  return j * grid.size + i;
}
