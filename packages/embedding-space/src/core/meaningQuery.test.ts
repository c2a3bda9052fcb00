// @vitest-environment node
import { createSeededRandom, gaussian } from '@tensorscope/common';
import { getRuntime } from '@tensorscope/tensor-core';
import type { ProjectionState } from './viewState.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddingData, type EmbeddingData } from './embeddingData.js';
import { createExplorerController } from './explorerController.js';
import { computeLayout, placeVector } from './layout.js';
import { placeByNeighbors } from './neighborPlacement.js';
import { parseViewState, serializeViewState, validateViewState } from './viewState.js';

const CPU = { backends: ['cpu'] } as const;
let data: EmbeddingData;
const words = ['the', 'royal', 'family', 'king', 'queen', 'apple', 'pear', 'stone', 'river', 'house', 'car', 'dog'];

beforeAll(async () => {
  await getRuntime(CPU);
  const random = createSeededRandom(7);
  const d = 6;
  const vectors = Float32Array.from({ length: words.length * d }, () => gaussian(random));
  data = createEmbeddingData({
    vectors,
    dimensions: d,
    labels: words,
    columns: [{ name: 'frequency rank', values: words.map((_, i) => (i === 0 ? 1 : 1000 + i * 37)) }],
  });
});

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

function explorer(initial: Parameters<typeof createExplorerController>[0]['initialState'] = {}) {
  const controller = createExplorerController({ data, initialState: initial, runtimeOptions: CPU });
  controller.start();
  return controller;
}

/** Exact neighbours by brute force (cosine). */
function bruteForce(vector: Float32Array, k: number): number[] {
  const d = data.dimensions;
  const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));
  return words
    .map((_, i) => {
      const row = data.vectors.subarray(i * d, (i + 1) * d);
      let dot = 0;
      for (let j = 0; j < d; j++) dot += row[j]! * vector[j]!;
      return { i, score: dot / (norm(row) * norm(vector)) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((n) => n.i);
}

describe('queryMeaning', () => {
  it('places every row of a PCA or semantic-axes layout where the layout put it', async () => {
    for (const [spec, mode] of [
      [{ kind: 'pca', components: [0, 1, 2] }, '3d'],
      [{ kind: 'pca', components: [1, 2, 3] }, '2d'],
      [{ kind: 'axes', x: ['king', 'queen'] }, '2d'],
      [{ kind: 'axes', x: ['king', 'queen'], y: ['apple', 'stone'] }, '2d'],
    ] as [ProjectionState, '2d' | '3d'][]) {
      const layout = await computeLayout(data, spec, mode, { runtimeOptions: CPU });
      for (let i = 0; i < data.count; i++) {
        const placed = placeVector(layout, data.vectors.subarray(i * 6, (i + 1) * 6))!;
        for (let a = 0; a < 3; a++) expect(placed[a]).toBeCloseTo(layout.positions[i * 3 + a]!, 4);
      }
    }
    const precomputed = createEmbeddingData({
      vectors: data.vectors,
      dimensions: 6,
      coordinates: words.map((_, i) => [i, 0]),
    });
    expect(
      placeVector(await computeLayout(precomputed, { kind: 'precomputed' }, '2d'), new Float32Array(6)),
    ).toBeNull();
  });

  it('embeds a phrase, places it with the PCA components and lists its exact neighbours', async () => {
    const controller = explorer({ k: 5 });
    await settle(() => controller.store.getState().layout !== null);
    await controller.queryMeaning('  The royal family of foo  ');
    const { meaningQuery, meaningError, layout, announcement } = controller.store.getState();
    expect(meaningError).toBeNull();
    expect(meaningQuery).toMatchObject({
      text: 'The royal family of foo',
      known: ['the', 'royal', 'family'],
      unknown: ['of', 'foo'],
      weighted: true,
      placed: true,
    });
    // The weighted mean of the three words' vectors.
    const d = data.dimensions;
    const a = 1e-3;
    const harmonic = Math.log(341_479) + 0.5772156649;
    const weights = [1, 1000 + 37, 1000 + 2 * 37].map((rank) => a / (a + 1 / (rank * harmonic)));
    const total = weights.reduce((x, y) => x + y);
    const expected = new Float32Array(d);
    weights.forEach((w, row) => {
      for (let j = 0; j < d; j++) expected[j] = expected[j]! + (w * data.vectors[row * d + j]!) / total;
    });
    for (let j = 0; j < d; j++) expect(meaningQuery!.vector[j]).toBeCloseTo(expected[j]!, 5);
    // Placement: the query projected onto the layout's PCA components, fitted like the rows.
    const placement = layout!.placement!;
    for (let axis = 0; axis < 3; axis++) {
      let along = 0;
      for (let j = 0; j < d; j++) along += expected[j]! * placement.axes[axis * d + j]!;
      expect(meaningQuery!.position![axis]).toBeCloseTo((along - placement.shift[axis]!) / placement.scale, 4);
    }
    expect(Array.from(meaningQuery!.position!)).toEqual(Array.from(placeVector(layout!, meaningQuery!.vector)!));
    expect(meaningQuery!.neighbors.map((n) => n.index)).toEqual(bruteForce(expected, 5));
    expect(announcement).toMatchObject({ kind: 'meaning', placed: true, unknown: ['of', 'foo'] });
    controller.dispose();
  });

  it('says a query of only unknown words is an EMPTY_INPUT and keeps the last query', async () => {
    const controller = explorer();
    await controller.queryMeaning('king');
    const before = controller.store.getState().meaningQuery;
    expect(before?.neighbors[0]?.index).toBe(words.indexOf('king'));
    await controller.queryMeaning('foo bar');
    const state = controller.store.getState();
    expect(state.meaningError).toMatchObject({ code: 'EMPTY_INPUT', details: { unknown: ['foo', 'bar'] } });
    expect(state.meaningError?.message).toContain('foo, bar');
    expect(state.meaningQuery).toBe(before);
    await controller.queryMeaning('???');
    expect(controller.store.getState().meaningError?.code).toBe('EMPTY_INPUT');
    await controller.queryMeaning(42 as never);
    expect(controller.store.getState().meaningError?.code).toBe('INVALID_ARGUMENT');
    await controller.queryMeaning('x'.repeat(501));
    expect(controller.store.getState().meaningError?.code).toBe('INVALID_VALUE');
    await controller.queryMeaning('');
    expect(controller.store.getState()).toMatchObject({ meaningQuery: null, meaningError: null });
    controller.dispose();
  });

  it('is placed by its neighbours in a layout without a transform, and by the projection when one arrives', async () => {
    // A fake UMAP layout: row i at (i, −i, 0), so a weighted mean of rows is easy to check.
    const positions = Float32Array.from({ length: data.count * 3 }, (_, j) =>
      j % 3 === 2 ? 0 : (j % 3 ? -1 : 1) * Math.floor(j / 3),
    );
    const controller = createExplorerController({
      data,
      runtimeOptions: CPU,
      computeLayout: async (d, spec, mode, options) =>
        spec.kind === 'umap'
          ? { positions, coordinates: new Float32Array(d.count * 2), dimensions: 2, axisLabels: ['UMAP 1', 'UMAP 2'] }
          : computeLayout(d, spec, mode, options),
    });
    controller.setProjection({ kind: 'umap', seed: 1, neighbors: 5, minDist: 0.1 });
    controller.start();
    await settle(() => controller.store.getState().layout !== null);
    await controller.queryMeaning('queen');
    const byNeighbours = controller.store.getState().meaningQuery!;
    expect(byNeighbours).toMatchObject({ placed: true, placedBy: 'neighbors' });
    expect(byNeighbours.neighbors).toHaveLength(controller.store.getState().view.k);
    expect(Array.from(byNeighbours.position!)).toEqual(
      Array.from(placeByNeighbors(positions, byNeighbours.neighbors, 'cosine')!),
    );
    // "queen" is its own nearest row (score 1): it weighs most, so the marker is nearest to it.
    const queen = words.indexOf('queen');
    const distanceTo = (row: number) => Math.hypot(byNeighbours.position![0]! - row, byNeighbours.position![1]! + row);
    const others = byNeighbours.neighbors.slice(1).map((n) => n.index);
    expect(others.every((row) => distanceTo(queen) < distanceTo(row))).toBe(true);
    expect(controller.store.getState().announcement).toMatchObject({ kind: 'meaning', placed: true });
    controller.setProjection({ kind: 'pca', components: [0, 1, 2] });
    await settle(() => controller.store.getState().meaningQuery?.placedBy === 'projection');
    const { meaningQuery, layout } = controller.store.getState();
    for (let a = 0; a < 3; a++) expect(meaningQuery!.position![a]).toBeCloseTo(layout!.positions[queen * 3 + a]!, 4);
    controller.clearAll();
    expect(controller.store.getState().meaningQuery).toBeNull();
    expect(controller.store.getState().view.meaning).toBeUndefined();
    controller.dispose();
  });

  it('is part of the view state: a restored view asks it again, and a new query replaces it', async () => {
    const changes: (string | undefined)[] = [];
    const controller = createExplorerController({
      data,
      initialState: { meaning: 'royal family' },
      runtimeOptions: CPU,
      onStateChange: (view) => changes.push(view.meaning),
    });
    controller.start();
    await settle(() => controller.store.getState().meaningQuery !== null);
    expect(controller.store.getState().meaningQuery).toMatchObject({
      text: 'royal family',
      known: ['royal', 'family'],
    });
    expect(controller.store.getState().view.meaning).toBe('royal family');
    await controller.queryMeaning('  king ');
    expect(controller.store.getState().view.meaning).toBe('king');
    expect(parseViewState(serializeViewState(controller.store.getState().view)).meaning).toBe('king');
    expect(changes.at(-1)).toBe('king');
    await controller.queryMeaning('');
    expect(controller.store.getState().view.meaning).toBeUndefined();
    controller.dispose();
    expect(() => validateViewState({ meaning: 'x'.repeat(501) })).toThrow(/meaning/);
    expect(() => validateViewState({ meaning: 3 })).toThrow(/meaning/);
  });
});
