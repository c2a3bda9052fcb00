import { toTensorscopeError, type AnyTensorscopeError } from '../../errors.js';

/** Runs a component's prop checks; returns what they threw (to show inline), or null. */
export function propsError(check: () => void): AnyTensorscopeError | null {
  try {
    check();
    return null;
  } catch (error) {
    return toTensorscopeError(error, 'INVALID_ARGUMENT');
  }
}
