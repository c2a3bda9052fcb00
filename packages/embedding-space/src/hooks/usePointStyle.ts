'use client';
import { useMemo } from 'react';
import { primaryOf, type ExplorerState } from '../core/explorerController.js';
import { hexToRgb } from '../core/palette.js';
import { profileSpan } from '../core/mountProfile.js';
import { computePointColors } from '../core/pointColors.js';
import { computePointStates } from '../core/pointState.js';

/** Colours, per-point states and always-shown labels for the scene, recomputed only when their inputs change. */
export function usePointStyle(state: ExplorerState, accent: string) {
  const { data, view, hiddenCategories, searchResult, neighbors, analogy, meaningQuery, focus, hover, isolated } =
    state;
  // A colour column the data does not have (new data without it) colours by nothing rather than throwing.
  const colorBy =
    view.colorBy && data.columns.some((column) => column.name === view.colorBy) ? view.colorBy : undefined;
  // Without a colour column every point has the accent colour: the scene fills that itself, so no
  // count × 3 array is built here (the first frame of 341k points waits for less).
  const coloring = useMemo(
    () =>
      colorBy === undefined
        ? { colors: null, visible: new Uint8Array(data.count).fill(1), legend: null }
        : profileSpan('point colours', () =>
            computePointColors(data, colorBy ? { kind: 'column', column: colorBy } : { kind: 'none' }, {
              hiddenCategories: new Set(hiddenCategories),
              baseColor: hexToRgb(accent),
            }),
          ),
    [data, colorBy, hiddenCategories, accent],
  );
  const states = useMemo(
    () =>
      profileSpan('point states', () =>
        computePointStates({
          data,
          coloring,
          colorBy,
          selection: view.selection,
          focus,
          searchMatches: searchResult,
          neighbors: neighbors?.list.map((n) => n.index) ?? [],
          analogy: analogy?.neighbors.map((n) => n.index) ?? null,
          isolated,
          filterMask: state.filterMask,
        }),
      ),
    [data, coloring, colorBy, view.selection, searchResult, neighbors, analogy, focus, isolated, state.filterMask],
  );
  const primary = primaryOf(state);
  const pinnedLabels = useMemo(() => {
    const list = [focus, hover, primary, ...(neighbors?.list.slice(0, 12).map((n) => n.index) ?? [])];
    analogy?.neighbors.slice(0, 5).forEach((n) => list.push(n.index));
    meaningQuery?.neighbors.slice(0, 5).forEach((n) => list.push(n.index));
    view.selection.slice(-20).forEach((i) => list.push(i));
    return [...new Set(list.filter((i): i is number => i !== null && i < data.count))];
  }, [focus, hover, primary, neighbors, analogy, meaningQuery, view.selection, data]);
  return { coloring, states, pinnedLabels };
}
