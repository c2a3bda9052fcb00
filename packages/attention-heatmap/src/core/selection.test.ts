// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SELECTION, clampSelection, createAttentionSelection } from './selection.js';

describe('createAttentionSelection', () => {
  it('keeps an uncontrolled selection in its store and reports each change', () => {
    const onSelectionChange = vi.fn();
    const selection = createAttentionSelection({ defaultSelection: { layer: 2 }, onSelectionChange });
    expect(selection.current()).toEqual({ ...DEFAULT_SELECTION, layer: 2 });
    const listener = vi.fn();
    selection.store.subscribe(listener);
    selection.update({ heads: [1, 3] });
    expect(selection.store.getState().selection).toEqual({ ...DEFAULT_SELECTION, layer: 2, heads: [1, 3] });
    expect(onSelectionChange).toHaveBeenCalledWith({ ...DEFAULT_SELECTION, layer: 2, heads: [1, 3] });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('leaves a controlled selection to its owner', () => {
    const onSelectionChange = vi.fn();
    const controlled = { ...DEFAULT_SELECTION, layer: 5 };
    const selection = createAttentionSelection({ selection: controlled, onSelectionChange });
    selection.update({ focusedToken: 4 });
    expect(onSelectionChange).toHaveBeenCalledWith({ ...controlled, focusedToken: 4 });
    expect(selection.current()).toBe(controlled); // unchanged until the owner passes a new one
    selection.setProps({ selection: { ...controlled, focusedToken: 4 }, onSelectionChange });
    expect(selection.current().focusedToken).toBe(4);
  });

  it('clamps a selection to smaller data', () => {
    expect(clampSelection({ layer: 9, heads: [7], aggregate: 'max', focusedToken: 30 }, 2, 4, 10)).toEqual({
      layer: 1,
      heads: [0],
      aggregate: 'max',
      focusedToken: null,
    });
  });
});
