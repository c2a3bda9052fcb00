import { SHARED_ERROR_CODES, errorFactory } from '@tensorscope/common';

/**
 * Every code this package throws: the shared ones plus its own. The README's "Error codes" table
 * lists each (a test checks it), and a misspelt code fails the type check.
 */
export const RETRIEVAL_ERROR_CODES = [
  ...SHARED_ERROR_CODES,
  /** A corpus file (JSON or TSV) has a row that is not a passage; the message names the row and field. */
  'PARSE_ERROR',
  /** Asked for something the index does not hold (an unknown retriever, SIF without word vectors). */
  'UNAVAILABLE',
] as const;

/** A code from {@link RETRIEVAL_ERROR_CODES}. */
export type RetrievalErrorCode = (typeof RETRIEVAL_ERROR_CODES)[number];

/** Builds this package's `TensorscopeError`s: `throw fail('EMPTY_INPUT', 'The query is empty.')`. */
export const fail = errorFactory<RetrievalErrorCode>();

/** Throws `ABORTED` when the signal has fired (checked between steps of long work). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw fail('ABORTED', 'Building the retrieval index was cancelled.');
}
