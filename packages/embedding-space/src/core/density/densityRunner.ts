import type { Store } from '@tensorscope/common';
import type { EmbeddingData } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import type { Layout } from '../layout.js';
import type { EmbeddingViewState } from '../viewState.js';
import { labelClusters, type ClusterLabel } from './clusterLabels.js';
import { runDensityMap, type DensityMap } from './densityMap.js';

/** The density map of the current layout as the explorer keeps it. */
export interface ExplorerDensity {
  /** The layout it was computed for (the scene draws it only over that layout). */
  layout: Layout;
  /** The metadata filter mask it was computed for (only the points passing it), or null for all points. */
  mask: Uint8Array | null;
  map: DensityMap;
  /** One list per level (coarse → fine), null until cluster labels are asked for. */
  labels: ClusterLabel[][] | null;
  /** `'vectors'` or the category column the labels were made from. */
  labelBy: string;
  /** The plane of the layout it was taken over: `[0, 1]` (x–y) in 2-D, `[0, 2]` (the floor, x–z) in 3-D. */
  axes: [number, number];
  /** Milliseconds from the request to the labels (map and labels, where they ran). */
  ms: number;
}

/** The part of the explorer's state the runner reads and writes. */
export interface DensityRunnerState {
  data: EmbeddingData;
  view: EmbeddingViewState;
  layout: Layout | null;
  layoutProgress: unknown;
  density: ExplorerDensity | null;
  densityError: EmbeddingError | null;
  densityRunning: boolean;
  announcement: unknown;
  /** The metadata filters' mask: the map is made of the points passing it. */
  filterMask?: Uint8Array | null;
}

/** Labels come from the colour column when it is a category column, else from the vectors. */
export function labelSource(state: Pick<DensityRunnerState, 'data' | 'view'>): string {
  const name = state.view.colorBy;
  const column = name === undefined ? undefined : state.data.columns.find((c) => c.name === name);
  return column?.kind === 'category' ? column.name : 'vectors';
}

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

/**
 * Keeps `state.density` in step with the layout and the view's `density` / `clusterLabels`
 * toggles: after each finished layout (not the frames of a running one) it computes the map with
 * {@link runDensityMap} (in a worker when large), then the labels on this thread, and cancels a
 * run whose layout was replaced. Errors other than a cancel land in `densityError`; the previous
 * map stays until a new one is ready (the scene draws a map only over its own layout).
 */
export function createDensityRunner<S extends DensityRunnerState>(
  store: Store<S>,
  compute: typeof runDensityMap = runDensityMap,
) {
  let abort: AbortController | null = null;
  type Request = { layout: Layout; mask: Uint8Array | null; labelBy: string; labels: boolean };
  let pending: Request | null = null;
  // The request that last failed: not retried until the layout, filters, label source or toggles change.
  let failed: Request | null = null;
  let announce = false;

  const stop = () => {
    abort?.abort();
    abort = null;
    pending = null;
  };

  function labelsFor(state: S, map: DensityMap, labelBy: string): ClusterLabel[][] {
    return labelClusters(state.data, map.clusters, { by: labelBy });
  }

  function finish(state: S, density: ExplorerDensity) {
    const counts = density.map.clusters.levels.map((level) => level.clusters.length);
    store.setState({
      density,
      densityRunning: false,
      densityError: null,
      ...(announce ? { announcement: { kind: 'density', clusters: counts } } : {}),
    } as Partial<S>);
    announce = false;
  }

  function start(state: S, layout: Layout, mask: Uint8Array | null, labelBy: string, wantLabels: boolean) {
    stop();
    const run = new AbortController();
    abort = run;
    pending = { layout, mask, labelBy, labels: wantLabels };
    const axes: [number, number] = layout.dimensions === 3 ? [0, 2] : [0, 1];
    const started = now();
    store.setState({ densityRunning: true, densityError: null } as Partial<S>);
    compute(layout.positions, { dimensions: 3, axes, ...(mask ? { mask } : {}) }, { signal: run.signal }).then(
      (map) => {
        if (run.signal.aborted) return;
        abort = null;
        pending = null;
        try {
          const latest = store.getState();
          const labels = wantLabels ? labelsFor(latest, map, labelBy) : null;
          finish(latest, { layout, mask, map, labels, labelBy, axes, ms: now() - started });
        } catch (error) {
          failed = { layout, mask, labelBy, labels: wantLabels };
          fail(error);
        }
      },
      (error: unknown) => {
        if (run.signal.aborted) return;
        abort = null;
        failed = pending;
        pending = null;
        fail(error);
      },
    );
  }

  function fail(error: unknown) {
    announce = false;
    store.setState({
      densityRunning: false,
      densityError:
        error instanceof EmbeddingError
          ? error
          : new EmbeddingError('RENDER_FAILED', error instanceof Error ? error.message : String(error), {
              cause: error,
            }),
    } as Partial<S>);
  }

  return {
    /** Call with every new state (the controller's reaction). */
    react(state: S) {
      const { view, layout } = state;
      const wantMap = view.density === true || view.clusterLabels === true;
      if (!wantMap || layout === null || state.layoutProgress !== null) {
        // Nothing wanted, or a layout still running: a map of an old layout is not started.
        if (abort && (!wantMap || pending?.layout !== layout)) {
          stop();
          store.setState({ densityRunning: false } as Partial<S>);
        }
        return;
      }
      const labelBy = labelSource(state);
      const wantLabels = view.clusterLabels === true;
      const mask = state.filterMask ?? null;
      const same = (run: Request | null) =>
        run !== null &&
        run.layout === layout &&
        run.mask === mask &&
        run.labelBy === labelBy &&
        run.labels === wantLabels;
      if (same(pending) || same(failed)) return;
      const current = state.density;
      if (current && current.layout === layout && current.mask === mask) {
        if (!wantLabels || (current.labels && current.labelBy === labelBy)) return;
        // The map is there; only the labels are missing or from another column.
        try {
          const started = now();
          const labels = labelsFor(state, current.map, labelBy);
          finish(state, { ...current, labels, labelBy, ms: current.ms + (now() - started) });
        } catch (error) {
          failed = { layout, mask, labelBy, labels: wantLabels };
          fail(error);
        }
        return;
      }
      start(state, layout, mask, labelBy, wantLabels);
    },
    /** The next finished map is announced (after the user turned a toggle on). */
    announceNext() {
      announce = true;
    },
    dispose: stop,
  };
}
