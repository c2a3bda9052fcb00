import type { KnnGraph } from './umap.js';

/** Options of {@link nnDescent}. */
export interface NnDescentOptions {
  /** `'cosine'`: 1 − cos (rows normalised once, then dot products); `'euclidean'`: the euclidean distance. */
  metric: 'cosine' | 'euclidean';
  /** The rows are unit already (cosine): skip the normalised copy. */
  unit?: boolean;
  seed: number;
  /** Random-projection trees of the initial graph. Default: 4 to 12 by size. */
  trees?: number;
  /** Most points of a tree leaf (every pair in a leaf is a candidate). Default max(24, 2k). */
  leafSize?: number;
  /** Candidates sampled per point and iteration (each side of the local join). Default max(k, 20). */
  maxCandidates?: number;
  /** Most NN-descent iterations. Default max(5, round(log2 n)). */
  iterations?: number;
  /** Stop when fewer than `delta · k · n` neighbour lists changed in an iteration. Default 0.001. */
  delta?: number;
  /** Progress from 0 to 1: after each tree and each round (rounds that end early jump to 1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Approximate k nearest neighbours of every row (the row itself first, then ascending distance) by
 * NN-descent (Dong, Moses & Li 2011) as in PyNNDescent: an initial graph from a forest of
 * random-projection trees (every pair inside a leaf), then rounds of "a neighbour of a neighbour
 * is probably a neighbour" (local joins over sampled new/old candidates, reverse neighbours
 * included) until almost nothing changes. Typed arrays only; deterministic for a seed.
 *
 * `rows` is row-major `n × d` and is read only; `k` counts the row itself (so `k − 1` others).
 */
export function nnDescent(rows: Float32Array, n: number, d: number, k: number, options: NnDescentOptions): KnnGraph {
  const others = Math.min(k - 1, n - 1);
  const source = options.metric === 'cosine' && !options.unit ? unitRows(rows, n, d) : rows;
  const distance = options.metric === 'cosine' ? cosineDistance : squaredDistance;
  const random = xorshift(options.seed);
  const heaps = createHeaps(n, Math.max(1, others));
  if (others === 0) return heaps.toGraph(k, others, options.metric, null);
  const leafSize = options.leafSize ?? Math.max(24, 2 * k);
  const trees = options.trees ?? Math.min(12, Math.max(4, Math.round(4 + Math.sqrt(n) / 50)));
  const angular = options.metric === 'cosine';
  // The first tree's leaf order becomes the row order: neighbours then mostly sit close together in
  // memory, which roughly halves the cost of the random row reads below.
  let order: Int32Array = new Int32Array(0);
  const bounds: number[] = [];
  forEachLeaf(source, n, d, leafSize, angular, random, (leaves, start, end) => {
    order = leaves;
    bounds.push(start, end);
  });
  const data = new Float32Array(n * d);
  for (let p = 0; p < n; p++) data.set(source.subarray((order[p] as number) * d, (order[p] as number) * d + d), p * d);
  const joinLeaf = (leaf: Int32Array, start: number, end: number) => {
    for (let a = start; a < end; a++) {
      const p = leaf[a] as number;
      for (let b = a + 1; b < end; b++) {
        const q = leaf[b] as number;
        const dist = distance(data, p * d, q * d, d);
        heaps.push(p, dist, q, 1);
        heaps.push(q, dist, p, 1);
      }
    }
  };
  // Tree 0's leaves are now runs of consecutive rows.
  const identity = new Int32Array(n).map((_, i) => i);
  for (let b = 0; b < bounds.length; b += 2) joinLeaf(identity, bounds[b] as number, bounds[b + 1] as number);
  // Trees take about a third of the work, the rounds the rest.
  const report = options.onProgress;
  report?.(1 / (3 * trees));
  for (let t = 1; t < trees; t++) {
    forEachLeaf(data, n, d, leafSize, angular, random, joinLeaf);
    report?.((t + 1) / (3 * trees));
  }
  // Points whose leaves were too small: random neighbours fill their lists.
  for (let i = 0; i < n; i++) {
    for (let tries = 0; heaps.count(i) < others && tries < 4 * others; tries++) {
      const j = random.int(n);
      if (j !== i) heaps.push(i, distance(data, i * d, j * d, d), j, 1);
    }
  }
  descend(data, n, d, others, heaps, distance, random, options);
  return heaps.toGraph(k, others, options.metric, order);
}

type Distance = (data: Float32Array, a: number, b: number, d: number) => number;

/** 1 − dot of two unit rows (≥ 0). */
function cosineDistance(data: Float32Array, a: number, b: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < d; i += 4) {
    s0 += (data[a + i] as number) * (data[b + i] as number);
    s1 += (data[a + i + 1] as number) * (data[b + i + 1] as number);
    s2 += (data[a + i + 2] as number) * (data[b + i + 2] as number);
    s3 += (data[a + i + 3] as number) * (data[b + i + 3] as number);
  }
  for (; i < d; i++) s0 += (data[a + i] as number) * (data[b + i] as number);
  const value = 1 - (s0 + s1 + s2 + s3);
  return value > 0 ? value : 0;
}

/** Squared euclidean distance (the square root is taken once at the end). */
function squaredDistance(data: Float32Array, a: number, b: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let i = 0;
  for (; i + 1 < d; i += 2) {
    const u = (data[a + i] as number) - (data[b + i] as number);
    const v = (data[a + i + 1] as number) - (data[b + i + 1] as number);
    s0 += u * u;
    s1 += v * v;
  }
  for (; i < d; i++) {
    const u = (data[a + i] as number) - (data[b + i] as number);
    s0 += u * u;
  }
  return s0 + s1;
}

/** Rows scaled to unit length (a zero row stays zero); scaled by the largest value first so squares cannot overflow. */
export function unitRows(x: Float32Array, n: number, d: number): Float32Array {
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let largest = 0;
    for (let a = 0; a < d; a++) {
      const m = Math.abs(x[o + a] as number);
      if (m > largest) largest = m;
    }
    if (largest === 0) continue;
    let s = 0;
    for (let a = 0; a < d; a++) {
      const v = (x[o + a] as number) / largest;
      s += v * v;
    }
    const scale = 1 / (largest * Math.sqrt(s));
    for (let a = 0; a < d; a++) out[o + a] = (x[o + a] as number) * scale;
  }
  return out;
}

/** A small seeded generator (xorshift32): uniform floats in [0, 1) and integers in [0, n). */
export interface FastRandom {
  next(): number;
  int(n: number): number;
}

export function xorshift(seed: number): FastRandom {
  let state = (Math.imul(Math.floor(seed) | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0 || 0x6d2b79f5;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

interface Heaps {
  /** Adds (dist, j) to i's list when closer than its farthest and not already there; 1 when it changed. */
  push(i: number, dist: number, j: number, flag: number): number;
  count(i: number): number;
  size: number;
  indices: Int32Array;
  distances: Float32Array;
  flags: Uint8Array;
  /** The lists as a graph, rows ascending; `order[p]` is the original row of row p (null: same). */
  toGraph(k: number, others: number, metric: 'cosine' | 'euclidean', order: Int32Array | null): KnnGraph;
}

/** One max-heap of `size` (distance, index, is-new) per point, root = farthest, in flat typed arrays. */
function createHeaps(n: number, size: number): Heaps {
  const indices = new Int32Array(n * size).fill(-1);
  const distances = new Float32Array(n * size).fill(Infinity);
  const flags = new Uint8Array(n * size);
  const push = (i: number, dist: number, j: number, flag: number): number => {
    const o = i * size;
    if (!(dist < (distances[o] as number))) return 0;
    for (let q = 0; q < size; q++) if (indices[o + q] === j) return 0;
    // Replace the root and sift down.
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= size) break;
      const r = l + 1;
      let child = l;
      if (r < size && (distances[o + r] as number) > (distances[o + l] as number)) child = r;
      if ((distances[o + child] as number) <= dist) break;
      distances[o + c] = distances[o + child] as number;
      indices[o + c] = indices[o + child] as number;
      flags[o + c] = flags[o + child] as number;
      c = child;
    }
    distances[o + c] = dist;
    indices[o + c] = j;
    flags[o + c] = flag;
    return 1;
  };
  return {
    push,
    size,
    indices,
    distances,
    flags,
    count(i) {
      let c = 0;
      for (let q = 0; q < size; q++) if ((indices[i * size + q] as number) >= 0) c++;
      return c;
    },
    toGraph(k, others, metric, order) {
      const outIndices = new Int32Array(n * k).fill(-1);
      const outDistances = new Float32Array(n * k).fill(Infinity);
      const sorted = new Int32Array(size);
      for (let i = 0; i < n; i++) {
        const o = i * size;
        for (let q = 0; q < size; q++) sorted[q] = q;
        // Ascending by distance, ties by index (a tiny sort: k is small).
        for (let a = 1; a < size; a++) {
          const v = sorted[a] as number;
          const dv = distances[o + v] as number;
          const iv = indices[o + v] as number;
          let b = a - 1;
          while (b >= 0) {
            const u = sorted[b] as number;
            const du = distances[o + u] as number;
            if (du < dv || (du === dv && (indices[o + u] as number) <= iv)) break;
            sorted[b + 1] = u;
            b--;
          }
          sorted[b + 1] = v;
        }
        const row = order ? (order[i] as number) : i;
        outIndices[row * k] = row;
        outDistances[row * k] = 0;
        for (let q = 0; q < others; q++) {
          const at = o + (sorted[q] as number);
          const j = indices[at] as number;
          if (j < 0) continue;
          outIndices[row * k + 1 + q] = order ? (order[j] as number) : j;
          const dist = distances[at] as number;
          outDistances[row * k + 1 + q] = metric === 'euclidean' ? Math.sqrt(dist) : dist;
        }
      }
      return { k, indices: outIndices, distances: outDistances };
    },
  };
}

/**
 * Random-projection trees (as in PyNNDescent): each node is split by the hyperplane half-way
 * between two random points of it (through the origin for unit rows: angular trees), until a node
 * has at most `leafSize` points; `onLeaf` gets each leaf as `order[start, end)`.
 */
function forEachLeaf(
  data: Float32Array,
  n: number,
  d: number,
  leafSize: number,
  angular: boolean,
  random: FastRandom,
  onLeaf: (order: Int32Array, start: number, end: number) => void,
): void {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const side = new Uint8Array(n);
  const normal = new Float64Array(d);
  const stack: number[] = [0, n];
  while (stack.length > 0) {
    const end = stack.pop() as number;
    const start = stack.pop() as number;
    const size = end - start;
    if (size <= leafSize) {
      onLeaf(order, start, end);
      continue;
    }
    const a = (order[start + random.int(size)] as number) * d;
    let bPick = random.int(size - 1);
    if (order[start + bPick] === a / d) bPick = size - 1;
    const b = (order[start + bPick] as number) * d;
    let offset = 0;
    let norm = 0;
    for (let t = 0; t < d; t++) {
      const v = (data[a + t] as number) - (data[b + t] as number);
      normal[t] = v;
      norm += v * v;
      if (!angular) offset -= v * (((data[a + t] as number) + (data[b + t] as number)) / 2);
    }
    let left = 0;
    if (norm > 0) {
      for (let p = start; p < end; p++) {
        const r = (order[p] as number) * d;
        let margin = offset;
        for (let t = 0; t < d; t++) margin += (normal[t] as number) * (data[r + t] as number);
        const s = margin > 0 ? 1 : margin < 0 ? 0 : random.next() < 0.5 ? 1 : 0;
        side[p - start] = s;
        left += s;
      }
    }
    if (left === 0 || left === size) {
      // Identical points or a degenerate plane: split at random into halves.
      left = 0;
      for (let p = 0; p < size; p++) {
        const s = random.next() < 0.5 ? 1 : 0;
        side[p] = s;
        left += s;
      }
      if (left === 0 || left === size) {
        side.fill(0, 0, size);
        side.fill(1, 0, size >> 1);
        left = size >> 1;
      }
    }
    // Stable partition: side 1 first.
    const buffer = order.slice(start, end);
    let l = start;
    let r = start + left;
    for (let p = 0; p < size; p++) {
      if (side[p] === 1) order[l++] = buffer[p] as number;
      else order[r++] = buffer[p] as number;
    }
    stack.push(start + left, end, start, start + left);
  }
}

/** NN-descent rounds over the heaps (PyNNDescent's `nn_descent_internal_low_memory`, single-threaded). */
function descend(
  data: Float32Array,
  n: number,
  d: number,
  size: number,
  heaps: Heaps,
  distance: Distance,
  random: FastRandom,
  options: NnDescentOptions,
): void {
  const maxCandidates = options.maxCandidates ?? Math.max(size + 1, 20);
  const iterations = options.iterations ?? Math.max(5, Math.round(Math.log2(n)));
  const delta = options.delta ?? 0.001;
  const { indices, distances, flags } = heaps;
  const newIdx = new Int32Array(n * maxCandidates);
  const newPri = new Float32Array(n * maxCandidates);
  const oldIdx = new Int32Array(n * maxCandidates);
  const oldPri = new Float32Array(n * maxCandidates);
  for (let iteration = 0; iteration < iterations; iteration++) {
    newIdx.fill(-1);
    newPri.fill(Infinity);
    oldIdx.fill(-1);
    oldPri.fill(Infinity);
    // Sample candidates (each neighbour and reverse neighbour with a random priority).
    for (let i = 0; i < n; i++) {
      for (let q = 0; q < size; q++) {
        const at = i * size + q;
        const j = indices[at] as number;
        if (j < 0) continue;
        const priority = random.next();
        if (flags[at] === 1) {
          priorityPush(newIdx, newPri, maxCandidates, i, priority, j);
          priorityPush(newIdx, newPri, maxCandidates, j, priority, i);
        } else {
          priorityPush(oldIdx, oldPri, maxCandidates, i, priority, j);
          priorityPush(oldIdx, oldPri, maxCandidates, j, priority, i);
        }
      }
    }
    // Sampled new neighbours become old.
    for (let i = 0; i < n; i++) {
      for (let q = 0; q < size; q++) {
        const at = i * size + q;
        const j = indices[at] as number;
        if (j < 0 || flags[at] === 0) continue;
        const o = i * maxCandidates;
        for (let c = 0; c < maxCandidates; c++) {
          if (newIdx[o + c] === j) {
            flags[at] = 0;
            break;
          }
        }
      }
    }
    // Local join: new × new and new × old.
    let updates = 0;
    for (let i = 0; i < n; i++) {
      const o = i * maxCandidates;
      for (let a = 0; a < maxCandidates; a++) {
        const p = newIdx[o + a] as number;
        if (p < 0) continue;
        const pd = p * d;
        for (let b = a + 1; b < maxCandidates; b++) {
          const q = newIdx[o + b] as number;
          if (q < 0) continue;
          const dist = distance(data, pd, q * d, d);
          if (dist < (distances[p * size] as number) || dist < (distances[q * size] as number)) {
            updates += heaps.push(p, dist, q, 1) + heaps.push(q, dist, p, 1);
          }
        }
        for (let b = 0; b < maxCandidates; b++) {
          const q = oldIdx[o + b] as number;
          if (q < 0 || q === p) continue;
          const dist = distance(data, pd, q * d, d);
          if (dist < (distances[p * size] as number) || dist < (distances[q * size] as number)) {
            updates += heaps.push(p, dist, q, 1) + heaps.push(q, dist, p, 1);
          }
        }
      }
    }
    if (updates <= delta * size * n) break;
    options.onProgress?.(1 / 3 + ((2 / 3) * (iteration + 1)) / iterations);
  }
  options.onProgress?.(1);
}

/** Keeps the `m` lowest-priority candidates of point i (a max-heap by priority; duplicates ignored). */
function priorityPush(idx: Int32Array, pri: Float32Array, m: number, i: number, priority: number, j: number): void {
  const o = i * m;
  if (!(priority < (pri[o] as number))) return;
  for (let q = 0; q < m; q++) if (idx[o + q] === j) return;
  let c = 0;
  for (;;) {
    const l = 2 * c + 1;
    if (l >= m) break;
    const r = l + 1;
    let child = l;
    if (r < m && (pri[o + r] as number) > (pri[o + l] as number)) child = r;
    if ((pri[o + child] as number) <= priority) break;
    pri[o + c] = pri[o + child] as number;
    idx[o + c] = idx[o + child] as number;
    c = child;
  }
  pri[o + c] = priority;
  idx[o + c] = j;
}
