'use client';
import { checkOptions, toTensorscopeError, type AnyTensorscopeError } from '@tensorscope/common';
import { useEffect, useState } from 'react';
import { createRuntime, type RuntimeOptions, type TensorRuntime } from '../runtime.js';

export type TensorRuntimeState =
  | { status: 'loading'; runtime: null; error: null }
  | { status: 'ready'; runtime: TensorRuntime; error: null }
  | { status: 'error'; runtime: null; error: AnyTensorscopeError };

/**
 * Creates a runtime after mount (never during server rendering) and disposes it on unmount.
 * Options are compared by value, so an inline object does not restart detection.
 */
export function useTensorRuntime(options?: RuntimeOptions): TensorRuntimeState {
  // Options of the wrong type (or that JSON cannot hold: cycles, BigInt) are an error state, not a throw.
  let key = '';
  let invalid: AnyTensorscopeError | null = null;
  try {
    key = JSON.stringify(checkOptions(options)) ?? '{}';
  } catch (error) {
    invalid = toTensorscopeError(error, 'INVALID_ARGUMENT');
  }
  const [state, setState] = useState<TensorRuntimeState>({ status: 'loading', runtime: null, error: null });
  useEffect(() => {
    if (invalid) return;
    let cancelled = false;
    let created: TensorRuntime | null = null;
    setState({ status: 'loading', runtime: null, error: null });
    createRuntime(JSON.parse(key) as RuntimeOptions).then(
      (runtime) => {
        created = runtime;
        if (cancelled) runtime.dispose();
        else setState({ status: 'ready', runtime, error: null });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({ status: 'error', runtime: null, error: toTensorscopeError(error, 'BACKEND_UNAVAILABLE') });
      },
    );
    return () => {
      cancelled = true;
      created?.dispose();
    };
    // `invalid` follows from `key`'s inputs; the key alone decides when to restart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return invalid ? { status: 'error', runtime: null, error: invalid } : state;
}
