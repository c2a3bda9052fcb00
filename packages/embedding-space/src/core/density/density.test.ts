import { createSeededRandom, TensorscopeArgumentError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { createEmbeddingData, createMetadataColumn } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { placeLabels } from '../labelLayout.js';
import { thrown } from '../thrown.testing.js';
import { densityClusters } from './clusters.js';
import { labelClusters } from './clusterLabels.js';
import { densityContours, massThresholds } from './contours.js';
import { computeDensityMap, handleDensityRequest, runDensityMap } from './densityMap.js';
import { kernelDensity } from './kde.js';

/** Points from Gaussian blobs `[x, y, sd, n]`, seeded; returns coordinates and each point's blob. */
function blobs(spec: [number, number, number, number][], seed = 1) {
  const random = createSeededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const total = spec.reduce((a, s) => a + s[3], 0);
  const coordinates = new Float32Array(total * 2);
  const blob = new Int32Array(total);
  let at = 0;
  spec.forEach(([x, y, sd, n], b) => {
    for (let i = 0; i < n; i++, at++) {
      coordinates[at * 2] = x + sd * gauss();
      coordinates[at * 2 + 1] = y + sd * gauss();
      blob[at] = b;
    }
  });
  return { coordinates, blob, count: total };
}

// Three far-apart groups, each of two close sub-blobs: 3 clusters coarse, 6 fine.
const GROUPS: [number, number][] = [
  [-10, -6],
  [10, -6],
  [0, 10],
];
const NESTED = blobs(
  GROUPS.flatMap(([x, y]): [number, number, number, number][] => [
    [x - 1.4, y, 0.6, 1000],
    [x + 1.4, y, 0.6, 1000],
  ]),
);

describe('kernelDensity', () => {
  it('conserves the mass (linear binning) and peaks at a blob centre', () => {
    const { coordinates, count } = blobs([
      [2, 3, 0.5, 3000],
      [-4, -1, 0.5, 500],
    ]);
    const grid = kernelDensity(coordinates, { gridSize: 128 });
    const sum = grid.values.reduce((a, v) => a + v, 0);
    expect(grid.total).toBe(count);
    expect(Math.abs(sum - count) / count).toBeLessThan(0.01);
    let best = 0;
    for (let k = 1; k < grid.values.length; k++) if (grid.values[k]! > grid.values[best]!) best = k;
    const x = grid.x0 + (best % grid.size) * grid.cellWidth;
    const y = grid.y0 + Math.floor(best / grid.size) * grid.cellHeight;
    expect(Math.hypot(x - 2, y - 3)).toBeLessThan(0.3);
    expect(grid.max).toBe(grid.values[best]);
    expect(grid.bandwidthRule).toBe('scott');
  });

  it('blurs symmetrically: one point gives a mirror-symmetric bump', () => {
    const grid = kernelDensity(new Float32Array([0, 0, 1, 1, 0.5, 0.5]), { gridSize: 65, bandwidth: 0.2 });
    // Points symmetric about (0.5, 0.5): the map is symmetric under the point reflection.
    const { size, values } = grid;
    for (let j = 0; j < size; j++) {
      for (let i = 0; i < size; i++) {
        const a = values[j * size + i]!;
        const b = values[(size - 1 - j) * size + (size - 1 - i)]!;
        expect(Math.abs(a - b)).toBeLessThan(1e-5);
      }
    }
    const transpose = (i: number, j: number) => values[i * size + j]!;
    expect(Math.abs(transpose(10, 30) - values[10 * size + 30]!)).toBeLessThan(1e-5);
    expect(grid.bandwidth).toEqual([0.2, 0.2]);
    expect(grid.bandwidthRule).toBe('given');
  });

  it('reads 3-D rows, a plane, a mask and weights', () => {
    const xyz = new Float32Array([0, 0, 5, 1, 0, 6, 0, 1, 7, 9, 9, 9]);
    const mask = new Uint8Array([1, 1, 1, 0]);
    const grid = kernelDensity(xyz, { dimensions: 3, axes: [0, 2], mask, gridSize: 32 });
    expect(grid.total).toBe(3);
    expect(grid.axes).toEqual([0, 2]);
    const weighted = kernelDensity(xyz, { dimensions: 3, weights: new Float32Array([2, 0, 0, 0]), gridSize: 32 });
    expect(weighted.total).toBe(2);
    const none = kernelDensity(xyz, { dimensions: 3, mask: new Uint8Array(4) });
    expect(none.total).toBe(0);
    expect(none.max).toBe(0);
  });

  it('refuses bad input with typed errors', () => {
    expect(thrown(() => kernelDensity(new Float32Array(0))).code).toBe('EMPTY_INPUT');
    expect(thrown(() => kernelDensity(new Float32Array(5))).code).toBe('LENGTH_MISMATCH');
    const nan = thrown(() => kernelDensity(new Float32Array([0, 0, NaN, 1])));
    expect(nan.code).toBe('INVALID_VALUE');
    expect(nan.message).toMatch(/Point 1/);
    expect(thrown(() => kernelDensity(new Float32Array(4), { mask: new Uint8Array(3) })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => kernelDensity(new Float32Array(4), { weights: new Float32Array([1, -1]) })).code).toBe(
      'INVALID_VALUE',
    );
    for (const bad of [{ gridSize: 3 }, { axes: [0, 0] }, { bandwidth: -1 }, { dimensions: 4 }, { mask: [1, 1] }]) {
      expect(() => kernelDensity(new Float32Array(4), bad as never)).toThrow(TensorscopeArgumentError);
    }
    expect(() => kernelDensity([0, 1] as never)).toThrow(TensorscopeArgumentError);
  });
});

describe('densityContours', () => {
  it('draws nested iso-lines at mass quantiles, in layout coordinates', () => {
    const { coordinates } = blobs([[1, 2, 0.5, 4000]]);
    const grid = kernelDensity(coordinates, { gridSize: 96 });
    const lines = densityContours(grid, { levels: [0.2, 0.5, 0.9] });
    expect(lines.map((l) => l.mass)).toEqual([0.2, 0.5, 0.9]);
    expect(lines[0]!.threshold).toBeGreaterThan(lines[1]!.threshold);
    expect(lines[1]!.threshold).toBeGreaterThan(lines[2]!.threshold);
    // One ring each around (1, 2); a higher mass level lies outside a lower one.
    const radius = (segments: Float32Array) => {
      let sum = 0;
      for (let k = 0; k < segments.length; k += 2) sum += Math.hypot(segments[k]! - 1, segments[k + 1]! - 2);
      return sum / (segments.length / 2);
    };
    for (const line of lines) {
      expect(line.rings).toBe(1);
      expect(line.segments.length % 4).toBe(0);
    }
    const r = lines.map((l) => radius(l.segments));
    expect(r[0]).toBeLessThan(r[1]!);
    expect(r[1]).toBeLessThan(r[2]!);
    // A 2-D Gaussian holds mass q within sd·√(−2 ln(1 − q)) (widened a little by the kernel).
    expect(r[1]).toBeGreaterThan(0.5 * Math.sqrt(-2 * Math.log(0.5)));
    expect(r[1]).toBeLessThan(0.5 * Math.sqrt(-2 * Math.log(0.5)) * 1.35);
    const thresholds = massThresholds(grid, [0.5]);
    expect(thresholds[0]).toBeCloseTo(lines[1]!.threshold, 5);
  });

  it('has no lines without mass and refuses bad grids', () => {
    const none = kernelDensity(new Float32Array([0, 0, 1, 1]), { mask: new Uint8Array(2) });
    expect(densityContours(none).every((l) => l.segments.length === 0)).toBe(true);
    const grid = kernelDensity(new Float32Array([0, 0, 1, 1]), { gridSize: 16 });
    expect(() => densityContours(grid, { levels: [1.5] })).toThrow(TensorscopeArgumentError);
    expect(thrown(() => densityContours({ ...grid, values: new Float32Array(3) })).code).toBe('LENGTH_MISMATCH');
    const nan = grid.values.slice();
    nan[5] = NaN;
    expect(thrown(() => densityContours({ ...grid, values: nan })).code).toBe('INVALID_VALUE');
    expect(() => densityContours(null as never)).toThrow(TensorscopeArgumentError);
  });
});

describe('densityClusters', () => {
  it('finds the 3 groups at the coarse level and their 6 blobs at finer ones, nested', () => {
    const map = computeDensityMap(NESTED.coordinates);
    const [coarse, middle, fine] = map.clusters.levels;
    expect(coarse!.clusters).toHaveLength(3);
    expect(fine!.clusters.length).toBeGreaterThanOrEqual(6);
    expect(middle!.clusters.length).toBeGreaterThanOrEqual(3);
    // Each coarse cluster is one group: its points come from blobs 2g and 2g + 1.
    for (const cluster of coarse!.clusters) {
      const groups = new Set<number>();
      coarse!.assignment.forEach((id, i) => id === cluster.id && groups.add(NESTED.blob[i]! >> 1));
      expect(groups.size).toBe(1);
      expect(cluster.count).toBeGreaterThan(1800);
    }
    // Nesting: every fine point's coarse cluster is its fine cluster's parent.
    for (let l = 1; l < 3; l++) {
      const level = map.clusters.levels[l]!;
      const above = map.clusters.levels[l - 1]!;
      for (let i = 0; i < NESTED.count; i++) {
        const id = level.assignment[i]!;
        if (id >= 0) expect(above.assignment[i]).toBe(level.clusters[id]!.parent);
      }
    }
    // The fine level splits the six blobs: most points of a blob share a cluster no other blob dominates.
    const owners = new Set<number>();
    for (let b = 0; b < 6; b++) {
      const votes = new Map<number, number>();
      fine!.assignment.forEach((id, i) => NESTED.blob[i] === b && votes.set(id, (votes.get(id) ?? 0) + 1));
      const [top, n] = [...votes].sort((a, c) => c[1] - a[1])[0]!;
      expect(n).toBeGreaterThan(600);
      owners.add(top);
    }
    expect(owners.size).toBe(6);
    // The peaks sit near the groups.
    for (const cluster of coarse!.clusters) {
      const near = Math.min(...GROUPS.map(([x, y]) => Math.hypot(cluster.peak[0] - x, cluster.peak[1] - y)));
      expect(near).toBeLessThan(2.5);
    }
  });

  it('respects a mask and refuses bad options', () => {
    const grid = kernelDensity(NESTED.coordinates);
    const mask = new Uint8Array(NESTED.count).fill(1);
    mask[0] = 0;
    const clusters = densityClusters(grid, NESTED.coordinates, { mask });
    expect(clusters.levels[0]!.assignment[0]).toBe(-1);
    expect(() => densityClusters(grid, NESTED.coordinates, { persistence: [] })).toThrow(TensorscopeArgumentError);
    expect(
      thrown(() => densityClusters(grid, NESTED.coordinates, { persistence: [0.5], minShare: [0.1, 0.2] })).code,
    ).toBe('LENGTH_MISMATCH');
    expect(thrown(() => densityClusters(grid, new Float32Array([0, NaN]))).code).toBe('INVALID_VALUE');
    const empty = kernelDensity(NESTED.coordinates, { mask: new Uint8Array(NESTED.count) });
    expect(densityClusters(empty, NESTED.coordinates).levels.every((l) => l.clusters.length === 0)).toBe(true);
  });
});

describe('labelClusters', () => {
  // Word-like data: each group's vectors point one way; the planted word is the group's mean exactly.
  const words = ['alpha', 'beta', 'gamma'];
  const vectors = new Float32Array(NESTED.count * 4);
  const random = createSeededRandom(3);
  const labels: string[] = [];
  const topic: string[] = [];
  const planted = [-1, -1, -1];
  for (let i = 0; i < NESTED.count; i++) {
    const g = NESTED.blob[i]! >> 1;
    const isPlanted = planted[g] === -1 && i % 1000 === 500;
    if (isPlanted) planted[g] = i;
    for (let k = 0; k < 4; k++) vectors[i * 4 + k] = (k === g ? 1 : 0) + (isPlanted ? 0 : (random() - 0.5) * 0.8);
    labels.push(isPlanted ? words[g]! : `w${i}`);
    // The topic is over-represented in its group (70%), the rest spread out.
    topic.push(random() < 0.7 ? `topic-${g}` : `topic-${Math.floor(random() * 3)}`);
  }
  const data = createEmbeddingData({
    vectors,
    dimensions: 4,
    labels,
    columns: [
      createMetadataColumn('topic', topic),
      createMetadataColumn(
        'frequency rank',
        labels.map((_, i) => i + 1),
      ),
    ],
  });
  const map = computeDensityMap(NESTED.coordinates);

  it('names each coarse cluster by the row nearest its mean vector (the planted word)', () => {
    const levels = labelClusters(data, map.clusters, { candidates: 5000 });
    expect(levels).toHaveLength(3);
    const coarse = levels[0]!;
    const found = coarse.map((label) => label.terms[0]!.text).sort();
    expect(found).toEqual(['alpha', 'beta', 'gamma']);
    for (const label of coarse) {
      expect(label.method).toBe('mean-vector');
      expect(label.representative).toBe(planted[words.indexOf(label.terms[0]!.text)]);
      expect(label.text.split(', ')).toHaveLength(3);
    }
  });

  it('names clusters by the most over-represented category, with its share and lift', () => {
    const coarse = labelClusters(data, map.clusters, { by: 'topic', terms: 1 })[0]!;
    for (const label of coarse) {
      expect(label.method).toBe('category');
      expect(label.column).toBe('topic');
      const g = NESTED.blob[map.clusters.levels[0]!.assignment.indexOf(label.cluster)]! >> 1;
      expect(label.text).toBe(`topic-${g}`);
      expect(label.terms[0]!.share).toBeGreaterThan(0.7);
      expect(label.terms[0]!.lift).toBeGreaterThan(2);
    }
    const frequent = labelClusters(data, map.clusters, { by: 'frequency' })[0]!;
    expect(frequent[0]!.method).toBe('frequency');
    expect(frequent[0]!.column).toBe('frequency rank');
  });

  it('refuses clusters of other data and unknown columns', () => {
    const other = createEmbeddingData({
      vectors: [
        [0, 1],
        [1, 0],
      ],
    });
    expect(thrown(() => labelClusters(other, map.clusters)).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => labelClusters(data, map.clusters, { by: 'nope' })).code).toBe('INVALID_VALUE');
    expect(thrown(() => labelClusters(data, map.clusters, { by: 'frequency rank' })).code).toBe('INVALID_VALUE');
    expect(() => labelClusters(data, map.clusters, { terms: 0 })).toThrow(TensorscopeArgumentError);
    expect(() => labelClusters(data, { levels: 3 } as never)).toThrow(TensorscopeArgumentError);
  });

  it('places the labels of a level without overlap', () => {
    const levels = labelClusters(data, map.clusters);
    const fine = levels[2]!;
    const candidates = fine.map((label, i) => {
      const [x, y] = map.clusters.levels[2]!.clusters[i]!.peak;
      return { index: i, x: (x + 14) * 20, y: (14 - y) * 20, priority: label.count, width: 60, height: 14 };
    });
    const placed = placeLabels(candidates, { width: 560, height: 560 });
    expect(placed.length).toBeGreaterThan(0);
    const boxes = placed.map((i) => candidates[i]!);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
        expect(overlap).toBe(false);
      }
    }
  });
});

describe('runDensityMap', () => {
  it('computes on this thread, cancels, and reports worker errors with their codes', async () => {
    const map = await runDensityMap(NESTED.coordinates, {}, { useWorker: false });
    expect(map.clusters.levels[0]!.clusters).toHaveLength(3);
    const abort = new AbortController();
    const pending = runDensityMap(NESTED.coordinates, {}, { useWorker: false, signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    const failed = handleDensityRequest({ coordinates: new Float32Array([0, NaN]), options: {} });
    expect(failed.message).toMatchObject({ type: 'error', code: 'INVALID_VALUE' });
    const done = handleDensityRequest({ coordinates: NESTED.coordinates, options: { gridSize: 64 } });
    expect(done.message.type).toBe('done');
    await expect(runDensityMap(new Float32Array(3), {})).rejects.toBeInstanceOf(EmbeddingError);
  });

  it('prints the time at 20,000 points (not asserted)', () => {
    const big = blobs(
      Array.from({ length: 20 }, (_, b): [number, number, number, number] => [
        Math.cos(b) * b,
        Math.sin(b) * b,
        0.4 + (b % 3) * 0.2,
        1000,
      ]),
    );
    const vectors = new Float32Array(big.count * 50);
    const random = createSeededRandom(5);
    for (let k = 0; k < vectors.length; k++) vectors[k] = random() - 0.5;
    const data = createEmbeddingData({ vectors, dimensions: 50 });
    const started = performance.now();
    const map = computeDensityMap(big.coordinates);
    const labelled = performance.now();
    labelClusters(data, map.clusters);
    const done = performance.now();
    console.log(
      `density 20k: kde ${map.timings.density.toFixed(1)} ms, contours ${map.timings.contours.toFixed(1)} ms, clusters ${map.timings.clusters.toFixed(1)} ms, labels ${(done - labelled).toFixed(1)} ms, total ${(done - started).toFixed(1)} ms; clusters per level ${map.clusters.levels.map((l) => l.clusters.length).join('/')}`,
    );
  });
});
