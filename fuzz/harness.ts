// The fuzz harness: every public export of every package, called with generated hostile input,
// must answer with a typed `TensorscopeError` or a valid result within its time limit — never an
// untyped throw, a hang, a crash or NaN in its output. `fuzz.test.ts` runs every table in
// `tables/`; an export without an entry fails the run, so a new export cannot skip it.
import { isTensorscopeError } from '@tensorscope/common';
import fc from 'fast-check';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';

/** What one call did. Only `typed` and `clean` are acceptable. */
export type Outcome = 'typed' | 'clean' | 'untyped' | 'hang' | 'crash' | 'wrong';
export const OUTCOMES: readonly Outcome[] = ['typed', 'clean', 'untyped', 'hang', 'crash', 'wrong'];

export interface FuzzEntry {
  /**
   * How to fuzz it. `function` (default for functions): called with `args`; `async`: awaited;
   * `class`: constructed with `new`; `component`: rendered on the server with `props`;
   * `data`: a constant (checked to be frozen-safe data, never called).
   */
  kind?: 'function' | 'async' | 'class' | 'component' | 'data';
  /** The argument lists to try. Default: 0–3 hostile values. */
  args?: fc.Arbitrary<unknown[]>;
  /** The props to try (components). Default: a record of hostile values under the usual prop names. */
  props?: fc.Arbitrary<Record<string, unknown>>;
  /** Calls the export another way (e.g. through a runtime, or on an instance). */
  call?: (target: never, args: unknown[], context: unknown) => unknown;
  /** An extra check of a result that did not throw; false counts as `wrong`. */
  valid?: (result: unknown, args: unknown[]) => boolean;
  /** NaN may appear in this result (e.g. it echoes the input's metadata). Default false. */
  allowNaN?: boolean;
  /** Runs per export. Default 60. */
  runs?: number;
  /** A call slower than this is a `hang`. Default 2,000 ms. */
  timeoutMs?: number;
  /** Why this export is not fuzzed here (it is covered elsewhere): said in the report. */
  exempt?: string;
  /**
   * A known problem not fixed yet (say what is wrong): the export is still fuzzed and its problems
   * are printed, but they do not fail the run — and the run FAILS once the export comes out clean,
   * so the mark cannot outlive the bug (a strict "expected failure").
   */
  open?: string;
}

/** One package entry's table: export name → how to fuzz it. */
export type FuzzTable = Record<string, FuzzEntry>;

/** A package's tables by entry (`'.'`, `'./core'`, …), plus an optional shared context. */
export interface PackageFuzz {
  tables: Record<string, FuzzTable>;
  /** Built once before the package's exports are fuzzed (e.g. a tfjs runtime on the cpu backend). */
  setup?: () => Promise<unknown>;
  teardown?: (context: unknown) => Promise<void> | void;
}

const HUGE = 2 ** 31;

/** Values that have broken libraries before: wrong types, special numbers, lying shapes, markup. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      0,
      -1,
      1.5,
      HUGE,
      Number.MAX_VALUE,
      1e-320,
      '',
      ' ',
      'x',
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://x")',
      '__proto__',
      'constructor',
      'toString',
      '(a+)+$',
      '\u0000',
      '\uD800',
      true,
      false,
      {},
      [],
      [[]],
      [Number.NaN],
      [1e20, 1e20],
      [[1, 2], [3]],
      new Float32Array([Number.NaN, 1]),
      new Float32Array(0),
      new Float64Array([1e308, 1e308]),
      new Uint8Array([0x54, 0x53, 0x41, 0x54, 1, 2, 3, 4]),
      new ArrayBuffer(3),
      { length: HUGE },
      { shape: [HUGE, HUGE], data: [] },
      Object.create(null),
      JSON.parse('{"__proto__": {"polluted": 1}}'),
      () => 1,
      Symbol('s'),
      new Date('invalid'),
      Promise.resolve(1),
      new Map(),
      /x/,
    ),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.double(), { maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.array(fc.double(), { maxLength: 5 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2 ** 32 }) },
);

/** 0 to `max` hostile arguments. */
export const hostileArgs = (max = 3): fc.Arbitrary<unknown[]> => fc.array(hostileValue, { maxLength: max });

/** Hostile props under the names tensorscope components use, plus anything else. */
export const hostileProps: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    data: hostileValue,
    locale: fc.oneof(hostileValue, fc.constantFrom('en', 'ko', 'xx', 'KO')),
    theme: fc.oneof(hostileValue, fc.constantFrom('light', 'dark', 'auto', 'bogus')),
    width: hostileValue,
    height: hostileValue,
    weights: hostileValue,
    queryTokens: hostileValue,
    keyTokens: hostileValue,
    points: hostileValue,
    labels: hostileValue,
    models: hostileValue,
    options: hostileValue,
  },
  { requiredKeys: [] },
);

/** True when `value` holds a NaN anywhere in its plain data (typed arrays, arrays, plain objects). */
export function containsNaN(value: unknown, depth = 0, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (value === null || typeof value !== 'object' || depth > 5 || seen.has(value)) return false;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const array = value as unknown as ArrayLike<number>;
    for (let i = 0; i < Math.min(array.length, 1_000_000); i++) if (Number.isNaN(array[i])) return true;
    return false;
  }
  if (Array.isArray(value)) return value.slice(0, 10_000).some((v) => containsNaN(v, depth + 1, seen));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).some((v) => containsNaN(v, depth + 1, seen));
}

/** Runs one call and says what it did. */
export async function classify(entry: FuzzEntry, target: unknown, args: unknown[], context: unknown): Promise<Outcome> {
  const limit = entry.timeoutMs ?? 2000;
  const started = performance.now();
  const kind = entry.kind ?? 'function';
  let result: unknown;
  try {
    if (entry.call) result = entry.call(target as never, args, context);
    else if (kind === 'class') result = new (target as new (...a: unknown[]) => unknown)(...args);
    else if (kind === 'component') {
      result = renderToString(createElement(target as ComponentType<Record<string, unknown>>, args[0] as never));
    } else result = (target as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), limit)));
      const settled = await Promise.race([result.then((value) => ({ value })), timeout]);
      clearTimeout(timer);
      if (settled === 'hang') return 'hang';
      result = settled.value;
    }
  } catch (error) {
    if (performance.now() - started > limit) return 'hang';
    // A component must show bad props as an inline message, never throw to the page.
    if (kind === 'component') return 'crash';
    return isTensorscopeError(error) ? 'typed' : 'untyped';
  }
  if (performance.now() - started > limit) return 'hang';
  if (!entry.allowNaN && containsNaN(result)) return 'wrong';
  if (entry.valid && !entry.valid(result, args)) return 'wrong';
  return 'clean';
}

/** Fuzzes one export `runs` times; returns the count of each outcome and the first bad input of each. */
export async function fuzzExport(
  entry: FuzzEntry,
  target: unknown,
  context: unknown,
  seed: number,
): Promise<{ counts: Record<Outcome, number>; examples: Partial<Record<Outcome, string>> }> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const examples: Partial<Record<Outcome, string>> = {};
  const kind = entry.kind ?? 'function';
  const inputs: fc.Arbitrary<unknown[]> =
    kind === 'component' ? (entry.props ?? hostileProps).map((p) => [p]) : (entry.args ?? hostileArgs());
  const samples = fc.sample(inputs, { numRuns: entry.runs ?? 60, seed });
  for (const args of samples) {
    const outcome = await classify(entry, target, args, context);
    counts[outcome]++;
    if (outcome !== 'typed' && outcome !== 'clean' && !examples[outcome]) examples[outcome] = describe(args);
  }
  return { counts, examples };
}

/** A short, printable form of an input (for failure messages). */
export function describe(value: unknown): string {
  const seen = new Set<unknown>();
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') return String(v);
    if (v === undefined) return 'undefined';
    if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${(v as unknown as ArrayLike<number>).length})`;
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[cycle]';
      seen.add(v);
    }
    return v;
  });
  return (text ?? String(value)).slice(0, 300);
}
