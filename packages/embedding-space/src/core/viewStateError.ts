import { EmbeddingError } from './errors.js';

/**
 * The error for a view-state field that is not what it must be: `INVALID_VALUE` naming the field,
 * with the value shown as JSON (cut at 60 characters, so a huge link does not flood the message).
 */
export function viewStateError(field: string, expected: string, value: unknown): EmbeddingError {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  if (shown.length > 60) shown = `${shown.slice(0, 57)}...`;
  return new EmbeddingError('INVALID_VALUE', `View state field "${field}" must be ${expected}, got ${shown}.`, {
    details: { field },
  });
}
