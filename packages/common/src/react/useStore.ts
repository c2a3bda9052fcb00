'use client';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Store } from '../store.js';
import { TensorscopeArgumentError, checkFunction } from '../validate.js';

/**
 * Subscribes a component to a headless controller's {@link Store}. With `select`, the component
 * re-renders only when the selected value changes (compared with `Object.is`, or `equal`).
 */
export function useStore<State extends object>(store: Store<State>): State;
export function useStore<State extends object, Selected>(
  store: Store<State>,
  select: (state: State) => Selected,
  equal?: (a: Selected, b: Selected) => boolean,
): Selected;
export function useStore<State extends object, Selected>(
  store: Store<State>,
  select: (state: State) => Selected = (state) => state as unknown as Selected,
  equal: (a: Selected, b: Selected) => boolean = Object.is,
): Selected {
  const { getState, subscribe } = (store ?? {}) as Partial<Store<State>>;
  if (typeof getState !== 'function' || typeof subscribe !== 'function') {
    throw new TensorscopeArgumentError('store', 'a store from createStore', store);
  }
  checkFunction(select, 'select');
  checkFunction(equal, 'equal');
  const last = useRef<{ state: State; selected: Selected } | null>(null);
  const getSnapshot = useCallback(() => {
    const state = store.getState();
    const cached = last.current;
    if (cached && cached.state === state) return cached.selected;
    const selected = select(state);
    if (cached && equal(cached.selected, selected)) {
      last.current = { state, selected: cached.selected };
      return cached.selected;
    }
    last.current = { state, selected };
    return selected;
  }, [store, select, equal]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
