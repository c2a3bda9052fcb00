/**
 * The codes every package shares. Each package extends this list with its own closed union in its
 * `core/errors.ts` (e.g. `AttentionErrorCode = SharedErrorCode | 'BAD_HEAD'`), so a misspelt code
 * fails the type check instead of reaching users.
 */
export const SHARED_ERROR_CODES = [
  'INVALID_SHAPE',
  'INVALID_VALUE',
  'INVALID_FORMAT',
  'INVALID_ARGUMENT',
  'EMPTY_INPUT',
  'LENGTH_MISMATCH',
  'TOO_LARGE',
  'ABORTED',
  'BACKEND_UNAVAILABLE',
  'RENDER_FAILED',
] as const;

/** A code from {@link SHARED_ERROR_CODES}. */
export type SharedErrorCode = (typeof SHARED_ERROR_CODES)[number];

/**
 * Kept for compatibility: the shared codes. Packages export their own wider unions
 * (`AttentionErrorCode`, `EmbeddingErrorCode`, `TensorCoreErrorCode`, …).
 */
export type TensorscopeErrorCode = SharedErrorCode;

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
 *
 * `Code` is a closed union: `new TensorscopeError('TYPO', …)` does not compile (the code is never
 * inferred from the argument), and a package widens it explicitly,
 * `new TensorscopeError<AttentionErrorCode>('BAD_HEAD', …)`, usually through its own factory.
 */
export class TensorscopeError<Code extends string = SharedErrorCode> extends Error {
  override readonly name = 'TensorscopeError';
  readonly code: Code;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: NoInfer<Code>, message: string, options: TensorscopeErrorOptions = {}) {
    const given: TensorscopeErrorOptions = typeof options === 'object' && options !== null ? options : {};
    super(safeText(message), given.cause === undefined ? undefined : { cause: given.cause });
    this.code = code;
    this.details = given.details;
  }
}

/** Any value as text; never throws (`String` does for symbols in templates and prototype-less objects). */
function safeText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Any tensorscope error, whatever package threw it. */
export type AnyTensorscopeError = TensorscopeError<string>;

/** True for any `TensorscopeError`, also across duplicated copies of this package. */
export function isTensorscopeError(value: unknown): value is AnyTensorscopeError {
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
  fallbackCode: SharedErrorCode = 'RENDER_FAILED',
): AnyTensorscopeError {
  if (isTensorscopeError(value)) return value;
  const message = value instanceof Error ? value.message : safeText(value);
  return new TensorscopeError(fallbackCode, message, { cause: value });
}

/**
 * A package's error factory: `const fail = errorFactory<AttentionErrorCode>()` then
 * `throw fail('BAD_HEAD', 'Head 13 does not exist.')`. Only the package's codes compile.
 */
export function errorFactory<Code extends string>() {
  return (code: Code, message: string, options?: TensorscopeErrorOptions): TensorscopeError<Code> =>
    new TensorscopeError<Code>(code, message, options);
}
