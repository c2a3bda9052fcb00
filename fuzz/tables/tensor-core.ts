import fc from 'fast-check';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { hostileArgs, hostileProps, hostileValue, type PackageFuzz } from '../harness.js';

// Every call runs on one cpu runtime made in `setup` (Node has no GPU): it is also the shared
// runtime, so calls without `{ runtime }` use it instead of trying every backend.

interface RuntimeLike {
  dispose(): void;
  numTensors(): number;
}

/** Mostly ordinary numbers, sometimes the values that overflow float32 when squared, or NaN/∞. */
const cell = fc.oneof(
  { weight: 10, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e20, -1e20, 3e38, 1e-30, 1e-40, 0),
  },
);

const nested = (rows: number, columns: number) =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

/** A `rows × columns` matrix as nested arrays or `{ data, shape }`. */
const matrixOf = (rows: number, columns: number) =>
  nested(rows, columns).chain((values) =>
    fc.constantFrom<unknown>(values, { data: Float32Array.from(values.flat()), shape: [rows, columns] }),
  );

/** Realistic-but-broken matrices: shapes that lie about the data, ragged rows, wrong types. */
const brokenMatrix: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    { data: new Float32Array(4), shape: [100_000, 100_000] },
    { data: new Float32Array(4), shape: [2 ** 31, 2 ** 31] },
    { data: new Float32Array(4), shape: [2, 2.5] },
    { data: new Float32Array(4), shape: [-2, -2] },
    { data: [1, 2, 3, 4], shape: [2, 2] },
    { data: new Float32Array(4), shape: [2] },
    { data: new Float32Array(4), shape: null },
    [[1, 2], [3]],
    [[1, 2], null],
    [[1, 2], 'ab'],
    [1, 2, 3],
    [[]],
    [],
    [{ length: 2 ** 31 }],
  ),
  hostileValue,
);

const dims = fc.integer({ min: 1, max: 5 });
const matrix = dims.chain((r) => dims.chain((c) => matrixOf(r, c)));
const anyMatrix = fc.oneof({ weight: 3, arbitrary: matrix }, { weight: 1, arbitrary: brokenMatrix });

/** A vector: a plain array, a Float32Array, or something that only looks like one. */
const vectorOf = (length: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(cell, { minLength: length, maxLength: length }) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: length, maxLength: length }).map((v) => Float32Array.from(v)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        undefined,
        null,
        { length: 2 ** 31 },
        { length: length },
        'abc',
        new Float64Array(length),
        [],
      ),
    },
    { weight: 1, arbitrary: hostileValue },
  );

const k = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, Infinity, 2 ** 31, '2', undefined, null) },
);
const metric = fc.constantFrom<unknown>('cosine', 'euclidean', 'dot', undefined, 'manhattan', 'constructor', 5);
const indexOptions = fc.oneof(
  { weight: 3, arbitrary: fc.record({ metric }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: hostileValue },
);

/** Vectors (`n × d`) and a query of the same width (or not), for the neighbour functions. */
const neighbourCase = dims.chain((n) =>
  dims.chain((d) =>
    fc.tuple(
      fc.oneof({ weight: 4, arbitrary: matrixOf(n, d) }, { weight: 1, arbitrary: brokenMatrix }),
      fc.oneof({ weight: 4, arbitrary: vectorOf(d) }, { weight: 1, arbitrary: vectorOf(d + 1) }),
      k,
      indexOptions,
    ),
  ),
);

const finiteData = (data: ArrayLike<number>) => {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) return false;
  return true;
};
const isMatrix = (value: unknown): value is { data: Float32Array; shape: [number, number] } =>
  typeof value === 'object' && value !== null && (value as { data?: unknown }).data instanceof Float32Array;

/** Attention inputs: q, k (and v) of matching widths, sometimes a head count or mask that does not fit. */
const attentionInput = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), dims)
  .chain(([qLen, kLen, heads, dHead]) =>
    fc.record(
      {
        q: fc.oneof({ weight: 5, arbitrary: matrixOf(qLen, heads * dHead) }, { weight: 1, arbitrary: brokenMatrix }),
        k: fc.oneof({ weight: 5, arbitrary: matrixOf(kLen, heads * dHead) }, { weight: 1, arbitrary: brokenMatrix }),
        v: fc.oneof(matrixOf(kLen, heads * 2), fc.constant(undefined), brokenMatrix),
        heads: fc.oneof(
          { weight: 5, arbitrary: fc.constant<unknown>(heads) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, 2 ** 31, '2', undefined) },
        ),
        causal: fc.oneof(fc.boolean(), hostileValue),
        mask: fc.oneof(
          fc.constant(undefined),
          fc.constant(undefined),
          fc.array(fc.array(fc.boolean(), { minLength: kLen, maxLength: kLen }), { minLength: qLen, maxLength: qLen }),
          fc.constant(new Uint8Array(qLen * kLen)),
          fc.constant(new Uint8Array(3)),
          fc.constantFrom<unknown>([[1]], [null], 'mask', { length: 2 ** 31 }),
        ),
        scale: fc.oneof(
          fc.constant(undefined),
          fc.constant(undefined),
          fc.double({ min: 0, max: 10, noNaN: true }),
          fc.constantFrom<unknown>(Number.NaN, Infinity, -1, 1e30, '1'),
        ),
      },
      { requiredKeys: ['q', 'k', 'heads'] },
    ),
  );

/** Attention weights: every entry in [0, 1] and each row sums to 1 (or 0 when fully masked). */
function validAttention(result: unknown): boolean {
  const { weights, shape } = result as { weights: Float32Array; shape: [number, number, number] };
  if (!finiteData(weights)) return false;
  const kLen = shape[2];
  for (let row = 0; row < weights.length / kLen; row++) {
    let sum = 0;
    for (let j = 0; j < kLen; j++) {
      const w = weights[row * kLen + j] as number;
      if (w < 0 || w > 1 + 1e-5) return false;
      sum += w;
    }
    if (Math.abs(sum - 1) > 1e-3 && sum !== 0) return false;
  }
  const output = (result as { output?: { data: Float32Array } }).output;
  return !output || finiteData(output.data);
}

/** Options with the shared runtime, or a hostile options value. */
const options = <T>(fields: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fields }, { weight: 1, arbitrary: hostileValue });

const throughputOptions = fc.record(
  {
    size: fc.constantFrom<unknown>(undefined, 16, 64, 512, 1024, 8192, 100_000, 15, 1.5, Number.NaN, '64'),
    runs: fc.constantFrom<unknown>(undefined, 1, 2, 0, -1, 1.5, 1e9, Number.NaN),
    backend: fc.constantFrom<unknown>(undefined, 'cpu', 'gpu', 'constructor', 5),
    signal: fc.constantFrom<unknown>(undefined, AbortSignal.abort(), 'signal', {}),
    onProgress: fc.constantFrom<unknown>(undefined, () => undefined, 'x'),
  },
  { requiredKeys: [] },
);

// Sizes stay small (1–8 MiB) or are refused before anything is allocated (513 MiB and up on the host path).
const bandwidthOptions = fc.record(
  {
    sizeMiB: fc.constantFrom<unknown>(undefined, 1, 2, 8, 0, -1, 1.5, 513, 2 ** 40, Number.NaN, Infinity, '4'),
    copies: fc.constantFrom<unknown>(1, 2, 4, 0, -1, 1.5, 2000, Number.NaN, '2'),
    runs: fc.constantFrom<unknown>(undefined, 1, 2, 0, -1, 1.5, 1e9, Number.NaN),
    backend: fc.constantFrom<unknown>(undefined, 'cpu', 'gpu', 'constructor', 5),
    signal: fc.constantFrom<unknown>(undefined, AbortSignal.abort(), 'signal', {}),
    onProgress: fc.constantFrom<unknown>(undefined, () => undefined, 'x'),
  },
  { requiredKeys: ['sizeMiB', 'copies'] },
);

const fuzz: PackageFuzz = {
  async setup() {
    const core = await import('@tensorscope/tensor-core');
    return core.getRuntime({ backends: ['cpu'] });
  },
  teardown(context) {
    (context as RuntimeLike | undefined)?.dispose();
  },
  tables: {
    '.': {
      createRuntime: {
        kind: 'async',
        args: fc.oneof(
          fc.tuple(
            fc.record(
              {
                backends: fc.constantFrom<unknown>(['cpu'], [], ['gpu'], 'cpu', ['cpu', 'nope'], [null], 5),
                backendTimeoutMs: fc.constantFrom<unknown>(undefined, 1000, -1, Number.NaN, '10'),
                probeMinGflops: fc.constantFrom<unknown>(undefined, 2, Number.NaN),
                wasmThreads: fc.constantFrom<unknown>(undefined, false, 'yes'),
                loaders: fc.constantFrom<unknown>(undefined, {}, { cpu: 'x' }, 5),
                gpu: fc.constantFrom<unknown>(undefined, {}, 5),
              },
              { requiredKeys: ['backends'] },
            ),
          ),
          fc.tuple(fc.constantFrom<unknown>(null, 5, 'cpu', [], () => 1, Symbol('s'))),
        ),
        call: async (create: (o: unknown) => Promise<RuntimeLike & { backend: string }>, args) => {
          const runtime = await create(args[0]);
          runtime.dispose();
          return { backend: runtime.backend };
        },
        timeoutMs: 5000,
      },
      getRuntime: {
        kind: 'async',
        // The shared runtime exists already (setup): later options are ignored, so it must not throw.
        args: hostileArgs(1),
        call: async (get: (o: unknown) => Promise<{ backend: string }>, args) => ({
          backend: (await get(args[0])).backend,
        }),
      },
      matmul: {
        kind: 'async',
        args: fc.oneof(
          fc
            .tuple(dims, dims, dims)
            .chain(([m, inner, n]) =>
              fc.tuple(
                matrixOf(m, inner),
                fc.oneof(matrixOf(inner, n), matrixOf(inner + 1, n)),
                options(fc.constant({})),
              ),
            ),
          fc.tuple(anyMatrix, anyMatrix, options(fc.constant(undefined))),
        ),
        valid: (result) => isMatrix(result) && finiteData(result.data),
      },
      attention: {
        kind: 'async',
        args: fc.oneof(
          { weight: 5, arbitrary: attentionInput.map((input) => [input]) },
          { weight: 1, arbitrary: hostileArgs(1) },
        ),
        valid: validAttention,
      },
      pca: {
        kind: 'async',
        args: fc.tuple(
          fc.oneof(
            { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), dims).chain(([n, d]) => matrixOf(n, d)) },
            { weight: 1, arbitrary: brokenMatrix },
          ),
          options(
            fc.record(
              {
                components: fc.constantFrom<unknown>(1, 2, 3, 0, -1, 1.5, 99, Number.NaN, '2'),
                center: fc.constantFrom<unknown>(true, false, 'no', 0),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        valid: (result) => {
          const r = result as { projected: { data: Float32Array }; explainedVarianceRatio: Float64Array };
          return finiteData(r.projected.data) && r.explainedVarianceRatio.every((x) => x >= 0 && x <= 1 + 1e-9);
        },
      },
      createIndex: {
        kind: 'async',
        args: neighbourCase,
        // Reaches the index's methods: query, queryBatch, dispose.
        call: async (
          create: (v: unknown, o: unknown) => Promise<Record<string, (...a: unknown[]) => unknown>>,
          args,
        ) => {
          const index = await create(args[0], args[3]);
          try {
            const one = await index.query!(args[1], args[2]);
            const many = await index.queryBatch!([args[1]], args[2]);
            return { one, many };
          } finally {
            index.dispose!();
          }
        },
        valid: (result, args) => {
          const { one } = result as { one: { scores: Float32Array } };
          const metricName = (args[3] as { metric?: string } | undefined)?.metric ?? 'cosine';
          if (!finiteData(one.scores)) return false;
          return metricName !== 'cosine' || one.scores.every((s) => Math.abs(s) <= 1 + 1e-3);
        },
      },
      nearestNeighbors: {
        kind: 'async',
        args: fc.oneof(
          {
            weight: 4,
            arbitrary: neighbourCase.map(([v, q, kk, o]) => [v, q, typeof o === 'object' && o ? { ...o, k: kk } : o]),
          },
          { weight: 1, arbitrary: neighbourCase.map(([v, q]) => [v, q]) },
        ),
        valid: (result, args) => {
          const { scores } = result as { scores: Float32Array };
          const metricName = (args[2] as { metric?: string }).metric ?? 'cosine';
          return finiteData(scores) && (metricName !== 'cosine' || scores.every((s) => Math.abs(s) <= 1 + 1e-3));
        },
      },
      normalizeRows: {
        kind: 'async',
        args: fc.tuple(anyMatrix, options(fc.constant(undefined))),
        valid: (result) => {
          if (!isMatrix(result)) return false;
          const [rows, columns] = result.shape;
          for (let r = 0; r < rows; r++) {
            let sum = 0;
            for (let c = 0; c < columns; c++) sum += (result.data[r * columns + c] as number) ** 2;
            if (Math.abs(sum - 1) > 1e-3) return false;
          }
          return true;
        },
      },
      cosineSimilarity: {
        kind: 'async',
        args: fc.oneof(
          // A matrix with itself: the diagonal must be 1 (also for [1e20, 1e20]).
          matrix.map((a) => [a, a]),
          dims.chain((d) => fc.tuple(matrixOf(2, d), fc.oneof(matrixOf(3, d), matrixOf(3, d + 1)))),
          fc.tuple(anyMatrix, anyMatrix, options(fc.constant(undefined))),
        ),
        valid: (result, args) => {
          if (!isMatrix(result) || !finiteData(result.data)) return false;
          if (!result.data.every((s) => Math.abs(s) <= 1 + 1e-3)) return false;
          if (args[0] !== args[1]) return true;
          const [n] = result.shape;
          for (let i = 0; i < n; i++) if (Math.abs((result.data[i * n + i] as number) - 1) > 1e-3) return false;
          return true;
        },
      },
      measureThroughput: {
        kind: 'async',
        args: fc.oneof(
          { weight: 4, arbitrary: throughputOptions.map((o) => [o]) },
          { weight: 1, arbitrary: hostileArgs(1) },
        ),
        runs: 25,
        timeoutMs: 8000,
        valid: (result) => {
          const r = result as { gflops: number; medianMs: number };
          return Number.isFinite(r.gflops) && r.gflops > 0 && Number.isFinite(r.medianMs);
        },
      },
      measureBandwidth: {
        kind: 'async',
        args: fc.oneof(
          { weight: 4, arbitrary: bandwidthOptions.map((o) => [o]) },
          { weight: 1, arbitrary: hostileArgs(1) },
        ),
        runs: 25,
        timeoutMs: 8000,
        valid: (result) => {
          const r = result as { gbPerSecond: number; medianMs: number; bytesPerRun: number; samplesMs: number[] };
          return (
            Number.isFinite(r.gbPerSecond) &&
            r.gbPerSecond > 0 &&
            r.medianMs > 0 &&
            Number.isSafeInteger(r.bytesPerRun) &&
            r.samplesMs.every(Number.isFinite)
          );
        },
      },
      TensorCoreError: {
        kind: 'class',
        args: fc.tuple(
          fc.oneof(fc.constantFrom<unknown>('ZERO_VECTOR', 'INVALID_SHAPE', 'NOPE'), hostileValue),
          fc.oneof(fc.string(), hostileValue),
          hostileValue,
        ),
      },
      isSoftwareRenderer: {
        args: fc.tuple(fc.oneof(fc.string({ maxLength: 2000 }), hostileValue, fc.constant('a'.repeat(100_000)))),
        valid: (result) => typeof result === 'boolean',
      },
      toMatrix: {
        args: fc.tuple(anyMatrix, fc.oneof(fc.constant(undefined), hostileValue)),
        valid: (result) => isMatrix(result) && finiteData(result.data),
      },
      attentionFromVectors: {
        kind: 'async',
        args: fc.tuple(
          fc.oneof(
            { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), dims).chain(([n, d]) => matrixOf(n, d)) },
            { weight: 1, arbitrary: brokenMatrix },
          ),
          options(
            fc.record(
              {
                heads: fc.constantFrom<unknown>(undefined, 1, 2, 0, -1, 1.5, 1e9, Number.NaN, '2'),
                headDim: fc.constantFrom<unknown>(undefined, 1, 4, 0, 1e9, Number.NaN),
                seed: fc.constantFrom<unknown>(undefined, 1, -1, 1.5, Number.NaN, 'x'),
                causal: fc.constantFrom<unknown>(undefined, true, false, 'yes'),
              },
              { requiredKeys: [] },
            ),
          ),
          fc.oneof({ weight: 4, arbitrary: fc.constant('runtime') }, { weight: 1, arbitrary: hostileValue }),
        ),
        // The first argument is a runtime: the shared one, or something hostile in its place.
        call: (fn: (r: unknown, v: unknown, o: unknown) => unknown, args, runtime) =>
          fn(args[2] === 'runtime' ? runtime : args[2], args[0], args[1]),
        valid: validAttention,
      },
    },
    './lazy': {
      loadTensorCore: { kind: 'async', args: hostileArgs(1), runs: 10 },
      // The shared runtime exists already (setup), so any options give it back; never an untyped throw.
      loadRuntime: {
        kind: 'async',
        args: hostileArgs(1),
        call: async (load: (o: unknown) => Promise<{ backend: string }>, args) => ({
          backend: (await load(args[0])).backend,
        }),
      },
    },
    './react': {
      useTensorRuntime: {
        // A hook: rendered inside a tiny component (server render: the runtime starts after mount).
        args: hostileArgs(1),
        call: (hook: (o: unknown) => { status: string }, args) =>
          renderToString(
            createElement(() => {
              const state = hook(args[0]);
              return createElement('span', null, state.status);
            }),
          ),
      },
      BackendReport: {
        kind: 'component',
        props: fc.record(
          {
            options: hostileValue,
            locale: fc.oneof(hostileValue, fc.constantFrom('en', 'ko', 'xx')),
            theme: fc.oneof(hostileValue, fc.constantFrom('light', 'dark', 'auto', 'bogus')),
            showTimings: hostileValue,
            className: hostileValue,
            style: hostileValue,
          },
          { requiredKeys: [] },
        ),
      },
      ThroughputMeter: {
        kind: 'component',
        props: fc.oneof(
          hostileProps,
          fc.record(
            {
              backends: fc.oneof(hostileValue, fc.constantFrom<unknown>(['cpu'], ['nope'], [null])),
              runtimeOptions: hostileValue,
              size: hostileValue,
              runs: hostileValue,
              references: fc.oneof(
                hostileValue,
                fc.constantFrom<unknown>([{}], [null], [{ name: 'x', gflops: Number.NaN }]),
              ),
              autoStart: hostileValue,
              onResult: hostileValue,
              locale: fc.oneof(hostileValue, fc.constantFrom('en', 'ko', 'xx')),
              theme: fc.oneof(hostileValue, fc.constantFrom('light', 'dark', 'auto', 'bogus')),
              className: hostileValue,
              style: hostileValue,
            },
            { requiredKeys: [] },
          ),
        ),
      },
    },
  },
};
export default fuzz;
