import fc from 'fast-check';
import { PUBLISHED_RUNS, WEIGHT_FORMATS } from '@tensorscope/scaling-chart/core';
import { hostileValue, type PackageFuzz } from '../harness.js';

/** A number that is usually sensible and sometimes not (NaN, ±Infinity, huge, tiny, negative, a string). */
const number = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: 1e-3, max: 1e15, noNaN: true }) },
  { weight: 2, arbitrary: fc.double() },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(0, -1, 1e-320, 1e200, 1e308, Number.MAX_VALUE, NaN, Infinity, '7', null),
  },
);
const locale = fc.constantFrom<unknown>('en', 'ko', 'ko', 'en', 'xx', 'KO', undefined, null, 5, {});
/** Dates: real ones, impossible ones, wrong formats. */
const date = fc.oneof(
  fc.constantFrom<unknown>('2023-02-30', '2021-02-29', '2023-13-01', '2023-00-10', '2023-1-1', '99999-01-01'),
  fc.constantFrom<unknown>('2020-05-14', '2024-02-29', '1970-01-01'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  hostileValue,
);
const url = fc.constantFrom<unknown>('https://example.com/a', 'http://x.org', 'javascript:alert(1)', '', 5);
const status = fc.constantFrom<unknown>('official', 'estimate', 'rumour', 'bogus', undefined);
const sourced = fc.oneof(
  { weight: 4, arbitrary: fc.record({ value: number, status, source: url }) },
  { weight: 1, arbitrary: hostileValue },
);
/** A model row: mostly well formed, with hostile values in some fields. */
const modelRow = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        name: fc.oneof(fc.string({ maxLength: 12 }), hostileValue),
        date,
        organisation: fc.oneof(fc.constantFrom('OpenAI', 'Google', '<b>x</b>'), hostileValue),
        parameters: fc.oneof(number, fc.constant(null)),
        activeParameters: number,
        status,
        source: url,
        trainingTokens: fc.oneof(sourced, fc.constant(null)),
        trainingFlops: fc.oneof(sourced, fc.constant(null)),
      },
      { requiredKeys: ['name', 'date', 'parameters', 'status', 'source'] },
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);
const models = fc.oneof(
  { weight: 4, arbitrary: fc.array(modelRow, { maxLength: 8 }) },
  { weight: 1, arbitrary: hostileValue },
);
const acceleratorRow = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      name: fc.oneof(fc.constantFrom('H100', 'A100 SXM4', 'V100 SXM2'), fc.string({ maxLength: 8 }), hostileValue),
      vendor: fc.constantFrom<unknown>('NVIDIA', 'Google', null),
      date,
      kind: fc.constantFrom<unknown>('datacenter', 'consumer', 'toaster'),
      fp16: fc.oneof(sourced, fc.constant(null)),
      fp16Sparse: fc.oneof(sourced, fc.constant(null)),
      fp32: fc.oneof(sourced, fc.constant(null)),
      memory: fc.oneof(sourced, fc.constant(null)),
      bandwidth: fc.oneof(sourced, fc.constant(null)),
    }),
  },
  { weight: 1, arbitrary: hostileValue },
);
const accelerators = fc.oneof(
  { weight: 4, arbitrary: fc.array(acceleratorRow, { maxLength: 6 }) },
  { weight: 1, arbitrary: hostileValue },
);
const runInput = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      parameters: number,
      tokens: number,
      peakTflops: number,
      accelerators: fc.oneof(fc.integer({ min: -2, max: 100_000 }), number),
      utilisation: fc.oneof(fc.double({ min: 0, max: 1.2 }), number),
    }),
  },
  { weight: 1, arbitrary: hostileValue },
);
const preset = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      id: fc.oneof(fc.constantFrom('gpt-3', 'mine'), hostileValue),
      name: fc.oneof(fc.string({ maxLength: 8 }), hostileValue),
      accelerator: fc.oneof(fc.constantFrom('H100 SXM5', 'V100 SXM2', 'nope'), hostileValue),
      input: runInput,
      published: fc.oneof(
        fc.record({
          quantity: fc.constantFrom<unknown>('wallClockDays', 'acceleratorHours', 'bogus'),
          value: number,
          source: url,
        }),
        hostileValue,
      ),
      tolerance: number,
      note: fc.oneof(fc.record({ en: fc.string(), ko: fc.string() }), hostileValue),
    }),
  },
  { weight: 1, arbitrary: hostileValue },
);
const chinchilla = fc.oneof(
  { weight: 3, arbitrary: fc.record({ E: number, A: number, B: number, alpha: number, beta: number }) },
  { weight: 1, arbitrary: hostileValue },
);
const kaplan = fc.oneof(
  { weight: 3, arbitrary: fc.record({ alphaN: number, alphaD: number, Nc: number, Dc: number }) },
  { weight: 1, arbitrary: hostileValue },
);
const law = fc.oneof(
  { weight: 2, arbitrary: fc.record({ id: fc.constant('c'), form: fc.constant('chinchilla'), constants: chinchilla }) },
  { weight: 2, arbitrary: fc.record({ id: fc.constant('k'), form: fc.constant('kaplan'), constants: kaplan }) },
  { weight: 1, arbitrary: fc.record({ form: hostileValue, constants: hostileValue }) },
  { weight: 1, arbitrary: hostileValue },
);
const width = fc.oneof(fc.integer({ min: -100, max: 2000 }), hostileValue);
const frame = {
  locale,
  theme: fc.constantFrom<unknown>('light', 'dark', 'auto', 'bogus', null, 3),
  width,
  height: width,
  className: fc.oneof(fc.string({ maxLength: 8 }), hostileValue),
  style: fc.oneof(fc.constant({ color: 'red' }), hostileValue),
  showExport: hostileValue,
  view: fc.constantFrom<unknown>('chart', 'table', 'bogus', null),
  scale: fc.constantFrom<unknown>('log', 'linear', 'bogus', 7),
};
const chartProps = (extra: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ ...frame, ...extra }, { requiredKeys: [] });
const labels = fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 8 }), hostileValue), { maxLength: 4 }), hostileValue);
const annotations = fc.oneof(
  fc.array(fc.oneof(fc.record({ date, label: fc.oneof(fc.string({ maxLength: 8 }), hostileValue) }), hostileValue), {
    maxLength: 3,
  }),
  hostileValue,
);

const finite = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const allFinite = (result: unknown): boolean =>
  typeof result === 'object' &&
  result !== null &&
  Object.values(result).every((v) => typeof v !== 'number' || Number.isFinite(v));

/** "1,000K" and "10,000만" are wrong: at a unit boundary the count rounds into the next unit. */
const noUnitOverflow = (result: unknown, args: unknown[]): boolean => {
  if (typeof result !== 'string') return false;
  const match = /^-?([\d.,]+)([KMB만억조])$/.exec(result);
  if (!match) return true;
  const korean = typeof args[1] === 'string' && args[1].trim().toLowerCase().split(/[-_]/)[0] === 'ko';
  const step = korean ? 1e4 : 1e3;
  return Number(match[1]!.replace(/,/g, '')) < step;
};

const boundaryCount = fc.oneof(
  fc.constantFrom(999_999, 999_950, 999_500, 9_999.5, 999_999_999, 99_999_999, 9_999_999_999_999, 999_999_999_999),
  fc
    .tuple(fc.integer({ min: 3, max: 17 }), fc.integer({ min: 0, max: 9 }))
    .map(([e, k]) => 10 ** e - k * 10 ** (e - 4)),
  fc.double({ min: -1e18, max: 1e18, noNaN: true }),
  number,
);

/** The package's functions, exported from both `.` and `./core` (fuzzed once). */
/** A model shape (parameters, layers, KV heads, head dim): mostly real, sometimes broken. */
const shape = fc.oneof(
  { weight: 3, arbitrary: fc.record({ parameters: number, layers: number, kvHeads: number, headDim: number }) },
  { weight: 1, arbitrary: fc.constant({ parameters: 8.03e9, layers: 32, kvHeads: 8, headDim: 128 }) },
  { weight: 1, arbitrary: hostileValue },
);

const functions: PackageFuzz['tables'][string] = {
  formatCount: {
    args: fc.tuple(boundaryCount, locale),
    valid: noUnitOverflow,
  },
  formatScientific: {
    args: fc.tuple(number, locale, fc.oneof(fc.integer({ min: -2, max: 30 }), hostileValue)),
    valid: (result) => typeof result === 'string' && !result.includes('NaN'),
  },
  parseCount: {
    args: fc.oneof(
      fc.tuple(fc.constantFrom<unknown>('175B', '1,750억', '1e400', '-3k', '1.8T', '15.6조', '', 'x', '1e')),
      fc.tuple(fc.oneof(fc.stringMatching(/^[\d.,e+-]{0,30}[kmbt만억조경]?$/), hostileValue)),
      fc.tuple(fc.string({ maxLength: 40 }).map((s) => `${'1,'.repeat(2000)}${s}`)),
    ),
    // NaN is the documented answer for text that is not a count (like Number("x")).
    allowNaN: true,
    valid: (result) => typeof result === 'number' && (Number.isNaN(result) || Number.isFinite(result)),
  },
  parseDate: {
    args: fc.tuple(date),
    valid: (result, [text]) => finite(result) && new Date(result as number).toISOString().slice(0, 10) === String(text),
  },
  trainingFlops: { args: fc.tuple(number, number), valid: finite },
  estimateTrainingRun: { args: fc.tuple(runInput), valid: allFinite },
  chinchillaLoss: { args: fc.tuple(number, number, fc.option(chinchilla, { nil: undefined })), valid: finite },
  kaplanLoss: { args: fc.tuple(number, number, kaplan), valid: finite },
  predictLoss: { args: fc.tuple(law, number, number), valid: finite },
  computeOptimal: { args: fc.tuple(law, number), valid: allFinite },
  fitExponentialTrend: {
    args: fc.tuple(
      fc.oneof(
        fc.array(fc.oneof(fc.record({ time: number, value: number }), hostileValue), { maxLength: 10 }),
        hostileValue,
      ),
    ),
    // A flat trend doubles never: doublingMonths is Infinity exactly when the slope is 0.
    valid: (result) => {
      const { slope, doublingMonths, ...rest } = result as Record<string, unknown>;
      return allFinite(rest) && finite(slope) && (slope === 0 ? doublingMonths === Infinity : finite(doublingMonths));
    },
  },
  toCsv: {
    args: fc.tuple(
      fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({
              key: fc.oneof(fc.constantFrom('name', 'constructor', '__proto__', 'toString'), hostileValue),
              header: fc.oneof(fc.constantFrom('name', '=cmd'), hostileValue),
            }),
            hostileValue,
          ),
          { maxLength: 3 },
        ),
        hostileValue,
      ),
      fc.oneof(fc.array(fc.oneof(fc.record({ name: hostileValue }), hostileValue), { maxLength: 4 }), hostileValue),
    ),
    valid: (result) => typeof result === 'string',
  },
  validateModels: {
    args: fc.tuple(
      models,
      fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(['parameters'], ['trainingFlops', 'trainingTokens'], ['bogus']),
        hostileValue,
      ),
    ),
    valid: (result) => allFinite(result) || typeof result === 'object',
  },
  validateAccelerators: { args: fc.tuple(accelerators) },
  weightsBytes: { args: fc.tuple(number, number), valid: finite },
  kvCacheBytes: { args: fc.tuple(shape, number, fc.option(number, { nil: undefined })), valid: finite },
  estimateMemory: { args: fc.tuple(shape, number, number), valid: allFinite },
  usableBytes: {
    args: fc.tuple(
      fc.oneof(
        fc.record(
          {
            kind: fc.constantFrom<unknown>('phone', 'laptop', 'desktop-gpu', 'bogus'),
            memoryKind: fc.constantFrom<unknown>('unified', 'vram', 'ram', undefined, 5),
          },
          { requiredKeys: [] },
        ),
        hostileValue,
      ),
      number,
    ),
    valid: finite,
  },
  estimateDecode: {
    args: fc.tuple(
      fc.oneof(fc.record({ weightsBytes: number, kvCacheBytes: number }), hostileValue),
      number,
      fc.constantFrom<unknown>('gpu', 'cpu', undefined, 'npu'),
    ),
    valid: allFinite,
  },
  prefillCeiling: { args: fc.tuple(number, number), valid: finite },
  decodeBound: { args: fc.tuple(number, number, number, number), valid: allFinite },
  checkSmallModel: {
    args: fc.tuple(
      fc.oneof(
        fc.record(
          {
            measuredTokensPerSecond: number,
            bytesPerToken: number,
            flopsPerToken: number,
            bandwidthGBs: number,
            tflops: number,
            cpu: fc.oneof(fc.boolean(), hostileValue),
          },
          { requiredKeys: [] },
        ),
        hostileValue,
      ),
    ),
    valid: allFinite,
  },
  checkPublishedRuns: {
    args: fc.tuple(
      fc.oneof(fc.constant(PUBLISHED_RUNS), fc.array(hostileValue, { maxLength: 2 }), hostileValue),
      fc.oneof(fc.constant(WEIGHT_FORMATS), hostileValue),
    ),
    valid: (result) =>
      Array.isArray(result) &&
      result.every((row) =>
        allFinite({ p: (row as { predicted: number }).predicted, e: (row as { error: number }).error }),
      ),
  },
  medianAbsoluteError: {
    args: fc.tuple(fc.oneof(fc.array(fc.record({ error: number }), { maxLength: 5 }), hostileValue)),
    allowNaN: true,
  },
};

const fuzz: PackageFuzz = {
  tables: {
    '.': {
      ParameterChart: {
        kind: 'component',
        runs: 40,
        props: chartProps({ models, labels, annotations, highlightOrganisation: hostileValue }),
      },
      ComputeChart: {
        kind: 'component',
        runs: 40,
        props: chartProps({
          models,
          labels,
          annotations,
          showTrend: hostileValue,
          highlightOrganisation: hostileValue,
        }),
      },
      GpuChart: {
        kind: 'component',
        runs: 40,
        props: chartProps({
          accelerators,
          metric: fc.constantFrom<unknown>('fp16', 'memory', 'bogus', null),
          yourDevice: fc.oneof(fc.record({ name: hostileValue, tflops: number }), hostileValue),
        }),
      },
      ScalingLawChart: {
        kind: 'component',
        runs: 40,
        props: chartProps({
          models,
          law: fc.constantFrom<unknown>('chinchilla', 'kaplan', 'bogus', null),
          axis: fc.constantFrom<unknown>('parameters', 'compute', 'bogus', null),
        }),
      },
      OnDeviceCalculator: {
        kind: 'component',
        runs: 40,
        props: fc.record(
          {
            locale,
            theme: frame.theme,
            model: fc.oneof(fc.constantFrom('llama-3.1-8b', 'gemma-2-2b', 'mine'), hostileValue),
            format: fc.constantFrom<unknown>('fp16', 'q4_k_m', 'q3', null),
            context: fc.oneof(fc.constantFrom<unknown>(8192, 1, 200_000, 0, -5, 1.5), hostileValue),
            device: fc.oneof(fc.constantFrom('rtx-4090', 'this-device', 'toaster'), hostileValue),
            yourDevice: fc.oneof(
              fc.record(
                { bandwidthGBs: number, what: fc.oneof(fc.string({ maxLength: 8 }), hostileValue), tflops: number },
                { requiredKeys: ['bandwidthGBs'] },
              ),
              hostileValue,
            ),
            className: frame.className,
            style: frame.style,
          },
          { requiredKeys: [] },
        ),
      },
      ComputeCalculator: {
        kind: 'component',
        runs: 40,
        props: fc.record(
          {
            locale,
            theme: frame.theme,
            preset: fc.oneof(fc.constantFrom('gpt-3', 'llama-2-70b', 'mine'), hostileValue),
            presets: fc.oneof(fc.array(preset, { maxLength: 3 }), hostileValue),
            accelerators,
            onEstimate: hostileValue,
            className: frame.className,
            style: frame.style,
          },
          { requiredKeys: [] },
        ),
      },
      ...functions,
    },
    './element': {
      ScalingChartElement: {
        kind: 'class',
        // Built through the registry, as a page would: attributes and `.data` from the user.
        call: (_target: never, [chart, data, height]: unknown[]) => {
          const element = document.createElement('tensorscope-scaling-chart') as HTMLElement & { data?: unknown };
          element.setAttribute('chart', String(chart));
          element.setAttribute('height', String(height));
          element.data = data;
          document.body.append(element);
          element.remove();
          return undefined;
        },
        args: fc.tuple(
          fc.constantFrom<unknown>('parameters', 'gpu', 'law', 'calculator', 'bogus', null),
          models,
          width,
        ),
      },
      defineScalingChartElement: { args: fc.tuple(fc.oneof(fc.constant(undefined), hostileValue)) },
      parsePreset: { args: fc.tuple(fc.oneof(fc.constantFrom('gpt-3', '  x  ', ''), hostileValue)) },
      parseScalingChart: {
        args: fc.tuple(fc.oneof(fc.constantFrom('law', ' GPU ', 'constructor', '__proto__', 'toString'), hostileValue)),
      },
    },
  },
  setup: async () => {
    const { defineScalingChartElement } = await import('@tensorscope/scaling-chart/element');
    defineScalingChartElement();
    return undefined;
  },
};
export default fuzz;
