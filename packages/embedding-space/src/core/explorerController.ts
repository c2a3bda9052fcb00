import { checkArray, checkInteger, checkObject } from '@tensorscope/common';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import { createStore, type Store } from '@tensorscope/common';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { analogyVector, parseAnalogy } from './analogy.js';
import type { EmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';
import {
  checkColumnFilter,
  checkColumnFilters,
  createCrossFilter,
  type ColumnFilter,
  type ColumnFilters,
  type CrossFilter,
  type CrossFilterSnapshot,
} from './crossFilter.js';
import type { ClusterLabel } from './density/clusterLabels.js';
import type { runDensityMap } from './density/densityMap.js';
import { createDensityRunner, type ExplorerDensity } from './density/densityRunner.js';
import { labelIndex } from './labelIndex.js';
import { profileMark } from './mountProfile.js';
import { createLabelSearch, type LabelSearch, type LabelSearchMode, type LabelSearchResult } from './labelSearch.js';
import { computeLayout, placeVector, precomputedLayout, type Layout } from './layout.js';
import { createNeighborSearch, rowVector, type Neighbor, type NeighborSearch } from './neighborSearch.js';
import type { ProjectionProgress } from './projection/types.js';
import { createSifEncoder, sifWords, wordVectorsOf, type SifEncoder } from './sif.js';
import { placeByNeighbors } from './neighborPlacement.js';
import {
  DEFAULT_VIEW_STATE,
  validatePartialViewState,
  type EmbeddingViewState,
  type NeighborMetric,
  MEANING_MAX_LENGTH,
} from './viewState.js';

/** The pointer tool: orbit the camera, or select with a box or a lasso. */
export type ExplorerTool = 'orbit' | 'box' | 'lasso';

/** What the live region should say; the view words it in the user's language. */
export type ExplorerAnnouncement =
  | { kind: 'none' }
  | { kind: 'point'; index: number }
  | { kind: 'neighbors'; of: number; top: readonly Neighbor[]; filtered?: number }
  | { kind: 'neighborStep'; neighbor: Neighbor }
  | { kind: 'selectedCount'; count: number }
  | { kind: 'analogy'; text: string; top: readonly Neighbor[] }
  | { kind: 'meaning'; text: string; top: readonly Neighbor[]; placed: boolean; unknown: readonly string[] }
  | { kind: 'filter'; matched: number; total: number }
  | { kind: 'cluster'; label: ClusterLabel }
  | { kind: 'density'; clusters: readonly number[] }
  | { kind: 'text'; text: string };

/** A typed word or phrase embedded as the SIF-weighted average of its words' vectors. */
export interface MeaningQuery {
  text: string;
  /** The distinct words that have a vector (they make up the query). */
  known: string[];
  /** The distinct words that have none (named on screen). */
  unknown: string[];
  /** The weighted mean of the known words' vectors, in the data's original space. */
  vector: Float32Array;
  /** False when the data has no frequency ranks: every word weighs the same. */
  weighted: boolean;
  /** True when the query has a position in the current layout (false only while there is no layout). */
  placed: boolean;
  /**
   * How it was placed: `'projection'` by the layout's own linear map (PCA, semantic axes, exact);
   * `'neighbors'` at the membership-weighted mean of its nearest rows' positions (UMAP, t-SNE,
   * precomputed: UMAP's way of placing new points, an estimate).
   */
  placedBy?: 'projection' | 'neighbors' | undefined;
  /** The query's scene position `[x, y, z]` in the current layout, when `placed`. */
  position?: Float32Array | undefined;
  /** Its exact nearest rows in the original space. */
  neighbors: Neighbor[];
}

/** Everything the explorer shows, as one immutable snapshot. */
export interface ExplorerState {
  data: EmbeddingData;
  /** The serialisable part (projection, 2D/3D, camera, selection, colour, metric, k, search). */
  view: EmbeddingViewState;
  hover: number | null;
  /** The keyboard focus (a point), drawn like a selected one. */
  focus: number | null;
  /** Category codes of the colour column that are filtered out. */
  hiddenCategories: ReadonlySet<number>;
  /** Show only the selection and its neighbours. */
  isolated: boolean;
  searchMode: LabelSearchMode;
  searchResult: LabelSearchResult | null;
  /** The nearest neighbours of the selection that pass the metadata filters (searched first, then filtered). */
  neighbors: { of: number; list: Neighbor[] } | null;
  /** How many of the searched neighbours the filters removed from `neighbors.list`. */
  neighborsFiltered: number;
  neighborError: Error | null;
  /** The metadata cross-filter: chart counts, the mask of all filters, the selection overlay (null without metadata columns). */
  crossFilter: CrossFilterSnapshot | null;
  /**
   * The mask drawn on the map (1 = shown): null when no filter is set; when the filters match no
   * point, the last mask that matched some (`filterEmpty` says so), so the map stays readable.
   */
  filterMask: Uint8Array | null;
  /** True when the current filters match no point. */
  filterEmpty: boolean;
  analogyText: string;
  analogy: { text: string; neighbors: Neighbor[] } | null;
  analogyError: EmbeddingError | null;
  meaningQuery: MeaningQuery | null;
  meaningError: EmbeddingError | null;
  layout: Layout | null;
  /** Set while a layout is computed (with its phase and fraction). */
  layoutProgress: ProjectionProgress | null;
  layoutError: EmbeddingError | null;
  /** The density map, contours and cluster labels of the current layout (when `view.density` or `view.clusterLabels`). */
  density: ExplorerDensity | null;
  densityError: EmbeddingError | null;
  /** True while a density map is computed. */
  densityRunning: boolean;
  panel: { tool: ExplorerTool; showTable: boolean; autoLabels: boolean; fontSize: number };
  /** The last thing to announce; null shows what is hovered or selected instead. */
  announcement: ExplorerAnnouncement | null;
}

/** Options of {@link createExplorerController}. */
export interface ExplorerControllerOptions {
  data: EmbeddingData;
  initialState?: Partial<EmbeddingViewState> | undefined;
  runtimeOptions?: RuntimeOptions | undefined;
  /** Called with every selection the user makes (also when the selection is controlled). */
  onSelectionChange?: ((selection: number[]) => void) | undefined;
  /** Called with the view state once on `start()` and whenever it changes. */
  onStateChange?: ((view: EmbeddingViewState) => void) | undefined;
  /** Neighbour searches; default: exact, on tensor-core (tests pass their own). */
  createNeighborSearch?: typeof createNeighborSearch;
  /** Layouts; default {@link computeLayout} (tests pass their own). */
  computeLayout?: typeof computeLayout;
  /** Density maps; default `runDensityMap` (a worker above 50,000 points; tests pass their own). */
  computeDensity?: typeof runDensityMap;
}

export type ExplorerController = ReturnType<typeof createExplorerController>;

const SEARCH_LIMIT = 20_000;
const ANALOGY_MAX_K = 20;
const MEANING_MAX_K = 20;

/**
 * `meaning` placed into `layout`: by the layout's linear map when it has one, else at the
 * weighted mean of its neighbours' positions (or marked as not placed without a layout).
 */
function placeMeaning(meaning: MeaningQuery, layout: Layout | null, metric: NeighborMetric): MeaningQuery {
  const finite = (p: Float32Array | null): p is Float32Array => p !== null && Array.from(p).every(Number.isFinite);
  const projected = layout ? placeVector(layout, meaning.vector) : null;
  if (finite(projected)) return { ...meaning, placed: true, placedBy: 'projection', position: projected };
  const estimated = layout ? placeByNeighbors(layout.positions, meaning.neighbors, metric) : null;
  if (finite(estimated)) return { ...meaning, placed: true, placedBy: 'neighbors', position: estimated };
  return { ...meaning, placed: false, placedBy: undefined, position: undefined };
}

/** The state's filter fields for a cross-filter snapshot; `drawn` (the mask on the map) stays when nothing matches. */
function filterFields(snapshot: CrossFilterSnapshot | null, drawn: Uint8Array | null) {
  if (!snapshot || Object.keys(snapshot.filters).length === 0) {
    return { crossFilter: snapshot, filterMask: null, filterEmpty: false };
  }
  if (snapshot.matched === 0) return { crossFilter: snapshot, filterMask: drawn, filterEmpty: true };
  return { crossFilter: snapshot, filterMask: snapshot.mask, filterEmpty: false };
}

/** `view` with `filters` (left out when there are none, so old links and defaults stay as they were). */
function withFilters(view: EmbeddingViewState, filters: ColumnFilters): EmbeddingViewState {
  const rest = { ...view };
  delete rest.filters;
  return Object.keys(filters).length > 0 ? { ...rest, filters } : rest;
}

/** The filters of `filters` that still fit `data` (new data keeps what it can). */
function filtersFitting(data: EmbeddingData, filters: ColumnFilters | undefined): ColumnFilters {
  return Object.fromEntries(
    Object.entries(filters ?? {}).filter(([column, filter]) => {
      try {
        checkColumnFilter(data, column, filter);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** A cross-filter over `data`'s metadata (null without columns) with `filters` and `selection` applied. */
function crossFilterFor(data: EmbeddingData, filters: ColumnFilters | undefined, selection: readonly number[]) {
  if (data.columns.length === 0) return null;
  const cross = createCrossFilter(data);
  cross.setSelection(selection);
  if (filters) cross.setFilters(filters);
  return cross;
}

/**
 * The selected point neighbours are listed for: the last one selected. A state without
 * `view.selection`, or whose last selected entry is not a point index, is an `INVALID_ARGUMENT`.
 */
export function primaryOf(state: Pick<ExplorerState, 'view'>): number | null {
  const view = checkObject(checkObject(state, 'state').view, 'state.view');
  const selection = checkArray(view.selection, 'state.view.selection');
  if (selection.length === 0) return null;
  return checkInteger(selection[selection.length - 1], `state.view.selection[${selection.length - 1}]`, { min: 0 });
}

/**
 * An initial view for `data`: `undefined` (the defaults), or a partial view state checked field by
 * field (see `validateViewState`) whose colour column exists in `data` and whose selection holds
 * rows of `data`. Returns a clean copy; throws an `EmbeddingError('INVALID_VALUE')` naming the field.
 */
export function checkInitialView(data: EmbeddingData, initialState: unknown): Partial<EmbeddingViewState> {
  if (initialState === undefined) return {};
  const view = validatePartialViewState(initialState);
  if (view.colorBy !== undefined && !data.columns.some((column) => column.name === view.colorBy)) {
    const names = data.columns.map((column) => JSON.stringify(column.name)).join(', ');
    throw new EmbeddingError(
      'INVALID_VALUE',
      `Cannot colour by ${JSON.stringify(view.colorBy)}: there is no such metadata column. ` +
        (names ? `Expected one of ${names}.` : 'This data set has no metadata columns.'),
      { details: { field: 'colorBy', column: view.colorBy } },
    );
  }
  if (view.selection) checkSelection(data, view.selection, 'initialState.selection');
  if (view.filters) view.filters = checkColumnFilters(data, view.filters);
  return view;
}

/**
 * A selection for `data` (e.g. a controlled `selection` prop): `undefined`, or an array of row
 * indices (whole numbers from 0 to `data.count - 1`). Returns a copy; a value of the wrong type is
 * an `INVALID_ARGUMENT`, a row that is not in `data` an `INVALID_VALUE`.
 */
export function checkSelection(data: EmbeddingData, selection: unknown, argument = 'selection'): number[] | undefined {
  if (selection === undefined) return undefined;
  return checkArray(selection, argument).map((index, i) => {
    checkInteger(index, `${argument}[${i}]`);
    if ((index as number) < 0 || (index as number) >= data.count) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `${argument}[${i}] is row ${index as number}, but the data has rows 0–${data.count - 1}.`,
        { details: { field: argument, index, count: data.count } },
      );
    }
    return index as number;
  });
}

/**
 * The explorer's state machine without React: selection, focus, hover, search, neighbours,
 * analogies, layout (computed, with progress and cancel), category filters, panels and 2D/3D.
 * `start()` begins computing (layouts, neighbours) and `dispose()` stops it, so the same controller
 * renders on a server without doing work. Views subscribe to `store`.
 */
export function createExplorerController(options: ExplorerControllerOptions) {
  checkObject(options, 'options');
  checkEmbeddingData(options.data);
  const initialView = checkInitialView(options.data, options.initialState);
  let callbacks = { onSelectionChange: options.onSelectionChange, onStateChange: options.onStateChange };
  let runtimeOptions = options.runtimeOptions;
  let controlledSelection = false;
  const layoutOf = options.computeLayout ?? computeLayout;
  const neighborSearchOf = options.createNeighborSearch ?? createNeighborSearch;

  let cross: CrossFilter | null = crossFilterFor(options.data, initialView.filters, initialView.selection ?? []);
  const initialFilters = filterFields(cross?.snapshot() ?? null, null);
  // The neighbours as searched, before the filters: the list is filtered again when the mask changes.
  let searched: { of: number; list: Neighbor[] } | null = null;
  const passing = (list: Neighbor[], mask: Uint8Array | null) =>
    mask ? list.filter((n) => mask[n.index] === 1) : list;

  const store: Store<ExplorerState> = createStore<ExplorerState>({
    data: options.data,
    view: { ...DEFAULT_VIEW_STATE, ...initialView },
    ...initialFilters,
    neighborsFiltered: 0,
    hover: null,
    focus: null,
    hiddenCategories: new Set(),
    isolated: false,
    searchMode: 'substring',
    searchResult: null,
    neighbors: null,
    neighborError: null,
    analogyText: '',
    analogy: null,
    analogyError: null,
    meaningQuery: null,
    meaningError: null,
    layout: null,
    layoutProgress: null,
    layoutError: null,
    density: null,
    densityError: null,
    densityRunning: false,
    panel: { tool: 'orbit', showTable: false, autoLabels: true, fontSize: 12 },
    announcement: null,
  });

  const density = createDensityRunner(store, options.computeDensity);

  // Built on first use: a search index or label map over 341k labels is not free.
  let labelSearch: LabelSearch | null = null;
  let words: Map<string, number> | null = null;
  let sif: SifEncoder | null = null;
  // One resident index per data, metric and runtime; replaced (and freed) when any changes.
  let neighborSearch: { data: EmbeddingData; metric: string; search: NeighborSearch } | null = null;
  const forgetNeighborSearch = () => {
    neighborSearch?.search.dispose();
    neighborSearch = null;
  };
  const neighborsOf = ({ data, view: { metric } }: ExplorerState): NeighborSearch => {
    if (neighborSearch?.data !== data || neighborSearch.metric !== metric) {
      forgetNeighborSearch();
      neighborSearch = { data, metric, search: neighborSearchOf(data, metric, runtimeOptions) };
    }
    return neighborSearch.search;
  };

  const setView = (patch: Partial<EmbeddingViewState>) => store.setState((s) => ({ view: { ...s.view, ...patch } }));

  function searchResultFor(state: ExplorerState, query: string | undefined, mode: LabelSearchMode) {
    if (!query) return null;
    labelSearch ??= createLabelSearch(state.data.labels);
    return labelSearch.search(query, { mode, limit: SEARCH_LIMIT });
  }

  // Given coordinates need no projection: their layout is ready for the first render, so the
  // scene draws in the explorer's first commit instead of after an asynchronous layout pass.
  let layoutReady: { data: EmbeddingData; key: string } | null = null;
  {
    const { data, view } = store.getState();
    if (view.projection.kind === 'precomputed' && !options.computeLayout) {
      try {
        store.setState({ layout: precomputedLayout(data, view.mode) });
        layoutReady = { data, key: JSON.stringify([view.projection, view.mode]) };
      } catch {
        // computeLayout reports the same problem as a typed layout error once started.
      }
    }
  }

  // A search in the initial state (e.g. from a shared link) is answered from the start.
  const initial = store.getState();
  if (initial.view.search) store.setState({ searchResult: searchResultFor(initial, initial.view.search, 'substring') });

  // ---- reactions (active between start() and dispose()) ----
  let running = false;
  let unsubscribe: (() => void) | null = null;
  let layoutKey = '';
  let layoutAbort: AbortController | null = null;
  let neighborKey = '';
  let neighborRun = 0;

  function runLayout(state: ExplorerState) {
    layoutAbort?.abort();
    const abort = new AbortController();
    layoutAbort = abort;
    const { data, view } = state;
    profileMark('layout start');
    store.setState({ layoutError: null, layoutProgress: { phase: view.projection.kind, fraction: 0 } });
    layoutOf(data, view.projection, view.mode, {
      runtimeOptions,
      signal: abort.signal,
      onProgress: (progress) => {
        if (!abort.signal.aborted) store.setState({ layoutProgress: progress });
      },
      onFrame: (layout) => {
        if (!abort.signal.aborted) store.setState({ layout });
      },
    }).then(
      (layout) => {
        profileMark('layout done');
        if (!abort.signal.aborted) store.setState({ layout, layoutProgress: null });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        store.setState({
          layoutProgress: null,
          layoutError:
            error instanceof EmbeddingError
              ? error
              : new EmbeddingError('RENDER_FAILED', String(error), { cause: error }),
        });
      },
    );
  }

  function runNeighbors(state: ExplorerState) {
    const run = ++neighborRun;
    const { data } = state;
    const primary = primaryOf(state);
    if (primary === null || primary >= data.count) {
      searched = null;
      store.setState({ neighbors: null, neighborsFiltered: 0 });
      return;
    }
    store.setState({ neighborError: null });
    neighborsOf(state)
      .query(rowVector(data, primary), state.view.k, [primary])
      .then(
        (list) => {
          if (run !== neighborRun || !running) return;
          searched = { of: primary, list };
          const shown = passing(list, store.getState().filterMask);
          const filtered = list.length - shown.length;
          store.setState({
            neighbors: { of: primary, list: shown },
            neighborsFiltered: filtered,
            ...(announceNeighbors
              ? { announcement: { kind: 'neighbors', of: primary, top: shown.slice(0, 3), filtered } }
              : {}),
          });
        },
        (error: unknown) => {
          if (run === neighborRun && running)
            store.setState({ neighborError: error instanceof Error ? error : new Error(String(error)) });
        },
      );
  }

  function react(state: ExplorerState, previous: ExplorerState | null) {
    const { data, view } = state;
    const nextLayoutKey = JSON.stringify([view.projection, view.mode]);
    const ready = previous === null && layoutReady?.data === data && layoutReady.key === nextLayoutKey;
    layoutReady = null;
    if (ready) layoutKey = nextLayoutKey;
    else if (previous === null || data !== previous.data || nextLayoutKey !== layoutKey) {
      layoutKey = nextLayoutKey;
      runLayout(state);
    }
    const nextNeighborKey = JSON.stringify([primaryOf(state), view.k, view.metric]);
    if (previous === null || data !== previous.data || nextNeighborKey !== neighborKey) {
      neighborKey = nextNeighborKey;
      runNeighbors(state);
    }
    // (Also on start: a controlled selection may have been set before.)
    if (cross && (previous === null || view.selection !== previous.view.selection)) {
      store.setState({ crossFilter: cross.setSelection(view.selection) });
    }
    if (searched && previous !== null && state.filterMask !== previous.filterMask) {
      const shown = passing(searched.list, state.filterMask);
      store.setState({
        neighbors: { of: searched.of, list: shown },
        neighborsFiltered: searched.list.length - shown.length,
      });
    }
    if (previous === null || view !== previous.view) callbacks.onStateChange?.(view);
    density.react(state);
    if (state.meaningQuery && (previous === null || state.layout !== previous.layout)) {
      const meaningQuery = placeMeaning(state.meaningQuery, state.layout, state.view.metric);
      const { announcement } = state;
      // A query made before the first layout arrived said it was not placed: say it again, placed.
      const stale =
        announcement?.kind === 'meaning' &&
        announcement.text === meaningQuery.text &&
        announcement.placed !== meaningQuery.placed;
      store.setState({
        meaningQuery,
        ...(stale ? { announcement: { ...announcement, placed: meaningQuery.placed } } : {}),
      });
    }
  }

  // ---- actions ----
  // A box or lasso announces how many points it caught; the neighbours of its last point do not replace that.
  let announceNeighbors = true;

  function setSelection(selection: number[]) {
    announceNeighbors = true;
    changeSelection(selection);
  }

  function changeSelection(selection: number[]) {
    if (!controlledSelection) setView({ selection });
    callbacks.onSelectionChange?.(selection);
  }

  function select(index: number | null, additive = false) {
    const { selection } = store.getState().view;
    if (index === null) {
      if (!additive) setSelection([]);
      return;
    }
    store.setState({ focus: index });
    if (additive)
      setSelection(selection.includes(index) ? selection.filter((i) => i !== index) : [...selection, index]);
    else setSelection([index]);
  }

  /** Asks the view state's meaning query again (a restored link, new data); a failure shows as `meaningError`. */
  function replayMeaning() {
    const { meaning } = store.getState().view;
    if (meaning !== undefined && meaning.trim() !== '') void controller.queryMeaning(meaning);
  }

  const controller = {
    store,
    /** Starts computing layouts and neighbours for the current and every later state. */
    start() {
      if (running) return;
      running = true;
      unsubscribe = store.subscribe((state, previous) => react(state, previous));
      react(store.getState(), null);
      replayMeaning();
    },
    /** Stops any running layout and frees the neighbour index. `start()` may be called again. */
    dispose() {
      running = false;
      unsubscribe?.();
      unsubscribe = null;
      layoutAbort?.abort();
      layoutAbort = null;
      neighborRun++;
      forgetNeighborSearch();
      density.dispose();
    },
    /** New data: per-data state (focus, filters, neighbours, analogy, selection) starts over. */
    setData(data: EmbeddingData) {
      const state = store.getState();
      if (data === state.data) return;
      labelSearch = null;
      words = null;
      sif = null;
      // Filters that fit the new data stay (same columns and values); the others are dropped.
      const filters = filtersFitting(data, state.view.filters);
      const selection = controlledSelection ? state.view.selection.filter((row) => row < data.count) : [];
      cross = crossFilterFor(data, filters, selection);
      searched = null;
      store.setState({
        data,
        hover: null,
        focus: null,
        hiddenCategories: new Set(),
        isolated: false,
        ...filterFields(cross?.snapshot() ?? null, null),
        neighbors: null,
        neighborsFiltered: 0,
        analogy: null,
        meaningQuery: null,
        meaningError: null,
        density: null,
        densityError: null,
        searchResult: null,
        // A controlled selection is the caller's, but rows the new data lacks cannot stay selected.
        view: withFilters({ ...state.view, selection }, filters),
      });
      const next = store.getState();
      store.setState({ searchResult: searchResultFor(next, next.view.search, next.searchMode) });
      replayMeaning();
    },
    /** Updates the callbacks and runtime options (a new runtime recomputes the layout and index). */
    configure(next: Pick<ExplorerControllerOptions, 'onSelectionChange' | 'onStateChange' | 'runtimeOptions'>) {
      callbacks = { onSelectionChange: next.onSelectionChange, onStateChange: next.onStateChange };
      if (next.runtimeOptions !== runtimeOptions) {
        runtimeOptions = next.runtimeOptions;
        forgetNeighborSearch();
        if (running) {
          runLayout(store.getState());
          runNeighbors(store.getState());
        }
      }
    },
    /** A selection owned by the host (`undefined`: the controller owns it again). */
    setControlledSelection(selection: readonly number[] | undefined) {
      const checked = checkSelection(store.getState().data, selection);
      controlledSelection = checked !== undefined;
      if (checked) setView({ selection: checked });
    },
    setSelection,
    select,
    setHover: (hover: number | null) => store.setState({ hover }),
    /** Moves the keyboard focus and announces the point. */
    focusPoint(index: number) {
      store.setState({ focus: index, announcement: { kind: 'point', index } });
    },
    /** Page Up / Down: the focus walks the neighbour list. */
    stepNeighbor(step: 1 | -1) {
      const { neighbors, focus } = store.getState();
      if (!neighbors || neighbors.list.length === 0) return false;
      const list = neighbors.list;
      const at = list.findIndex((n) => n.index === focus);
      const next = list[step > 0 ? Math.min(list.length - 1, at + 1) : Math.max(0, at - 1)]!;
      store.setState({ focus: next.index, announcement: { kind: 'neighborStep', neighbor: next } });
      return true;
    },
    /** Selects the points inside a box or lasso (given as the row indices inside it). */
    selectArea(inside: number[], additive: boolean) {
      const { selection } = store.getState().view;
      announceNeighbors = false;
      store.setState({ announcement: { kind: 'selectedCount', count: inside.length } });
      changeSelection(additive ? [...new Set([...selection, ...inside])] : inside);
    },
    /** Escape: clears focus, selection, isolation, analogy and search. */
    clearAll() {
      store.setState({ focus: null, isolated: false, analogy: null, meaningQuery: null, meaningError: null });
      setSelection([]);
      store.setState((s) => ({
        view: { ...s.view, search: '', meaning: undefined },
        searchResult: null,
        announcement: { kind: 'none' },
      }));
    },
    announce: (text: string) => store.setState({ announcement: { kind: 'text', text } }),
    setSearch(search: string) {
      const state = store.getState();
      store.setState({
        view: { ...state.view, search },
        searchResult: searchResultFor(state, search, state.searchMode),
      });
    },
    setSearchMode(searchMode: LabelSearchMode) {
      const state = store.getState();
      store.setState({ searchMode, searchResult: searchResultFor(state, state.view.search, searchMode) });
    },
    setProjection: (projection: EmbeddingViewState['projection']) => setView({ projection }),
    setMode: (mode: EmbeddingViewState['mode']) => setView({ mode }),
    setCamera: (camera: NonNullable<EmbeddingViewState['camera']>) => setView({ camera }),
    setMetric: (metric: EmbeddingViewState['metric']) => setView({ metric }),
    /** Neighbours to list, clamped to 1–100. */
    setK: (k: number) => setView({ k: Math.max(1, Math.min(100, Math.round(k) || 1)) }),
    /** Colour by a column (or none); the category filter starts over. */
    setColorBy(colorBy: string | undefined) {
      store.setState((s) => ({ hiddenCategories: new Set(), view: { ...s.view, colorBy: colorBy || undefined } }));
    },
    toggleCategory(code: number) {
      const next = new Set(store.getState().hiddenCategories);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      store.setState({ hiddenCategories: next });
    },
    setIsolated: (isolated: boolean) => store.setState({ isolated }),
    /** Density contours on or off (the map is computed after each layout while on). */
    setDensity(on: boolean) {
      if (on && !store.getState().view.clusterLabels) density.announceNext();
      setView({ density: on === true });
    },
    /** Cluster labels on or off (computed with the density map; announced when ready). */
    setClusterLabels(on: boolean) {
      if (on) density.announceNext();
      setView({ clusterLabels: on === true });
    },
    /**
     * Focuses a cluster's representative row (the first term of its label) and announces the
     * cluster: its label, size and how the label was chosen. Returns the row, or null when there
     * is no such cluster.
     */
    focusCluster(level: number, cluster: number): number | null {
      const label = store.getState().density?.labels?.[level]?.[cluster];
      if (!label) return null;
      store.setState({ focus: label.representative, announcement: { kind: 'cluster', label } });
      return label.representative;
    },
    /**
     * Sets (or with `null` removes) the metadata filter of `column`: `{ values }` keeps those
     * categories, `{ range: [min, max] }` those numbers. Filtered-out points are hidden on the map
     * and left out of the neighbour list; the view state's `filters` follow, and the live region
     * says how many points match. When nothing matches, the map keeps its previous mask and
     * `filterEmpty` is set. An unknown column or value is an `INVALID_VALUE`, a bad shape an `INVALID_ARGUMENT`.
     */
    setFilter(column: string, filter: ColumnFilter | null) {
      const state = store.getState();
      const checked = filter === null ? null : checkColumnFilter(state.data, column, filter);
      // Without metadata this throws the typed "no such column".
      if (!cross) return void checkColumnFilter(state.data, column, { values: [] });
      const snapshot = cross.setFilter(column, checked);
      store.setState({
        ...filterFields(snapshot, state.filterMask),
        view: withFilters(state.view, snapshot.filters),
        announcement: { kind: 'filter', matched: snapshot.matched, total: state.data.count },
      });
    },
    /** Removes every metadata filter. */
    clearFilters() {
      const state = store.getState();
      const snapshot = cross?.setFilters({}) ?? null;
      store.setState({
        ...filterFields(snapshot, null),
        view: withFilters(state.view, {}),
        announcement: { kind: 'filter', matched: state.data.count, total: state.data.count },
      });
    },
    setTool: (tool: ExplorerTool) => store.setState((s) => ({ panel: { ...s.panel, tool } })),
    setShowTable: (showTable: boolean) => store.setState((s) => ({ panel: { ...s.panel, showTable } })),
    setAutoLabels: (autoLabels: boolean) => store.setState((s) => ({ panel: { ...s.panel, autoLabels } })),
    /** Label font size, clamped to 8–24 px (12 for anything unreadable). */
    setFontSize: (size: number) =>
      store.setState((s) => ({ panel: { ...s.panel, fontSize: Math.max(8, Math.min(24, size || 12)) } })),
    /** Stops the running layout; the previous one stays on screen. */
    cancelLayout() {
      layoutAbort?.abort();
      store.setState({ layoutProgress: null });
    },
    setAnalogyText: (analogyText: string) => store.setState({ analogyText }),
    /**
     * Embeds `text` (a word or short phrase) as the SIF-weighted mean of its known words' vectors
     * (a plain mean without a "frequency rank" column), places it into the current layout when that
     * has a transform, and lists its exact nearest rows. A text with no known word sets
     * `meaningError` (`EMPTY_INPUT`) and keeps the previous query; an empty text clears it.
     */
    async queryMeaning(text: string) {
      const state = store.getState();
      store.setState({ meaningError: null });
      try {
        if (typeof text !== 'string') {
          throw new EmbeddingError('INVALID_ARGUMENT', `The meaning query must be a string; received ${typeof text}.`);
        }
        const trimmed = text.trim();
        if (trimmed === '') {
          store.setState((s) => ({ meaningQuery: null, view: { ...s.view, meaning: undefined } }));
          return;
        }
        if (trimmed.length > MEANING_MAX_LENGTH) {
          throw new EmbeddingError(
            'INVALID_VALUE',
            `The meaning query has ${trimmed.length} characters; expected a word or short phrase of at most ${MEANING_MAX_LENGTH}.`,
            { details: { length: trimmed.length, max: MEANING_MAX_LENGTH } },
          );
        }
        sif ??= createSifEncoder(wordVectorsOf(state.data));
        const embedded = sif.embed(trimmed);
        if (!embedded) {
          const unknown = [...new Set(sifWords(trimmed))];
          throw new EmbeddingError(
            'EMPTY_INPUT',
            unknown.length === 0
              ? `${JSON.stringify(trimmed)} has no English words to look up (letters and digits).`
              : `None of the words is in the vocabulary: ${unknown.join(', ')}.`,
            { details: { text: trimmed, unknown } },
          );
        }
        // The weighted mean (not SIF's division by the word count): one word lands on its own point.
        const vector = embedded.vector.map((v) => (v * embedded.words) / embedded.weight);
        const neighbors = await neighborsOf(state).query(vector, Math.min(state.view.k, MEANING_MAX_K));
        const meaning = placeMeaning(
          {
            text: trimmed,
            known: embedded.knownWords,
            unknown: embedded.unknownWords,
            vector,
            weighted: sif.weighted,
            placed: false,
            neighbors,
          },
          store.getState().layout,
          state.view.metric,
        );
        store.setState((s) => ({
          meaningQuery: meaning,
          view: { ...s.view, meaning: trimmed },
          announcement: {
            kind: 'meaning',
            text: trimmed,
            top: neighbors.slice(0, 3),
            placed: meaning.placed,
            unknown: meaning.unknown,
          },
        }));
      } catch (error) {
        store.setState({
          meaningError:
            error instanceof EmbeddingError
              ? error
              : new EmbeddingError('INVALID_VALUE', String(error), { cause: error }),
        });
      }
    },
    /** Answers the analogy in `analogyText` with the nearest rows to its vector. */
    async askAnalogy() {
      const state = store.getState();
      const text = state.analogyText;
      store.setState({ analogyError: null });
      try {
        const terms = parseAnalogy(text);
        words ??= labelIndex(state.data.labels);
        const { vector, exclude } = analogyVector(state.data, terms, { index: words });
        const list = await neighborsOf(state).query(vector, Math.min(state.view.k, ANALOGY_MAX_K), exclude);
        store.setState({
          analogy: { text, neighbors: list },
          announcement: { kind: 'analogy', text, top: list.slice(0, 3) },
        });
      } catch (error) {
        store.setState({
          analogy: null,
          analogyError:
            error instanceof EmbeddingError
              ? error
              : new EmbeddingError('INVALID_VALUE', String(error), { cause: error }),
        });
      }
    },
  };
  return controller;
}
