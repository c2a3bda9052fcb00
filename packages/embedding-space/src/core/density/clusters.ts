import { checkArray, checkNumber, checkOptions, TensorscopeArgumentError } from '@tensorscope/common';
import { EmbeddingError } from '../errors.js';
import { checkGrid } from './contours.js';
import { checkCoordinates, nodeOf, type DensityGrid } from './kde.js';

/** Options of {@link densityClusters}; the per-level lists go from coarse to fine and have one entry per level. */
export interface DensityClusterOptions {
  /** Values per point in `coordinates` (2 or 3). Default 2. The grid's `axes` pick the plane. */
  dimensions?: 2 | 3;
  /**
   * How deep the valley that separates a peak from a higher one must be, relative to the peak
   * ((peak − saddle) / peak, in (0, 1]), per level, decreasing. Default `[0.2, 0.05, 0.01]`.
   */
  persistence?: readonly number[];
  /** The smallest share of the points a cluster may hold, per level. Default `[0.02, 0.005, 0.001]` (at least 3 points). */
  minShare?: readonly number[];
  /** The most clusters per level (the largest are kept). Default `[8, 24, 72]`. */
  maxClusters?: readonly number[];
  /** Grid nodes below this fraction of the highest value are background (their points belong to no cluster). Default 0.01. */
  floor?: number;
  /** Points whose byte is 0 belong to no cluster. */
  mask?: Uint8Array;
}

/** One cluster of one level. */
export interface DensityCluster {
  /** Its index in the level's `clusters` (largest first). */
  id: number;
  /** The id of the cluster of the next coarser level that contains it; -1 on the coarsest level. */
  parent: number;
  /** How many points it holds. */
  count: number;
  /** Its density peak, in layout coordinates of the grid's axes. */
  peak: [number, number];
  /** The grid value at the peak. */
  peakValue: number;
  /** The relative depth of the valley between it and the higher peak it would merge into (1: none). */
  persistence: number;
  /** The mean position of its points, in all the coordinates' dimensions. */
  centroid: number[];
}

/** The clusters of one level and each point's cluster id (-1: none). */
export interface ClusterLevel {
  clusters: DensityCluster[];
  assignment: Int32Array;
}

/** A hierarchy of clusterings, coarse to fine: every cluster of a level lies inside one of the level above. */
export interface DensityClusters {
  levels: ClusterLevel[];
}

const DEFAULTS = { persistence: [0.2, 0.05, 0.01], minShare: [0.02, 0.005, 0.001], maxClusters: [8, 24, 72] };

function levelList(value: unknown, name: string, rule: { min: number; max: number; integer?: boolean }): number[] {
  const list = checkArray(value, `options.${name}`, { maxLength: 8 });
  if (list.length === 0) throw new TensorscopeArgumentError(`options.${name}`, 'at least one level', value);
  return list.map((item, i) => checkNumber(item, `options.${name}[${i}]`, rule));
}

/**
 * Clusters of a density map, found on the grid (not on the points), at several levels: the grid
 * nodes above `floor` are swept from the densest down; each node joins the basin of its densest
 * neighbour, and where two basins meet the lower peak dies into the higher one at that saddle (the
 * elder rule of 0-dimensional persistence, as in ToMATo). A level keeps the peaks whose relative
 * persistence reaches its threshold, holds at least its `minShare` of the points, and is among its
 * `maxClusters` largest; every other peak's points go to the peak it died into. A peak kept at a
 * level is kept at every finer level, so the levels nest. Each point takes the cluster of its
 * nearest grid node. O(n + G² log G).
 *
 * Throws as {@link kernelDensity} does for the coordinates (`EMPTY_INPUT`, `LENGTH_MISMATCH`,
 * `INVALID_VALUE` for a NaN), `INVALID_ARGUMENT` for options of the wrong type or range, and
 * `LENGTH_MISMATCH` when the per-level lists differ in length.
 */
export function densityClusters(
  grid: DensityGrid,
  coordinates: Float32Array,
  options: DensityClusterOptions = {},
): DensityClusters {
  checkGrid(grid);
  const given = checkOptions(options);
  const { values: coords, stride, count } = checkCoordinates(coordinates, given.dimensions);
  const persistence =
    given.persistence === undefined
      ? DEFAULTS.persistence
      : levelList(given.persistence, 'persistence', { min: 0, max: 1 });
  const levelCount = persistence.length;
  const perLevel = (name: 'minShare' | 'maxClusters', rule: { min: number; max: number; integer?: boolean }) => {
    const list = given[name] === undefined ? DEFAULTS[name].slice(0, levelCount) : levelList(given[name], name, rule);
    while (list.length < levelCount) list.push(list[list.length - 1]!);
    if (list.length !== levelCount) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `options.${name} has ${list.length} levels; options.persistence has ${levelCount}.`,
        { details: { [name]: list.length, persistence: levelCount } },
      );
    }
    return list;
  };
  const minShare = perLevel('minShare', { min: 0, max: 1 });
  const maxClusters = perLevel('maxClusters', { min: 1, max: 10_000, integer: true });
  const floor = given.floor === undefined ? 0.01 : checkNumber(given.floor, 'options.floor', { min: 0, max: 1 });
  const mask = given.mask;
  if (mask !== undefined && (!(mask instanceof Uint8Array) || mask.length !== count)) {
    if (!(mask instanceof Uint8Array)) throw new TensorscopeArgumentError('options.mask', 'a Uint8Array', mask);
    throw new EmbeddingError('LENGTH_MISMATCH', `The mask has ${mask.length} entries; there are ${count} points.`);
  }
  const axes = Array.isArray(grid.axes) ? grid.axes : [0, 1];
  const [ax, ay] = [axes[0] ?? 0, axes[1] ?? 1];
  if (ax >= stride || ay >= stride) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `The grid was taken over axes [${ax}, ${ay}]; the points have ${stride}.`,
    );
  }

  const { values, size } = grid;
  const cells = size * size;
  // The grid's own maximum (a hand-made grid's `max` field is not trusted).
  let max = 0;
  for (let c = 0; c < cells; c++) if (values[c]! > max) max = values[c]!;
  const empty = (): DensityClusters => ({
    levels: persistence.map(() => ({ clusters: [], assignment: new Int32Array(count).fill(-1) })),
  });
  if (!(max > 1e-30)) return empty();

  // ---- the sweep: nodes from the densest down ----
  const floorValue = Math.max(floor * max, Number.MIN_VALUE);
  const scale = 4294967295 / max;
  let above = 0;
  for (let c = 0; c < cells; c++) if (values[c]! >= floorValue) above++;
  const keys = new Float64Array(above);
  for (let c = 0, k = 0; c < cells; c++) {
    const v = values[c]!;
    if (v >= floorValue) keys[k++] = Math.round(v * scale) * 1048576 + c;
  }
  keys.sort();
  const basin = new Int32Array(cells).fill(-1);
  const parent = new Int32Array(cells).fill(-1);
  const saddle = new Float32Array(cells);
  const into = new Int32Array(cells).fill(-1);
  const find = (c: number): number => {
    let root = c;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[c] !== root) {
      const next = parent[c]!;
      parent[c] = root;
      c = next;
    }
    return root;
  };
  const higher = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && a < b);
  const peaks: number[] = [];
  for (let k = above - 1; k >= 0; k--) {
    const c = keys[k]! % 1048576;
    const x = c % size;
    const y = (c - x) / size;
    let best = -1;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy;
      if (ny < 0 || ny >= size) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        if ((dx === 0 && dy === 0) || nx < 0 || nx >= size) continue;
        const n = ny * size + nx;
        if (basin[n] === -1) continue;
        if (best === -1 || higher(n, best)) best = n;
      }
    }
    if (best === -1) {
      basin[c] = c;
      parent[c] = c;
      peaks.push(c);
      continue;
    }
    basin[c] = basin[best]!;
    let root = find(best);
    parent[c] = root;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy;
      if (ny < 0 || ny >= size) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        if ((dx === 0 && dy === 0) || nx < 0 || nx >= size) continue;
        const n = ny * size + nx;
        if (basin[n] === -1) continue;
        const other = find(n);
        if (other === root) continue;
        const [elder, younger] = higher(root, other) ? [root, other] : [other, root];
        saddle[younger] = values[c]!;
        into[younger] = elder;
        parent[younger] = elder;
        root = elder;
      }
    }
  }

  // ---- peaks: persistence and points ----
  const peakCount = peaks.length;
  const peakIndex = new Int32Array(cells).fill(-1);
  peaks.forEach((c, i) => (peakIndex[c] = i));
  const peakPersistence = new Float64Array(peakCount);
  const peakInto = new Int32Array(peakCount).fill(-1);
  peaks.forEach((c, i) => {
    const v = values[c]!;
    const s = into[c] === -1 ? floorValue : saddle[c]!;
    peakPersistence[i] = Math.min(1, Math.max(0, (v - s) / v));
    peakInto[i] = into[c] === -1 ? -1 : peakIndex[into[c]!]!;
  });
  const pointPeak = new Int32Array(count).fill(-1);
  const peakPoints = new Float64Array(peakCount);
  let counted = 0;
  for (let i = 0; i < count; i++) {
    if (mask && mask[i] === 0) continue;
    const x = coords[i * stride + ax]!;
    const y = coords[i * stride + ay]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new EmbeddingError('INVALID_VALUE', `Point ${i} has a coordinate that is not a finite number.`, {
        details: { point: i },
      });
    }
    counted++;
    const b = basin[nodeOf(grid, x, y)]!;
    if (b === -1) continue;
    const p = peakIndex[b]!;
    pointPeak[i] = p;
    peakPoints[p]! += 1;
  }

  // ---- levels, coarse to fine ----
  const alive = new Uint8Array(peakCount);
  const resolve = (p: number): number => {
    while (p !== -1 && alive[p] === 0) p = peakInto[p]!;
    return p;
  };
  const levels: ClusterLevel[] = [];
  let previousRoots: Int32Array | null = null; // peak → cluster id at the previous level
  for (let level = 0; level < levelCount; level++) {
    const protectedPeaks = alive.slice();
    for (let p = 0; p < peakCount; p++) if (peakPersistence[p]! >= persistence[level]!) alive[p] = 1;
    const minPoints = Math.max(3, Math.ceil(minShare[level]! * counted));
    const mass = new Float64Array(peakCount);
    for (let p = 0; p < peakCount; p++) {
      const root = resolve(p);
      if (root !== -1) mass[root]! += peakPoints[p]!;
    }
    // Small or surplus peaks die into their elders, smallest first (protected ones stay).
    const open: number[] = [];
    for (let p = 0; p < peakCount; p++) if (alive[p] === 1 && protectedPeaks[p] === 0) open.push(p);
    open.sort((a, b) => mass[a]! - mass[b]! || peakPersistence[a]! - peakPersistence[b]!);
    let aliveCount = 0;
    for (let p = 0; p < peakCount; p++) aliveCount += alive[p]!;
    for (const p of open) {
      if (mass[p]! >= minPoints && aliveCount <= maxClusters[level]!) continue;
      // Its mass may have grown from peaks that died into it before; it is still the smallest left.
      alive[p] = 0;
      aliveCount--;
      const target = resolve(peakInto[p]!);
      if (target !== -1) mass[target]! += mass[p]!;
    }
    // Clusters: the living roots that hold points, largest first.
    const roots: number[] = [];
    for (let p = 0; p < peakCount; p++) if (alive[p] === 1 && mass[p]! > 0) roots.push(p);
    roots.sort((a, b) => mass[b]! - mass[a]! || a - b);
    const idOf = new Int32Array(peakCount).fill(-1);
    roots.forEach((p, id) => (idOf[p] = id));
    const rootOfPeak = new Int32Array(peakCount);
    for (let p = 0; p < peakCount; p++) {
      const root = resolve(p);
      rootOfPeak[p] = root === -1 ? -1 : idOf[root]!;
    }
    const assignment = new Int32Array(count).fill(-1);
    const sums = new Float64Array(roots.length * stride);
    const counts = new Float64Array(roots.length);
    for (let i = 0; i < count; i++) {
      const p = pointPeak[i]!;
      if (p === -1) continue;
      const id = rootOfPeak[p]!;
      assignment[i] = id;
      if (id === -1) continue;
      counts[id]! += 1;
      for (let d = 0; d < stride; d++) sums[id * stride + d]! += coords[i * stride + d]!;
    }
    const previous = previousRoots;
    const clusters = roots.map((p, id): DensityCluster => {
      const c = peaks[p]!;
      const n = counts[id]!;
      return {
        id,
        parent: previous ? previous[p]! : -1,
        count: n,
        peak: [grid.x0 + (c % size) * grid.cellWidth, grid.y0 + Math.floor(c / size) * grid.cellHeight],
        peakValue: values[c]!,
        persistence: peakPersistence[p]!,
        centroid: Array.from({ length: stride }, (_, d) => (n > 0 ? sums[id * stride + d]! / n : 0)),
      };
    });
    levels.push({ clusters, assignment });
    previousRoots = rootOfPeak;
  }
  return { levels };
}
