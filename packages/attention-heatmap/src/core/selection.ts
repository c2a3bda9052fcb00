import {
  checkArray,
  checkFunction,
  checkInteger,
  checkObject,
  checkOneOf,
  checkOptions,
  createStore,
  type Store,
} from '@tensorscope/common';

/** What every attention view shows: one layer, one or more heads (aggregated), a focused token. */
export interface AttentionSelection {
  /** Layer index. */
  layer: number;
  /** Head indices; more than one are aggregated with `aggregate`. */
  heads: readonly number[];
  /** How selected heads are combined. */
  aggregate: 'mean' | 'max' | 'sum';
  /** Query token in focus (row), or null. */
  focusedToken: number | null;
}

export const DEFAULT_SELECTION: AttentionSelection = { layer: 0, heads: [0], aggregate: 'mean', focusedToken: null };

export interface SelectionProps {
  /** Controlled selection. When given, the view shows it and reports changes through `onSelectionChange`. */
  selection?: AttentionSelection;
  /** Initial selection when uncontrolled. Default layer 0, head 0. */
  defaultSelection?: Partial<AttentionSelection>;
  /** Called with the next selection whenever the user changes it. */
  onSelectionChange?: (selection: AttentionSelection) => void;
}

export interface AttentionSelectionController {
  /** The uncontrolled selection (ignored while a controlled `selection` is given). */
  store: Store<{ selection: AttentionSelection }>;
  /** The selection shown now: the controlled one, else the store's. */
  current(): AttentionSelection;
  /** Applies a change: kept in the store when uncontrolled, always reported to `onSelectionChange`. */
  update(patch: Partial<AttentionSelection>): AttentionSelection;
  /** Takes the latest `selection` / `onSelectionChange` (a view calls this on every render). */
  setProps(props: Pick<SelectionProps, 'selection' | 'onSelectionChange'>): void;
}

/**
 * The shared selection of the attention views, controlled or uncontrolled (like an `<input>`'s
 * `value` / `defaultValue`): give several views the same `selection` and `onSelectionChange` to
 * link them.
 */
export function createAttentionSelection(props?: SelectionProps): AttentionSelectionController {
  props = checkOptions(props, 'props');
  let selection = props.selection == null ? undefined : checkSelection(props.selection, 'selection');
  let onSelectionChange =
    props.onSelectionChange == null
      ? undefined
      : checkFunction<NonNullable<SelectionProps['onSelectionChange']>>(props.onSelectionChange, 'onSelectionChange');
  const initial = props.defaultSelection == null ? {} : checkObject(props.defaultSelection, 'defaultSelection');
  const store = createStore({ selection: checkSelection({ ...DEFAULT_SELECTION, ...initial }, 'defaultSelection') });
  const current = () => selection ?? store.getState().selection;
  return {
    store,
    current,
    update(patch) {
      const next = checkSelection({ ...current(), ...checkObject(patch, 'patch') }, 'selection');
      if (!selection) store.setState({ selection: next });
      onSelectionChange?.(next);
      return next;
    },
    setProps(next) {
      selection = next.selection == null ? undefined : checkSelection(next.selection, 'selection');
      onSelectionChange = next.onSelectionChange ?? undefined;
    },
  };
}

/** Keeps a selection inside the data's bounds (e.g. after new data with fewer layers arrives). */
export function clampSelection(
  selection: AttentionSelection,
  layers: number,
  heads: number,
  tokens: number,
): AttentionSelection {
  checkSelection(selection, 'selection');
  checkInteger(layers, 'layers', { min: 1 });
  checkInteger(heads, 'heads', { min: 1 });
  checkInteger(tokens, 'tokens', { min: 0 });
  const layer = Math.min(Math.max(0, selection.layer), layers - 1);
  const valid = selection.heads.filter((h) => h >= 0 && h < heads);
  return {
    ...selection,
    layer,
    heads: valid.length > 0 ? valid : [0],
    focusedToken: selection.focusedToken === null || selection.focusedToken < tokens ? selection.focusedToken : null,
  };
}

const AGGREGATIONS = ['mean', 'max', 'sum'] as const;

/** A selection with its documented types, else `INVALID_ARGUMENT`. @internal */
export function checkSelection(value: unknown, argument: string): AttentionSelection {
  const selection = checkObject(value, argument);
  checkInteger(selection.layer, `${argument}.layer`, { min: 0 });
  const heads = checkArray(selection.heads, `${argument}.heads`);
  heads.forEach((head, i) => checkInteger(head, `${argument}.heads[${i}]`, { min: 0 }));
  checkOneOf(selection.aggregate, `${argument}.aggregate`, AGGREGATIONS);
  if (selection.focusedToken !== null) checkInteger(selection.focusedToken, `${argument}.focusedToken`, { min: 0 });
  return selection as unknown as AttentionSelection;
}
