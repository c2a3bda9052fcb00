import { createStore, toTensorscopeError, type AnyTensorscopeError } from '@tensorscope/common';
import { useStore } from '@tensorscope/common/react';
import { useEffect, useState } from 'react';
import {
  createRetrievalExplorer,
  type ExplorerController,
  type ExplorerOptions,
  type ExplorerState,
} from './core/explorer.js';

/**
 * One explorer controller per corpus (and per word vectors, tokenizer, runtime): created and
 * started in an effect, disposed when they change or the view unmounts. Returns null on the server
 * and before the first effect.
 */
export function useRetrievalExplorer(options: ExplorerOptions | null): {
  controller: ExplorerController | null;
  state: ExplorerState | null;
  error: AnyTensorscopeError | null;
} {
  const [controller, setController] = useState<ExplorerController | null>(null);
  const [error, setError] = useState<AnyTensorscopeError | null>(null);
  const { passages, queries, wordVectors, tokenizer, runtime, runtimeOptions } = options ?? {};
  useEffect(() => {
    if (!options) return;
    let created: ExplorerController;
    try {
      created = createRetrievalExplorer(options);
    } catch (caught) {
      setError(toTensorscopeError(caught, 'INVALID_VALUE'));
      return;
    }
    setError(null);
    setController(created);
    void created.start();
    return () => created.dispose();
    // Settings such as the initial query only matter when a controller is created.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [passages, queries, wordVectors, tokenizer, runtime, runtimeOptions, options === null]);
  const state = useStore<object>(controller?.store ?? NO_STATE);
  return { controller, state: controller ? (state as ExplorerState) : null, error };
}

/** What useStore reads before there is a controller (hooks cannot be skipped). */
const NO_STATE = createStore<object>({});
