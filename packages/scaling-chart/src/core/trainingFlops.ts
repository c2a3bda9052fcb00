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
  return FLOP_PER_PARAMETER_TOKEN * parameters * tokens;
}

/** Throws `INVALID_VALUE` naming `field` unless `value` is a positive, finite number. */
export function requirePositive(field: string, value: number): void {
  if (!isPositiveNumber(value)) {
    throw fail('INVALID_VALUE', `${field} must be a positive number (got ${String(value)}).`, {
      details: { field, value },
    });
  }
}
