import { SHARED_ERROR_CODES, errorFactory } from '@tensorscope/common';

/**
 * Every code this package throws: the shared ones plus its own. The README's "Error codes" table
 * lists each (a test checks it), and a misspelt code fails the type check.
 */
export const TRANSFORMER_ERROR_CODES = [
  ...SHARED_ERROR_CODES,
  'OUT_OF_RANGE',
  'CORRUPT_CHECKPOINT',
  'UNSUPPORTED_VERSION',
  'CONFIG_MISMATCH',
  'OUT_OF_VOCABULARY',
  'DIVERGED',
  'WORKER_FAILED',
] as const;

/** A code from {@link TRANSFORMER_ERROR_CODES}. */
export type TransformerErrorCode = (typeof TRANSFORMER_ERROR_CODES)[number];

/** Builds this package's `TensorscopeError`s: `throw fail('OUT_OF_RANGE', 'Row 7 does not exist.')`. */
export const fail = errorFactory<TransformerErrorCode>();
