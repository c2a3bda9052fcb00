import { EmbeddingError } from '../errors.js';

/** The error every cancelled projection rejects with. */
export function abortedError(what: string): EmbeddingError {
  return new EmbeddingError('ABORTED', `${what} was cancelled.`);
}

/** Throws `EmbeddingError('ABORTED')` when `signal` has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw abortedError(what);
}
