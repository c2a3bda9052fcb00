import { SHARED_ERROR_CODES, errorFactory, type TensorscopeError } from '@tensorscope/common';

/**
 * Every code this package throws: the shared ones plus its own. The README's "Error codes" table
 * lists each (a test keeps the two in step), so a caller can branch on `error.code` safely.
 */
export const ATTENTION_ERROR_CODES = [
  ...SHARED_ERROR_CODES,
  'OUT_OF_RANGE',
  'INVALID_OPTION',
  'NOT_SELF_ATTENTION',
  'UNSUPPORTED_VERSION',
  'TRUNCATED_DATA',
  'UNKNOWN_FORMAT',
] as const;

/** A code from {@link ATTENTION_ERROR_CODES}. */
export type AttentionErrorCode = (typeof ATTENTION_ERROR_CODES)[number];

/** The error this package throws. */
export type AttentionError = TensorscopeError<AttentionErrorCode>;

/** `throw fail('OUT_OF_RANGE', 'Head 13 does not exist.')`: only this package's codes compile. */
export const fail = errorFactory<AttentionErrorCode>();
