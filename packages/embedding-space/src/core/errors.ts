import { SHARED_ERROR_CODES, TensorscopeError } from '@tensorscope/common';

/** Every code an embedding-space function throws: the shared ones plus this package's own. */
export const EMBEDDING_ERROR_CODES = [
  ...SHARED_ERROR_CODES,
  /** A file's text or bytes do not follow its format (the message names the file, line and column). */
  'PARSE_ERROR',
  /** The layout worker could not start or died (usually a bundler that does not serve the worker file). */
  'WORKER_FAILED',
] as const;

/** A code from {@link EMBEDDING_ERROR_CODES}. */
export type EmbeddingErrorCode = (typeof EMBEDDING_ERROR_CODES)[number];

/** True when `code` is one of {@link EMBEDDING_ERROR_CODES} (codes that crossed a worker are plain strings). */
export function isEmbeddingErrorCode(code: unknown): code is EmbeddingErrorCode {
  return typeof code === 'string' && (EMBEDDING_ERROR_CODES as readonly string[]).includes(code);
}

/** Where in a text file a parse error is (1-based). */
export interface EmbeddingErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/** The typed error every embedding-space loader and validator throws (options that are not an object are ignored, as by `TensorscopeError`). */
export class EmbeddingError extends TensorscopeError<EmbeddingErrorCode> {
  readonly location: EmbeddingErrorLocation | undefined;
  constructor(
    code: EmbeddingErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown; location?: EmbeddingErrorLocation } = {},
  ) {
    const given: typeof options = typeof options === 'object' && options !== null ? options : {};
    const location = isRecord(given.location) ? given.location : undefined;
    const details = isRecord(given.details) ? given.details : undefined;
    super(code, message, { details: { ...location, ...details }, cause: given.cause });
    this.location = location;
  }
}

function isRecord<T extends object>(value: T | undefined): value is T {
  return typeof value === 'object' && value !== null;
}
