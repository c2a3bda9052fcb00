import {
  TensorscopeArgumentError,
  checkArray,
  checkBoolean,
  checkFunction,
  checkString,
  describeValue,
} from '@tensorscope/common';

// Argument checks this package needs beyond common's checkers (checkObject, checkString, …): each
// throws a `TensorscopeArgumentError` (`INVALID_ARGUMENT`) naming the argument, never a TypeError.

/** `undefined`, or a string. */
export function optionalString(value: unknown, argument: string): string | undefined {
  return value === undefined ? undefined : checkString(value, argument);
}

/** `undefined`, or `true` / `false`. */
export function optionalBoolean(value: unknown, argument: string): boolean | undefined {
  return value === undefined ? undefined : checkBoolean(value, argument);
}

/** `undefined`, or a function. */
export function optionalFunction<F extends (...args: never[]) => unknown>(
  value: unknown,
  argument: string,
): F | undefined {
  return value === undefined ? undefined : checkFunction<F>(value, argument);
}

/** A number (NaN and ±Infinity included: the function decides what they mean). */
export function checkAnyNumber(value: unknown, argument: string): number {
  if (typeof value !== 'number') throw new TensorscopeArgumentError(argument, 'a number', value);
  return value;
}

/** A number that is not NaN (±Infinity allowed, e.g. "no limit"). */
export function checkNotNaN(value: unknown, argument: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TensorscopeArgumentError(argument, 'a number (not NaN)', value);
  }
  return value;
}

/** A metadata column for labels: an index or a column name (range and existence are checked where used). */
export function optionalLabelColumn(value: unknown, argument: string): number | string | undefined {
  if (value === undefined || typeof value === 'number' || typeof value === 'string') return value;
  throw new TensorscopeArgumentError(argument, 'a column index or a column name', value);
}

/** A `Map` from label to row index (e.g. from `labelIndex`). */
export function checkLabelMap(value: unknown, argument: string): ReadonlyMap<string, number> {
  if (!(value instanceof Map)) throw new TensorscopeArgumentError(argument, 'a Map from label to row index', value);
  return value as ReadonlyMap<string, number>;
}

/** Two labels, `[from, to]`. */
export function checkLabelPair(value: unknown, argument: string): [string, string] {
  const pair = checkArray(value, argument);
  if (pair.length !== 2) throw new TensorscopeArgumentError(argument, 'two labels [from, to]', value);
  return [checkString(pair[0], `${argument}[0]`), checkString(pair[1], `${argument}[1]`)];
}

/** A `Float32Array`. */
export function checkFloat32Array(value: unknown, argument: string): Float32Array {
  if (!(value instanceof Float32Array)) throw new TensorscopeArgumentError(argument, 'a Float32Array', value);
  return value;
}

/** An array or a typed array (not a `DataView`): something with numbered items and a length. */
export function checkList(value: unknown, argument: string): ArrayLike<unknown> {
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    return value as ArrayLike<unknown>;
  }
  throw new TensorscopeArgumentError(argument, 'an array or a typed array', value);
}

/** A `Set` (or anything with a `has` method), e.g. `hiddenCategories`. */
export function optionalSet<T>(value: unknown, argument: string): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || typeof (value as { has?: unknown }).has !== 'function') {
    throw new TensorscopeArgumentError(argument, 'a Set', value);
  }
  return value as ReadonlySet<T>;
}

/** An `AbortSignal` (or `undefined`). */
export function optionalSignal(value: unknown, argument: string): AbortSignal | undefined {
  if (value === undefined) return undefined;
  const signal = value as Partial<AbortSignal> | null;
  if (
    typeof signal !== 'object' ||
    signal === null ||
    typeof signal.aborted !== 'boolean' ||
    typeof signal.addEventListener !== 'function'
  ) {
    throw new TensorscopeArgumentError(argument, 'an AbortSignal', value);
  }
  return value as AbortSignal;
}

/** A value as message text: its JSON when it has one (clipped), else a description; never throws. */
export function shownValue(value: unknown, max = 60): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return describeValue(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
