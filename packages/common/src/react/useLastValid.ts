'use client';
import { useMemo, useRef, type DependencyList } from 'react';
import { checkArray, checkFunction } from '../validate.js';
import { toTensorscopeError, type AnyTensorscopeError, type SharedErrorCode } from '../errors.js';

export interface LastValid<T> {
  /** The newest valid value, or the last valid one when the newest input is bad (null if none yet). */
  value: T | null;
  /** Why the newest input was rejected, or null. */
  error: AnyTensorscopeError | null;
}

/**
 * Validates props with `validate` (re-run when `deps` change). When it throws, returns the error to
 * show inline *and* the last valid value, so a component never loses what the user already had.
 */
export function useLastValid<T>(
  validate: () => T,
  deps: DependencyList,
  fallbackCode: SharedErrorCode = 'INVALID_VALUE',
): LastValid<T> {
  checkFunction(validate, 'validate');
  checkArray(deps, 'deps');
  const result = useMemo((): LastValid<T> => {
    try {
      return { value: validate(), error: null };
    } catch (error) {
      return { value: null, error: toTensorscopeError(error, fallbackCode) };
    }
    // The caller's deps decide when to validate again, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  const last = useRef<T | null>(null);
  if (result.value !== null) last.current = result.value;
  return { value: result.value ?? last.current, error: result.error };
}
