// @vitest-environment node
import { createSeededRandom } from '@tensorscope/common';
import { describe, expect, it, vi } from 'vitest';
import { createEmbeddingData } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { createExplorerController, type ExplorerControllerOptions } from '../explorerController.js';
import type { Layout } from '../layout.js';
import { parseViewState, serializeViewState, validateViewState } from '../viewState.js';
import { runDensityMap } from './densityMap.js';

// Three groups of 400 points in the plane; each group's vectors point along one axis.
const random = createSeededRandom(7);
const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const COUNT = 1200;
const centres = [
  [-0.6, -0.4],
  [0.6, -0.4],
  [0, 0.6],
];
const positions = new Float32Array(COUNT * 3);
const vectors: number[][] = [];
const labels: string[] = [];
const topics: string[] = [];
for (let i = 0; i < COUNT; i++) {
  const g = i % 3;
  positions[i * 3] = centres[g]![0]! + 0.08 * gauss();
  positions[i * 3 + 1] = centres[g]![1]! + 0.08 * gauss();
  vectors.push([0, 1, 2].map((k) => (k === g ? 1 : 0) + 0.2 * (random() - 0.5)));
  labels.push(`${['red', 'green', 'blue'][g]}-${i}`);
  topics.push(['warm', 'leafy', 'cool'][g]!);
}
const data = createEmbeddingData({ vectors, labels, columns: [{ name: 'topic', values: topics }] });
const layoutOf = (): Layout => ({
  positions: positions.slice(),
  dimensions: 2,
  axisLabels: ['x', 'y'],
  coordinates: new Float32Array(COUNT * 2),
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(options: Partial<ExplorerControllerOptions> = {}) {
  return createExplorerController({
    data,
    computeLayout: async () => layoutOf(),
    createNeighborSearch: () => ({ query: async () => [], dispose: () => {} }),
    ...options,
  });
}

describe('density in the explorer controller', () => {
  it('computes nothing until asked, then the map, labels and an announcement', async () => {
    const compute = vi.fn(runDensityMap);
    const controller = setup({ computeDensity: compute });
    controller.start();
    await tick();
    expect(compute).not.toHaveBeenCalled();
    controller.setClusterLabels(true);
    expect(controller.store.getState().densityRunning).toBe(true);
    await tick();
    await tick();
    const state = controller.store.getState();
    expect(state.densityRunning).toBe(false);
    expect(state.density?.layout).toBe(state.layout);
    expect(state.density?.axes).toEqual([0, 1]);
    expect(state.density?.map.clusters.levels[0]!.clusters).toHaveLength(3);
    const coarse = state.density!.labels![0]!;
    expect(coarse.map((l) => l.method)).toEqual(['mean-vector', 'mean-vector', 'mean-vector']);
    expect(coarse.map((l) => l.text.split('-')[0]).sort()).toEqual(['blue', 'green', 'red']);
    expect(state.announcement).toMatchObject({ kind: 'density' });
    // A cluster is reachable: focus its representative and announce it.
    const row = controller.focusCluster(0, 1);
    expect(row).toBe(coarse[1]!.representative);
    expect(controller.store.getState().announcement).toEqual({ kind: 'cluster', label: coarse[1] });
    expect(controller.focusCluster(9, 0)).toBeNull();
    // Colouring by a category column relabels from it without a new map.
    controller.setColorBy('topic');
    const relabelled = controller.store.getState().density!;
    expect(relabelled.map).toBe(state.density!.map);
    expect(relabelled.labelBy).toBe('topic');
    expect(relabelled.labels![0]!.map((l) => l.text).sort()).toEqual(['cool', 'leafy', 'warm']);
    expect(compute).toHaveBeenCalledTimes(1);
    controller.dispose();
  });

  it('maps only the points that pass the metadata filters, and again when the filters change', async () => {
    const compute = vi.fn(runDensityMap);
    const controller = setup({ computeDensity: compute });
    controller.start();
    controller.setClusterLabels(true);
    await tick();
    await tick();
    expect(controller.store.getState().density?.map.clusters.levels[0]!.clusters).toHaveLength(3);
    expect(controller.store.getState().density?.mask).toBeNull();
    controller.setFilter('topic', { values: ['warm', 'cool'] });
    await tick();
    await tick();
    const state = controller.store.getState();
    expect(compute).toHaveBeenCalledTimes(2);
    expect(compute.mock.calls[1]![1]).toMatchObject({ mask: state.filterMask });
    expect(state.density?.mask).toBe(state.filterMask);
    // The "leafy" (green) group is filtered out: two clusters remain, labelled from their own rows.
    const coarse = state.density!.labels![0]!;
    expect(coarse.map((l) => l.text.split('-')[0]).sort()).toEqual(['blue', 'red']);
    controller.clearFilters();
    await tick();
    await tick();
    expect(controller.store.getState().density?.mask).toBeNull();
    expect(controller.store.getState().density?.map.clusters.levels[0]!.clusters).toHaveLength(3);
    controller.dispose();
  });

  it('cancels a run when a new layout arrives and keeps errors typed', async () => {
    const signals: AbortSignal[] = [];
    const controller = setup({
      computeDensity: (coordinates, options, hooks) => {
        signals.push(hooks!.signal!);
        return new Promise((_, reject) => hooks!.signal!.addEventListener('abort', () => reject(new Error('x'))));
      },
    });
    controller.start();
    await tick();
    controller.setDensity(true);
    expect(signals).toHaveLength(1);
    controller.setMode('2d');
    await tick();
    expect(signals[0]!.aborted).toBe(true);
    expect(signals).toHaveLength(2);
    controller.setDensity(false);
    expect(signals[1]!.aborted).toBe(true);
    expect(controller.store.getState().densityRunning).toBe(false);
    controller.dispose();

    const failing = setup({
      computeDensity: async () => {
        throw new EmbeddingError('INVALID_VALUE', 'Point 3 has a coordinate that is not a finite number.');
      },
    });
    failing.start();
    await tick();
    failing.setDensity(true);
    await tick();
    const state = failing.store.getState();
    expect(state.densityError?.code).toBe('INVALID_VALUE');
    expect(state.layout).not.toBeNull();
    failing.dispose();
  });

  it('keeps the toggles in the serialisable view state; old states stay valid', () => {
    const controller = setup({ initialState: { density: true, clusterLabels: false } });
    expect(controller.store.getState().view.density).toBe(true);
    const text = serializeViewState({ ...controller.store.getState().view, clusterLabels: true });
    expect(parseViewState(text)).toMatchObject({ density: true, clusterLabels: true });
    expect(validateViewState({ mode: '2d' }).density).toBeUndefined();
    expect(() => validateViewState({ density: 'yes' })).toThrow(/density/);
  });
});
