// @vitest-environment node
import { TensorscopeArgumentError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { createEmbeddingData } from './embeddingData.js';
import { checkInitialView, createExplorerController } from './explorerController.js';
import type { Layout } from './layout.js';
import type { Neighbor } from './neighborSearch.js';
import { computePointStates, POINT_STATE } from './pointState.js';
import { thrown } from './thrown.testing.js';
import { parseViewState, serializeViewState, validateViewState } from './viewState.js';

const data = createEmbeddingData({
  vectors: [
    [1, 0],
    [0.9, 0.1],
    [0, 1],
    [-1, 0],
    [0.5, 0.5],
  ],
  labels: ['king', 'queen', 'apple', 'stone', 'prince'],
  columns: [
    { name: 'topic', values: ['royal', 'royal', 'food', 'other', 'royal'] },
    { name: 'rank', values: [1, 2, 3, 4, 5] },
  ],
});
const layout = (count: number): Layout => ({
  positions: new Float32Array(count * 3),
  dimensions: 3,
  axisLabels: ['PC1', 'PC2', 'PC3'],
  coordinates: new Float32Array(count * 3),
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(initialState?: Parameters<typeof createExplorerController>[0]['initialState']) {
  const controller = createExplorerController({
    data,
    initialState,
    computeLayout: async (d) => layout(d.count),
    // Neighbours in row order, the query row excluded.
    createNeighborSearch: () => ({
      query: async (_vector, k, exclude = []) =>
        [0, 1, 2, 3, 4]
          .filter((i) => !exclude.includes(i))
          .slice(0, k)
          .map((index, i): Neighbor => ({ index, score: 1 - i / 10, rank: i + 1 })),
      dispose: () => {},
    }),
  });
  controller.start();
  return controller;
}

describe('metadata filters in the explorer', () => {
  it('filters the map mask and the neighbour list, and announces the match count', async () => {
    const controller = setup();
    controller.select(0);
    await tick();
    expect(controller.store.getState().neighbors?.list.map((n) => n.index)).toEqual([1, 2, 3, 4]);
    controller.setFilter('topic', { values: ['royal'] });
    const state = controller.store.getState();
    expect(Array.from(state.filterMask!)).toEqual([1, 1, 0, 0, 1]);
    expect(state.neighbors?.list.map((n) => n.index)).toEqual([1, 4]);
    expect(state.neighborsFiltered).toBe(2);
    expect(state.announcement).toEqual({ kind: 'filter', matched: 3, total: 5 });
    expect(state.view.filters).toEqual({ topic: { values: ['royal'] } });
    // The topic chart keeps its unselected bars (other filters only); the rank chart sees the topic filter.
    const [topic, rank] = state.crossFilter!.charts;
    expect(Array.from(topic!.filtered)).toEqual([3, 1, 1]);
    expect(Array.from(rank!.filtered).reduce((a, b) => a + b, 0)).toBe(3);
    controller.clearFilters();
    expect(controller.store.getState().filterMask).toBeNull();
    expect(controller.store.getState().neighbors?.list).toHaveLength(4);
    expect(controller.store.getState().view.filters).toBeUndefined();
  });

  it('says so when every neighbour is filtered out', async () => {
    const controller = setup({ filters: { rank: { range: [3, 5] } } });
    controller.select(0);
    await tick();
    // Rows 2, 3, 4 pass [3, 5] (5 is the largest value, so it is in).
    expect(controller.store.getState().neighbors?.list.map((n) => n.index)).toEqual([2, 3, 4]);
    // Only row 4 passes both filters: all its neighbours are filtered out.
    controller.setFilter('rank', { range: [5, 5] });
    controller.select(4);
    await tick();
    const state = controller.store.getState();
    expect(state.neighbors?.list).toEqual([]);
    expect(state.neighborsFiltered).toBe(4);
    expect(state.announcement).toMatchObject({ kind: 'neighbors', of: 4, top: [], filtered: 4 });
  });

  it('keeps the previous mask on the map when nothing matches, with the "no points" announcement', () => {
    const controller = setup();
    controller.setFilter('topic', { values: ['food'] });
    const before = controller.store.getState().filterMask;
    controller.setFilter('rank', { range: [4, 5] });
    const state = controller.store.getState();
    expect(state.filterEmpty).toBe(true);
    expect(state.filterMask).toBe(before);
    expect(state.crossFilter?.matched).toBe(0);
    expect(state.announcement).toEqual({ kind: 'filter', matched: 0, total: 5 });
    // The view state keeps the brush, so the user sees and can change it.
    expect(state.view.filters).toEqual({ topic: { values: ['food'] }, rank: { range: [4, 5] } });
    controller.setFilter('rank', null);
    expect(controller.store.getState().filterEmpty).toBe(false);
  });

  it('overlays a selection set before start on the charts', () => {
    const controller = createExplorerController({
      data,
      computeLayout: async (d) => layout(d.count),
      createNeighborSearch: () => ({ query: async () => [], dispose: () => {} }),
    });
    controller.setControlledSelection([3]);
    controller.start();
    expect(Array.from(controller.store.getState().crossFilter!.charts[0]!.selected)).toEqual([0, 0, 1]);
    controller.dispose();
  });

  it('overlays the map selection on the charts', () => {
    const controller = setup();
    controller.selectArea([0, 2], false);
    const topic = controller.store.getState().crossFilter!.charts[0]!;
    expect(Array.from(topic.selected)).toEqual([1, 1, 0]);
    expect(controller.store.getState().crossFilter?.selected).toBe(2);
  });

  it('refuses unknown columns and bad shapes with typed errors, keeping the view', () => {
    const controller = setup();
    expect(thrown(() => controller.setFilter('colour', { values: ['red'] })).code).toBe('INVALID_VALUE');
    expect(() => controller.setFilter('rank', { range: [5, 1] })).toThrow(TensorscopeArgumentError);
    expect(() => controller.setFilter('rank', 7 as never)).toThrow(TensorscopeArgumentError);
    expect(controller.store.getState().view.filters).toBeUndefined();
    expect(thrown(() => checkInitialView(data, { filters: { nope: { values: [] } } })).details).toMatchObject({
      column: 'nope',
    });
    expect(thrown(() => checkInitialView(data, { filters: { topic: { values: ['lava'] } } })).code).toBe(
      'INVALID_VALUE',
    );
  });

  it('keeps the filters that fit new data and drops the others', () => {
    const controller = setup({ filters: { topic: { values: ['royal'] }, rank: { range: [1, 3] } } });
    const next = createEmbeddingData({
      vectors: [
        [1, 0],
        [0, 1],
      ],
      columns: [{ name: 'topic', values: ['royal', 'food'] }],
    });
    controller.setData(next);
    const state = controller.store.getState();
    expect(state.view.filters).toEqual({ topic: { values: ['royal'] } });
    expect(Array.from(state.filterMask!)).toEqual([1, 0]);
  });

  it('hides filtered-out points on the map but keeps selected ones', () => {
    const states = computePointStates({
      data,
      coloring: { visible: new Uint8Array(5).fill(1), legend: null },
      colorBy: undefined,
      selection: [2],
      focus: null,
      searchMatches: null,
      neighbors: [],
      analogy: null,
      isolated: false,
      filterMask: Uint8Array.of(1, 1, 0, 0, 1),
    });
    expect(states[3]).toBe(POINT_STATE.hidden);
    expect(states[2]).toBe(POINT_STATE.selected);
    expect(states[0]).toBe(POINT_STATE.dimmed);
  });
});

describe('filters in the view state', () => {
  it('round-trips through serializeViewState / parseViewState', () => {
    // JSON.parse makes "__proto__" an own key, as a link would.
    const view = validateViewState(
      JSON.parse(
        '{"filters":{"topic":{"values":["royal","food"]},"rank":{"range":[1.5,3]},"__proto__":{"values":["x"]}}}',
      ),
    );
    const back = parseViewState(serializeViewState(view));
    expect(back.filters).toEqual(view.filters);
    expect(Object.keys(back.filters!)).toEqual(['topic', 'rank', '__proto__']);
  });

  it('leaves old states valid and unchanged', () => {
    const old = parseViewState(JSON.stringify({ v: 1, k: 5 }));
    expect(old.filters).toBeUndefined();
    expect(parseViewState(serializeViewState(old))).toEqual(old);
  });

  it('names the bad field of a badly shaped filter', () => {
    for (const filters of [
      [],
      { rank: { range: [3, 1] } },
      { rank: { range: [0, Infinity] } },
      { rank: { range: [0, 1], values: [] } },
      { topic: { values: [1] } },
      { topic: 'royal' },
    ]) {
      const error = thrown(() => validateViewState({ filters }));
      expect(error.code).toBe('INVALID_VALUE');
      expect(String(error.details?.field)).toMatch(/^filters/);
    }
  });
});
