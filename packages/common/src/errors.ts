/**
 * Machine-readable reasons for a {@link TensorscopeError}. Packages add their own codes as
 * string literals; the ones below are shared by every package.
 */
export type TensorscopeErrorCode =
  | 'INVALID_SHAPE'
  | 'INVALID_VALUE'
  | 'EMPTY_INPUT'
  | 'LENGTH_MISMATCH'
  | 'BACKEND_UNAVAILABLE'
  | 'RENDER_FAILED'
  | (string & {});

export interface TensorscopeErrorOptions {
  /** Extra structured detail shown to developers (e.g. `{ row: 3, column: 2 }`). */
  details?: Record<string, unknown>;
  /** The error that caused this one. */
  cause?: unknown;
}

/**
 * The one error type tensorscope throws for bad input. `code` is stable and machine-readable;
 * `message` is an English sentence that names the problem; components show both inline
 * through `ErrorMessage` instead of crashing.
 */
export class TensorscopeError extends Error {
  override readonly name = 'TensorscopeError';
  readonly code: TensorscopeErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: TensorscopeErrorCode, message: string, options: TensorscopeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}

/** True for any `TensorscopeError`, also across duplicated copies of this package. */
export function isTensorscopeError(value: unknown): value is TensorscopeError {
  return (
    value instanceof TensorscopeError ||
    (value instanceof Error &&
      value.name === 'TensorscopeError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** Wraps anything thrown into a `TensorscopeError`, keeping the original as `cause`. */
export function toTensorscopeError(
  value: unknown,
  fallbackCode: TensorscopeErrorCode = 'RENDER_FAILED',
): TensorscopeError {
  if (isTensorscopeError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new TensorscopeError(fallbackCode, message, { cause: value });
}
