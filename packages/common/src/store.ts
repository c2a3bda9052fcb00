import { checkObject } from './validate.js';

/**
 * A tiny observable store: the shape every headless controller in a package's `core/` uses
 * (TanStack's observer pattern). State is replaced, never mutated, so a subscriber can compare
 * snapshots by identity; React reads it with `useStore` from `@tensorscope/common/react`.
 */
export interface Store<State> {
  /** The current snapshot. */
  getState(): State;
  /** Replaces the state (or a part of it) and notifies subscribers when anything changed. */
  setState(update: Partial<State> | ((state: State) => Partial<State>)): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: State, previous: State) => void): () => void;
}

/** Creates a {@link Store} holding `initial`. Works in Node, workers and browsers. */
export function createStore<State extends object>(initial: State): Store<State> {
  let state = checkObject(initial, 'initial') as State;
  const listeners = new Set<(state: State, previous: State) => void>();
  return {
    getState: () => state,
    setState(update) {
      const patch = checkObject(typeof update === 'function' ? update(state) : update, 'update') as Partial<State>;
      let changed = false;
      for (const key of Object.keys(patch) as (keyof State)[]) {
        if (!Object.is(patch[key], state[key])) {
          changed = true;
          break;
        }
      }
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
