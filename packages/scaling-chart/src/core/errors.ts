import { SHARED_ERROR_CODES, errorFactory } from '@tensorscope/common';

/**
 * Every code a scaling-chart error can carry. The charts only reject bad numbers, dates and
 * failed image exports, which the shared codes already name, so the package adds none of its own.
 */
export const SCALING_ERROR_CODES = [...SHARED_ERROR_CODES] as const;

/** A code from {@link SCALING_ERROR_CODES}. */
export type ScalingErrorCode = (typeof SCALING_ERROR_CODES)[number];

/** Builds a `TensorscopeError` with a scaling-chart code: `throw fail('INVALID_VALUE', '…')`. */
export const fail = errorFactory<ScalingErrorCode>();
