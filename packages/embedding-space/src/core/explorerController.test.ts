// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createEmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';
import { createExplorerController, primaryOf, type ExplorerControllerOptions } from './explorerController.js';
import type { Layout } from './layout.js';
import type { Neighbor } from './neighborSearch.js';

const data = createEmbeddingData({
  vectors: [
    [1, 0],
    [0.9, 0.1],
    [0, 1],
    [-1, 0],
  ],
  labels: ['king', 'queen', 'apple', 'stone'],
  columns: [{ name: 'topic', values: ['royal', 'royal', 'food', 'other'] }],
});
const layout = (count: number): Layout => ({
  positions: new Float32Array(count * 3),
  dimensions: 3,
  axisLabels: ['PC1', 'PC2', 'PC3'],
  coordinates: new Float32Array(count * 3),
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(options: Partial<ExplorerControllerOptions> = {}) {
  const queries: { k: number; exclude: readonly number[] }[] = [];
  const disposed: string[] = [];
  const computeLayout = vi.fn<NonNullable<ExplorerControllerOptions['computeLayout']>>(async (d) => layout(d.count));
  const controller = createExplorerController({
    data,
    computeLayout,
    createNeighborSearch: (_data, metric) => ({
      query: async (_vector, k, exclude = []) => {
        queries.push({ k, exclude });
        const list: Neighbor[] = [0, 1, 2, 3]
          .filter((i) => !exclude.includes(i))
          .slice(0, k)
          .map((index, i) => ({ index, score: 1 - i / 10, rank: i + 1 }));
        return list;
      },
      dispose: () => disposed.push(metric),
    }),
    ...options,
  });
  return { controller, queries, disposed, computeLayout };
}

describe('createExplorerController', () => {
  it('does no work until started, then computes the layout once', async () => {
    const { controller, computeLayout } = setup();
    expect(computeLayout).not.toHaveBeenCalled();
    expect(controller.store.getState().layout).toBeNull();
    controller.start();
    controller.start();
    expect(controller.store.getState().layoutProgress).toEqual({ phase: 'pca', fraction: 0 });
    await tick();
    expect(computeLayout).toHaveBeenCalledTimes(1);
    expect(controller.store.getState().layout?.axisLabels).toEqual(['PC1', 'PC2', 'PC3']);
    expect(controller.store.getState().layoutProgress).toBeNull();
  });

  it('recomputes the layout when the projection or 2D/3D changes, not for other view changes', async () => {
    const { controller, computeLayout } = setup();
    controller.start();
    controller.setMode('2d');
    controller.setK(5);
    controller.setProjection({ kind: 'tsne', seed: 1, perplexity: 5 });
    await tick();
    expect(computeLayout.mock.calls.map((call) => [call[1].kind, call[2]])).toEqual([
      ['pca', '3d'],
      ['pca', '2d'],
      ['tsne', '2d'],
    ]);
  });

  it('cancels a running layout and keeps the last one', async () => {
    let signal: AbortSignal | undefined;
    const { controller } = setup({
      computeLayout: (_d, _s, _m, options) =>
        new Promise((_resolve, reject) => {
          signal = options?.signal;
          signal?.addEventListener('abort', () => reject(new EmbeddingError('ABORTED', 'stopped')));
        }),
    });
    controller.start();
    controller.cancelLayout();
    await tick();
    expect(signal?.aborted).toBe(true);
    expect(controller.store.getState()).toMatchObject({ layoutProgress: null, layoutError: null, layout: null });
  });

  it('reports a failed layout as an EmbeddingError', async () => {
    const { controller } = setup({ computeLayout: async () => Promise.reject(new Error('no GPU')) });
    controller.start();
    await tick();
    expect(controller.store.getState().layoutError).toMatchObject({ code: 'RENDER_FAILED' });
  });

  it('selects, lists the neighbours of the last selected point and announces them', async () => {
    const onSelectionChange = vi.fn();
    const { controller, queries } = setup({ onSelectionChange });
    controller.start();
    controller.select(2);
    expect(primaryOf(controller.store.getState())).toBe(2);
    expect(controller.store.getState().focus).toBe(2);
    await tick();
    expect(queries.at(-1)).toEqual({ k: 10, exclude: [2] });
    const state = controller.store.getState();
    expect(state.neighbors?.of).toBe(2);
    expect(state.neighbors?.list.map((n) => n.index)).toEqual([0, 1, 3]);
    expect(state.announcement).toMatchObject({ kind: 'neighbors', of: 2 });
    controller.select(0, true);
    controller.select(2, true);
    expect(onSelectionChange.mock.calls.map((call) => call[0])).toEqual([[2], [2, 0], [0]]);
  });

  it('answers a search from the initial state', () => {
    const { controller } = setup({ initialState: { search: 'een' } });
    expect(Array.from(controller.store.getState().searchResult?.indices ?? [])).toEqual([1]);
  });

  it('keeps the count of a box selection announced when its neighbours arrive', async () => {
    const { controller } = setup();
    controller.start();
    controller.selectArea([0, 1], false);
    await tick();
    expect(controller.store.getState().neighbors?.of).toBe(1);
    expect(controller.store.getState().announcement).toEqual({ kind: 'selectedCount', count: 2 });
    controller.select(3);
    await tick();
    expect(controller.store.getState().announcement).toMatchObject({ kind: 'neighbors', of: 3 });
  });

  it('leaves a controlled selection to the host but still reports changes', () => {
    const onSelectionChange = vi.fn();
    const { controller } = setup({ onSelectionChange });
    controller.setControlledSelection([1]);
    controller.select(3);
    expect(controller.store.getState().view.selection).toEqual([1]);
    expect(onSelectionChange).toHaveBeenCalledWith([3]);
  });

  it('keeps a controlled selection across new data, minus the rows the new data lacks', () => {
    const { controller } = setup();
    controller.setControlledSelection([0, 3]);
    controller.setData(
      createEmbeddingData({
        vectors: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        labels: ['a', 'b', 'c'],
      }),
    );
    expect(controller.store.getState().view.selection).toEqual([0]);
  });

  it('frees the neighbour index when the metric changes and on dispose', async () => {
    const { controller, disposed } = setup();
    controller.start();
    controller.select(0);
    await tick();
    controller.setMetric('euclidean');
    await tick();
    expect(disposed).toEqual(['cosine']);
    controller.dispose();
    expect(disposed).toEqual(['cosine', 'euclidean']);
  });

  it('clamps k and the font size', () => {
    const { controller } = setup();
    controller.setK(500);
    expect(controller.store.getState().view.k).toBe(100);
    controller.setK(0);
    expect(controller.store.getState().view.k).toBe(1);
    controller.setFontSize(3);
    expect(controller.store.getState().panel.fontSize).toBe(8);
    controller.setFontSize(Number.NaN);
    expect(controller.store.getState().panel.fontSize).toBe(12);
  });

  it('searches labels and clears everything on Escape', () => {
    const { controller } = setup();
    controller.setSearch('ng');
    expect(Array.from(controller.store.getState().searchResult?.indices ?? [])).toEqual([0]);
    controller.setSearchMode('regex');
    controller.setSearch('^(king|queen)$');
    expect(controller.store.getState().searchResult?.total).toBe(2);
    controller.select(1);
    controller.setIsolated(true);
    controller.clearAll();
    expect(controller.store.getState()).toMatchObject({
      focus: null,
      isolated: false,
      searchResult: null,
      announcement: { kind: 'none' },
      view: { selection: [], search: '' },
    });
  });

  it('filters categories and starts the filter over with a new colour column', () => {
    const { controller } = setup();
    controller.setColorBy('topic');
    controller.toggleCategory(1);
    controller.toggleCategory(2);
    controller.toggleCategory(1);
    expect([...controller.store.getState().hiddenCategories]).toEqual([2]);
    controller.setColorBy('');
    expect(controller.store.getState().view.colorBy).toBeUndefined();
    expect(controller.store.getState().hiddenCategories.size).toBe(0);
  });

  it('walks the neighbour list with Page Up / Down', async () => {
    const { controller } = setup();
    controller.start();
    expect(controller.stepNeighbor(1)).toBe(false);
    controller.select(0);
    await tick();
    controller.stepNeighbor(1);
    controller.stepNeighbor(1);
    expect(controller.store.getState().focus).toBe(2);
    controller.stepNeighbor(-1);
    expect(controller.store.getState().announcement).toMatchObject({ kind: 'neighborStep', neighbor: { index: 1 } });
  });

  it('answers analogies and explains bad ones', async () => {
    const { controller } = setup();
    controller.setAnalogyText('king - queen + apple');
    await controller.askAnalogy();
    expect(controller.store.getState().analogy?.neighbors.map((n) => n.index)).toEqual([3]);
    controller.setAnalogyText('king - prince + apple');
    await controller.askAnalogy();
    expect(controller.store.getState()).toMatchObject({ analogy: null, analogyError: { code: 'INVALID_VALUE' } });
  });

  it('starts per-data state over with new data and reports view changes', async () => {
    const onStateChange = vi.fn();
    const { controller, computeLayout } = setup({ onStateChange });
    controller.start();
    expect(onStateChange).toHaveBeenCalledTimes(1);
    controller.select(1);
    controller.toggleCategory(0);
    const next = createEmbeddingData({
      vectors: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      labels: ['a', 'b', 'c'],
    });
    controller.setData(next);
    await tick();
    const state = controller.store.getState();
    expect(state).toMatchObject({ data: next, focus: null, neighbors: null, view: { selection: [] } });
    expect(state.hiddenCategories.size).toBe(0);
    expect(computeLayout).toHaveBeenLastCalledWith(next, expect.anything(), '3d', expect.anything());
    expect(onStateChange.mock.lastCall?.[0]).toMatchObject({ selection: [] });
  });
});
