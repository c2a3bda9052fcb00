import { describeValue } from '@tensorscope/common';
import { fail } from './errors.js';
import { isPositiveNumber } from './sourced.js';

/** FLOP per parameter per training token: forward ≈ 2, backward ≈ 4 (Kaplan et al. 2020, §2.1). */
export const FLOP_PER_PARAMETER_TOKEN = 6;

/**
 * Training compute by the rule of thumb C ≈ 6·N·D (N parameters — the active ones for a mixture
 * of experts — and D training tokens). Throws `TensorscopeError` (`INVALID_VALUE`) for a value that
 * is not a positive, finite number.
 */
export function trainingFlops(parameters: number, tokens: number): number {
  requirePositive('parameters', parameters);
  requirePositive('tokens', tokens);
  return requireFinite('flops', FLOP_PER_PARAMETER_TOKEN * parameters * tokens);
}

/**
 * Returns `value` when it is finite; otherwise the inputs were finite but the result overflowed
 * (e.g. 6 · 1e200 · 1e200), which is a `TOO_LARGE` error naming `field` rather than an Infinity or
 * NaN shown to the reader.
 */
export function requireFinite(field: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw fail('TOO_LARGE', `${field} is too large to compute (got ${String(value)}).`, {
      details: { field, value: String(value) },
    });
  }
  return value;
}

/** Throws `INVALID_VALUE` naming `field` unless `value` is a positive, finite number. */
export function requirePositive(field: string, value: number): void {
  if (!isPositiveNumber(value)) {
    throw fail('INVALID_VALUE', `${field} must be a positive number (got ${describeValue(value)}).`, {
      details: { field, value: describeValue(value) },
    });
  }
}
