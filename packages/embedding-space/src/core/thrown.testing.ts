import { expect } from 'vitest';
import { EmbeddingError } from './errors.js';

/** Test helper: runs `run`, asserts it throws an `EmbeddingError` and returns it. */
export function thrown(run: () => unknown): EmbeddingError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EmbeddingError);
    return error as EmbeddingError;
  }
  throw new Error('expected an EmbeddingError');
}
