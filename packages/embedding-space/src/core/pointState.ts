import {
  checkArray,
  checkBoolean,
  checkInteger,
  checkObject,
  checkString,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { checkAnyNumber, checkList } from './args.js';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import type { EmbeddingData } from './embeddingData.js';
import type { PointColors } from './pointColors.js';

/**
 * Per-point display state, one byte per point in the `aState` attribute:
 * normal, dimmed (context while something is selected), neighbour, selected, hidden.
 * (In core so the React shell and the controller use it without importing three.js.)
 */
export const POINT_STATE = { normal: 0, dimmed: 1, neighbor: 2, selected: 3, hidden: 4 } as const;

/** One of the {@link POINT_STATE} values. */
export type PointState = (typeof POINT_STATE)[keyof typeof POINT_STATE];

/** What decides each point's {@link POINT_STATE}. */
export interface PointStateInput {
  data: EmbeddingData;
  coloring: Pick<PointColors, 'visible' | 'legend'>;
  /** The column the points are coloured by; its "other" categories are drawn as dimmed context. */
  colorBy: string | undefined;
  selection: readonly number[];
  focus: number | null;
  /** Search matches (highlighted like neighbours), or null without a query. */
  searchMatches: { indices: Int32Array; total: number } | null;
  /** Neighbours of the selection and analogy answers. */
  neighbors: readonly number[];
  analogy: readonly number[] | null;
  /** Show only the selection and its neighbours. */
  isolated: boolean;
  /** The metadata filters' mask (1 = passes): points with 0 are hidden like filtered categories. */
  filterMask?: Uint8Array | null | undefined;
}

/**
 * The state of every point, by priority: hidden (filtered out) < normal / dimmed (dimmed while
 * anything is emphasised, or when in an "other" category) < neighbour (search match, analogy
 * answer, neighbour) < selected (selection and keyboard focus). Isolating hides everything that
 * is neither selected nor a neighbour.
 */
export function computePointStates(input: PointStateInput): Uint8Array {
  checkObject(input, 'input');
  checkEmbeddingData(input.data);
  checkStateInput(input);
  const { data, coloring, selection, focus, searchMatches, analogy } = input;
  const out = new Uint8Array(data.count);
  const emphasis = selection.length > 0 || (searchMatches !== null && searchMatches.total > 0) || analogy !== null;
  const column = coloring.legend?.kind === 'category' ? data.columns.find((c) => c.name === input.colorBy) : undefined;
  const contextCodes = new Uint8Array(column?.kind === 'category' ? column.categories.length : 0);
  if (coloring.legend?.kind === 'category')
    for (const entry of coloring.legend.entries) if (entry.other) contextCodes[entry.code] = 1;
  const codes = column?.kind === 'category' ? column.codes : null;
  const mask = input.filterMask ?? null;
  for (let i = 0; i < data.count; i++) {
    out[i] =
      !coloring.visible[i] || (mask !== null && mask[i] === 0)
        ? POINT_STATE.hidden
        : emphasis || (codes && contextCodes[codes[i]!])
          ? POINT_STATE.dimmed
          : POINT_STATE.normal;
  }
  if (searchMatches)
    for (const i of searchMatches.indices) if (out[i] !== POINT_STATE.hidden) out[i] = POINT_STATE.neighbor;
  analogy?.forEach((i) => (out[i] = POINT_STATE.neighbor));
  input.neighbors.forEach((i) => (out[i] = POINT_STATE.neighbor));
  for (const i of selection) if (i < data.count) out[i] = POINT_STATE.selected;
  if (focus !== null && focus < data.count) out[focus] = POINT_STATE.selected;
  if (input.isolated) {
    for (let i = 0; i < data.count; i++)
      if (out[i] !== POINT_STATE.selected && out[i] !== POINT_STATE.neighbor) out[i] = POINT_STATE.hidden;
  }
  return out;
}

/** Every field of a {@link PointStateInput} of its documented type (indices are numbers; out-of-range ones are ignored). */
function checkStateInput(input: PointStateInput): void {
  const count = input.data.count;
  const coloring = checkObject(input.coloring, 'input.coloring');
  if (checkList(coloring.visible, 'input.coloring.visible').length !== count) {
    throw new TensorscopeArgumentError('input.coloring.visible', `${count} flags (one per point)`, coloring.visible);
  }
  const legend = coloring.legend;
  if (legend !== null && legend !== undefined) {
    const { kind, entries } = checkObject(legend, 'input.coloring.legend');
    if (kind === 'category') {
      checkArray(entries, 'input.coloring.legend.entries').forEach((entry, i) => {
        checkInteger(
          checkObject(entry, `input.coloring.legend.entries[${i}]`).code,
          `input.coloring.legend.entries[${i}].code`,
          {
            min: 0,
          },
        );
      });
    }
  }
  if (input.colorBy !== undefined && input.colorBy !== null) checkString(input.colorBy, 'input.colorBy');
  checkIndexList(input.selection, 'input.selection');
  checkIndexList(input.neighbors, 'input.neighbors');
  if (input.analogy !== null && input.analogy !== undefined) checkIndexList(input.analogy, 'input.analogy');
  if (input.focus !== null && input.focus !== undefined) checkAnyNumber(input.focus, 'input.focus');
  const matches = input.searchMatches;
  if (matches !== null && matches !== undefined) {
    const { indices, total } = checkObject(matches, 'input.searchMatches');
    checkIndexList(indices, 'input.searchMatches.indices');
    checkAnyNumber(total, 'input.searchMatches.total');
  }
  if (input.isolated !== undefined) checkBoolean(input.isolated, 'input.isolated');
  const mask = input.filterMask;
  if (mask !== null && mask !== undefined && (!(mask instanceof Uint8Array) || mask.length !== count)) {
    throw new TensorscopeArgumentError('input.filterMask', `a Uint8Array of ${count} flags (one per point)`, mask);
  }
}

/** An array or typed array of point indices (numbers; the caller skips those out of range). */
function checkIndexList(value: unknown, argument: string): void {
  const list = checkList(value, argument);
  if (ArrayBuffer.isView(list)) return; // numbers by construction
  for (let i = 0; i < list.length; i++) checkAnyNumber(list[i], `${argument}[${i}]`);
}

/** Screen positions with hidden points set to NaN, so keyboard walks and box/lasso skip them. */
export function withoutHidden(screen: Float32Array, states: Uint8Array): Float32Array {
  for (let i = 0; i < states.length; i++) if (states[i] === POINT_STATE.hidden) screen[i * 2] = NaN;
  return screen;
}
