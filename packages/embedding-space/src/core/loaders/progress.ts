import { EmbeddingError } from '../errors.js';

/**
 * Wraps a progress callback so it is called at 0, then whenever the fraction has grown by at least
 * `step` since the last call, and at 1; never with a smaller fraction than before.
 */
export function createProgressReporter(
  onProgress: ((fraction: number) => void) | undefined,
  step = 0.05,
): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (!onProgress) return;
    const value = Math.min(1, Math.max(0, fraction));
    if (value === 1 ? last === 1 : value < last + step && last >= 0) return;
    last = value;
    onProgress(value);
  };
}

/** The error loaders reject with when their `AbortSignal` fires. */
export function abortError(signal?: AbortSignal): EmbeddingError {
  return new EmbeddingError('ABORTED', 'Loading the embedding file was cancelled.', {
    ...(signal?.reason === undefined ? {} : { cause: signal.reason }),
  });
}

/** Throws {@link abortError} when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Resolves after pending events have run (a macrotask), so the page stays responsive. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
