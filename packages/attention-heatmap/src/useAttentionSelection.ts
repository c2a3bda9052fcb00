'use client';
import { checkOptions } from '@tensorscope/common';
import { useStore } from '@tensorscope/common/react';
import { useCallback, useState } from 'react';
import { createAttentionSelection, type AttentionSelection, type SelectionProps } from './core/selection.js';

export { DEFAULT_SELECTION, clampSelection } from './core/selection.js';
export type { AttentionSelection, SelectionProps } from './core/selection.js';

/**
 * The shared selection of the attention views as a hook: a `createAttentionSelection` controller
 * per view, given the latest props on every render. Returns `[selection, update]`.
 */
export function useAttentionSelection(props: SelectionProps) {
  const { selection, defaultSelection, onSelectionChange } = checkOptions(props, 'props');
  const [controller] = useState(() => createAttentionSelection({ selection, defaultSelection, onSelectionChange }));
  controller.setProps({ selection, onSelectionChange });
  const internal = useStore(controller.store, (state) => state.selection);
  const update = useCallback((patch: Partial<AttentionSelection>) => void controller.update(patch), [controller]);
  return [selection ?? internal, update] as const;
}
