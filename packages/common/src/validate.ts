import { TensorscopeError } from './errors.js';

/**
 * Run-time checks of public arguments: the documented types, checked where plain-page users (custom
 * elements, JSON files, URL parameters) can hand in anything. A violation is a
 * {@link TensorscopeArgumentError} (`INVALID_ARGUMENT`) that names the argument, what was expected
 * and what was given — never a `TypeError` from deep inside. Hand-written rather than a schema
 * library: a dozen small checkers cost well under 1 KB gzip in every package, and their messages
 * read the same everywhere.
 */
export class TensorscopeArgumentError extends TensorscopeError<'INVALID_ARGUMENT'> {
  readonly argument: string;
  readonly expected: string;
  readonly received: string;
  constructor(argument: string, expected: string, value: unknown, cause?: unknown) {
    argument = textOf(argument);
    expected = textOf(expected);
    const received = describeValue(value);
    super('INVALID_ARGUMENT', `${argument} must be ${expected}; received ${received}.`, {
      details: { argument, expected, received },
      ...(cause === undefined ? {} : { cause }),
    });
    this.argument = argument;
    this.expected = expected;
    this.received = received;
  }
}

/** Any value as message text: strings as they are, anything else described (never throws, unlike `String`). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : describeValue(value);
}

/** A short English description of any value, for messages: `"a string ("abc")"`, `"NaN"`, `"an array of 3"`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number')
    return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? `${value}` : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `a string (${JSON.stringify(shown)})`;
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return `${String(value)}`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (ArrayBuffer.isView(value)) {
    const length = (value as { length?: number }).length ?? value.byteLength;
    return `a ${value.constructor?.name ?? 'typed array'} of ${length}`;
  }
  if (value instanceof ArrayBuffer) return `an ArrayBuffer of ${value.byteLength} bytes`;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name: unknown = proto?.constructor?.name;
    return `a ${typeof name === 'string' && name ? name : 'object'}`;
  }
  const keys = Object.keys(value as object);
  return keys.length
    ? `an object with keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`
    : 'an empty object';
}

const fail = (argument: string, expected: string, value: unknown): never => {
  throw new TensorscopeArgumentError(argument, expected, value);
};

/**
 * A checker's own rule argument: `undefined` → `{}`, else a plain object whose listed keys are
 * numbers (or absent). A broken rule is the caller's bug, reported the same typed way.
 */
function ruleOf<R extends object>(rule: R | undefined, numeric: readonly string[]): Partial<R> {
  if (rule === undefined) return {};
  const checked = checkObject(rule, 'rule') as Record<string, unknown>;
  for (const key of numeric) {
    const value = checked[key];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value)))
      fail(`rule.${key}`, 'a number', value);
  }
  return checked as Partial<R>;
}

/** A plain object (not null, not an array, not a typed array). */
export function checkObject(value: unknown, argument: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) {
    fail(argument, 'an object', value);
  }
  return value as Record<string, unknown>;
}

/** An options argument: `undefined` → `{}`; anything but an object is refused. */
export function checkOptions<T extends object>(value: T | undefined, argument = 'options'): Partial<T> {
  if (value === undefined) return {};
  return checkObject(value, argument) as Partial<T>;
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A finite number (optionally an integer within `[min, max]`). */
export function checkNumber(value: unknown, argument: string, numberRule?: NumberRule): number {
  const rule = ruleOf(numberRule, ['min', 'max']);
  const kind = rule.integer ? 'an integer' : 'a finite number';
  const range =
    rule.min !== undefined && rule.max !== undefined
      ? ` from ${rule.min} to ${rule.max}`
      : rule.min !== undefined
        ? ` ≥ ${rule.min}`
        : rule.max !== undefined
          ? ` ≤ ${rule.max}`
          : '';
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (rule.integer && !Number.isInteger(value)) ||
    (rule.min !== undefined && value < rule.min) ||
    (rule.max !== undefined && value > rule.max)
  ) {
    fail(argument, `${kind}${range}`, value);
  }
  return value as number;
}

/** An integer index in `[0, count)`: `OUT_OF_RANGE`-style checks stay with the packages; this is the type. */
export function checkInteger(value: unknown, argument: string, rule?: Omit<NumberRule, 'integer'>): number {
  return checkNumber(value, argument, { ...ruleOf(rule, ['min', 'max']), integer: true });
}

/** A string (optionally non-empty, at most `maxLength` characters). */
export function checkString(
  value: unknown,
  argument: string,
  stringRule?: { nonEmpty?: boolean; maxLength?: number },
): string {
  const rule = ruleOf(stringRule, ['maxLength']);
  if (typeof value !== 'string') fail(argument, 'a string', value);
  const text = value as string;
  if (rule.nonEmpty && text.length === 0) fail(argument, 'a non-empty string', value);
  if (rule.maxLength !== undefined && text.length > rule.maxLength) {
    fail(argument, `a string of at most ${rule.maxLength} characters`, value);
  }
  return text;
}

/** A boolean. */
export function checkBoolean(value: unknown, argument: string): boolean {
  if (typeof value !== 'boolean') fail(argument, 'true or false', value);
  return value as boolean;
}

/** One of the allowed values. */
export function checkOneOf<T extends string | number>(value: unknown, argument: string, allowed: readonly T[]): T {
  const choices = checkArray(allowed, 'allowed');
  if (!choices.includes(value)) fail(argument, `one of ${choices.map(textOf).join(', ')}`, value);
  return value as T;
}

/** An array (optionally at most `maxLength` long). */
export function checkArray(value: unknown, argument: string, arrayRule?: { maxLength?: number }): unknown[] {
  const rule = ruleOf(arrayRule, ['maxLength']);
  if (!Array.isArray(value)) fail(argument, 'an array', value);
  const array = value as unknown[];
  if (rule.maxLength !== undefined && array.length > rule.maxLength) {
    throw new TensorscopeError(
      'TOO_LARGE',
      `${textOf(argument)} has ${array.length} items; at most ${rule.maxLength} are allowed.`,
      {
        details: { argument, length: array.length, max: rule.maxLength },
      },
    );
  }
  return array;
}

/** An array of strings. */
export function checkStringArray(value: unknown, argument: string): string[] {
  const array = checkArray(value, argument);
  const bad = array.findIndex((item) => typeof item !== 'string');
  if (bad >= 0) fail(`${textOf(argument)}[${bad}]`, 'a string', array[bad]);
  return array as string[];
}

/** An array or typed array of finite numbers (NaN and ±Infinity are refused, naming the index). */
export function checkFiniteNumbers(value: unknown, argument: string): ArrayLike<number> {
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    fail(argument, 'an array or typed array of numbers', value);
  }
  const array = value as ArrayLike<unknown>;
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    if (typeof item !== 'number' || !Number.isFinite(item)) fail(`${textOf(argument)}[${i}]`, 'a finite number', item);
  }
  return array as ArrayLike<number>;
}

/** A function. */
export function checkFunction<F extends (...args: never[]) => unknown>(value: unknown, argument: string): F {
  if (typeof value !== 'function') fail(argument, 'a function', value);
  return value as F;
}

/** Bytes: a `Uint8Array` (returned as is) or an `ArrayBuffer` (wrapped). */
export function checkBytes(value: unknown, argument: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return fail(argument, 'a Uint8Array or an ArrayBuffer', value);
}

/**
 * A declared size checked BEFORE any work: `count` elements (a product of declared dimensions) must
 * be a safe integer, at most `max`, and — when `available` is given — match the data really there.
 */
export function checkSize(count: number, argument: string, sizeRule: { max: number; available?: number }): number {
  const rule = ruleOf(sizeRule, ['max', 'available']);
  if (rule.max === undefined) fail('rule.max', 'a number', rule.max);
  const max = rule.max as number;
  if (!Number.isSafeInteger(count) || count < 0) fail(argument, 'a whole number of elements', count);
  if (count > max) {
    throw new TensorscopeError(
      'TOO_LARGE',
      `${textOf(argument)} declares ${count} elements; at most ${max} are allowed.`,
      {
        details: { argument, count, max },
      },
    );
  }
  if (rule.available !== undefined && rule.available !== count) {
    throw new TensorscopeError(
      'LENGTH_MISMATCH',
      `${textOf(argument)} declares ${count} elements but ${rule.available} are given.`,
      { details: { argument, declared: count, available: rule.available } },
    );
  }
  return count;
}

const warned = new Set<string>();

/** Logs `message` once per `key` per page (e.g. an unknown locale that fell back to English). */
export function warnOnce(key: string, message: string): void {
  const id = textOf(key);
  if (warned.has(id)) return;
  warned.add(id);
  console.warn(`[tensorscope] ${textOf(message)}`);
}
