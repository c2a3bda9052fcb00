import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store.js';

describe('createStore', () => {
  it('notifies on change with the new and previous state', () => {
    const store = createStore({ count: 0, name: 'a' });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setState({ count: 1 });
    expect(store.getState()).toEqual({ count: 1, name: 'a' });
    expect(listener).toHaveBeenCalledWith({ count: 1, name: 'a' }, { count: 0, name: 'a' });
    store.setState((state) => ({ count: state.count + 1 }));
    expect(store.getState().count).toBe(2);
    unsubscribe();
    store.setState({ count: 5 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the snapshot when nothing changed', () => {
    const store = createStore({ count: 0 });
    const before = store.getState();
    const listener = vi.fn();
    store.subscribe(listener);
    store.setState({ count: 0 });
    expect(store.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });
});
