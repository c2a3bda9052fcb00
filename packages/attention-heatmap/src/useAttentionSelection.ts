'use client';
import { useCallback, useState } from 'react';

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

/**
 * The shared selection model of the attention views, controlled or uncontrolled (like an
 * `<input>`'s `value` / `defaultValue`): pass the same `selection` and `onSelectionChange` to
 * several views to link them.
 */
export function useAttentionSelection({ selection, defaultSelection, onSelectionChange }: SelectionProps) {
  const [internal, setInternal] = useState<AttentionSelection>({ ...DEFAULT_SELECTION, ...defaultSelection });
  const current = selection ?? internal;
  const update = useCallback(
    (patch: Partial<AttentionSelection>) => {
      const next = { ...current, ...patch };
      if (!selection) setInternal(next);
      onSelectionChange?.(next);
    },
    [current, selection, onSelectionChange],
  );
  return [current, update] as const;
}

/** Keeps a selection inside the data's bounds (e.g. after new data with fewer layers arrives). */
export function clampSelection(
  selection: AttentionSelection,
  layers: number,
  heads: number,
  tokens: number,
): AttentionSelection {
  const layer = Math.min(Math.max(0, selection.layer), layers - 1);
  const valid = selection.heads.filter((h) => h >= 0 && h < heads);
  return {
    ...selection,
    layer,
    heads: valid.length > 0 ? valid : [0],
    focusedToken: selection.focusedToken === null || selection.focusedToken < tokens ? selection.focusedToken : null,
  };
}
