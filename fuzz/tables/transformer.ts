import type * as TransformerCore from '@tensorscope/transformer/core';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { hostileValue, type FuzzEntry, type PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/transformer is fuzzed (see ../harness.ts). */

// Every call that needs tfjs runs on the shared tensor-core runtime on the cpu backend, made in
// `setup` (happy-dom looks like a browser; the wasm build's Node glue exits on a later unhandled
// rejection). Models and trainers are tiny (a few hundred parameters) and disposed after each call.

type Core = typeof TransformerCore;
type Config = TransformerCore.TransformerConfig;

/** The package's own functions, for building genuine inputs to corrupt (set in `setup`). */
let core: Core;

const smallInt = (min: number, max: number) => fc.integer({ min, max });
const number = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0.5, Number.NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, '4', null) },
  { weight: 1, arbitrary: hostileValue },
);

/** A small valid config: heads × head width = dModel ≥ 2. */
const validConfig: fc.Arbitrary<Config> = fc
  .record({
    vocabSize: smallInt(4, 12),
    contextLength: smallInt(2, 8),
    heads: smallInt(1, 3),
    width: smallInt(1, 4),
    layers: smallInt(1, 2),
    mlp: fc.boolean(),
    mlpRatio: smallInt(1, 2),
  })
  .filter((c) => c.heads * c.width >= 2)
  .map(({ width, ...c }) => ({ ...c, dModel: c.heads * width }));
/** Configs that break one rule, or are not configs at all. */
const config: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: validConfig },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        validConfig,
        fc.constantFrom('vocabSize', 'contextLength', 'dModel', 'heads', 'layers', 'mlp', 'mlpRatio'),
        hostileValue,
      )
      .map(([c, key, value]) => ({ ...c, [key]: value })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>({ vocabSize: 65_536, contextLength: 2048, dModel: 2048, heads: 3, layers: 48 }),
  },
  { weight: 1, arbitrary: hostileValue },
);

/** Weights for a valid config: right, or with one tensor missing, misshapen, NaN, or not a tensor. */
const weightsFor = (c: Config): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null).map(() => core.initWeights(c, 1)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.nat(),
          fc.constantFrom<unknown>(
            undefined,
            { shape: [1], data: new Float32Array(1) },
            { shape: [2, 2], data: [1, 2, 3, 4] },
            { shape: null, data: new Float32Array(4) },
            'NaN',
            hostileValue,
          ),
        )
        .map(([index, bad]) => {
          const w: Record<string, unknown> = core.initWeights(c, 1);
          const names = Object.keys(w);
          const name = names[index % names.length]!;
          if (bad === 'NaN') {
            const t = w[name] as { shape: number[]; data: Float32Array };
            const data = t.data.slice();
            data[0] = Number.NaN;
            w[name] = { shape: t.shape, data };
          } else if (bad === undefined) delete w[name];
          else w[name] = bad;
          return w;
        }),
    },
    { weight: 1, arbitrary: hostileValue },
  );

const tokenizer = fc.oneof(
  fc.constant<unknown>({ kind: 'ids' }),
  fc.constant<unknown>({ kind: 'byte-bpe', version: 1, merges: [[104, 105]], vocabSize: 257 }),
  fc.constantFrom<unknown>({ kind: 'sentencepiece' }, { kind: 'byte-bpe', version: 2, merges: [], vocabSize: 256 }),
  hostileValue,
);
const cyclic: Record<string, unknown> = { name: 'cycle' };
cyclic.self = cyclic;
const meta = fc.oneof(
  { weight: 3, arbitrary: fc.constant<unknown>({ name: 'fuzz', steps: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, cyclic, { n: BigInt(1) }, { f: () => 1 }, 'meta') },
  { weight: 1, arbitrary: hostileValue },
);
/** A checkpoint object: genuine for a small config, or with any one part hostile. */
const checkpoint: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: validConfig.chain((c) => fc.record({ config: fc.constant(c), weights: weightsFor(c), tokenizer, meta })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ config, weights: hostileValue, tokenizer, meta }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: hostileValue },
);

/** Checkpoint files: genuine, truncated, with a flipped byte, with extra bytes, or not bytes. */
const checkpointBytes: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        validConfig,
        fc.constantFrom('ok', 'cut', 'flip', 'extra', 'buffer'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
      )
      .map(([c, damage, at, mask]) => {
        const bytes = core.encodeCheckpoint({
          config: c,
          weights: core.initWeights(c, 2),
          tokenizer: { kind: 'ids' },
          meta: {},
        });
        if (damage === 'cut') return bytes.subarray(0, at % bytes.length);
        if (damage === 'flip') {
          const copy = bytes.slice();
          copy[at % copy.length]! ^= mask;
          return copy;
        }
        if (damage === 'extra') {
          const longer = new Uint8Array(bytes.length + (at % 9) + 1);
          longer.set(bytes);
          return longer;
        }
        return damage === 'buffer' ? bytes.slice().buffer : bytes;
      }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: hostileValue },
);

/** Token ids: valid for the small configs (vocab ≥ 4, context ≥ 2) or not. */
const ids = fc.oneof(
  { weight: 3, arbitrary: fc.array(smallInt(0, 3), { minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.array(smallInt(0, 3), { minLength: 1, maxLength: 2 }).map((a) => Int32Array.from(a)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      [],
      [0, 1, 2, 3, 0, 1, 2, 3, 0],
      [1, 99],
      [1, -1],
      [1.5],
      ['1'],
      [Number.NaN],
      new Float32Array([0, 1]),
      'abc',
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);
const ablation = fc.oneof(
  fc.constant<unknown>(undefined),
  fc.record(
    {
      ablation: fc.oneof(
        fc.record(
          {
            heads: fc.oneof(
              fc.array(
                fc.record({
                  layer: fc.oneof(smallInt(-1, 2), hostileValue),
                  head: fc.oneof(smallInt(-1, 3), hostileValue),
                }),
                { maxLength: 3 },
              ),
              hostileValue,
            ),
            mode: fc.constantFrom<unknown>('zero', 'mean', 'half', undefined),
          },
          { requiredKeys: [] },
        ),
        hostileValue,
      ),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);

/** The shared runtime (from setup), or something that only looks like one. */
const runtimeArg = fc.oneof(
  { weight: 6, arbitrary: fc.constant<unknown>('shared') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({ run: 5 }, {}, null, undefined, 'wasm') },
);
const runtimeOf = (value: unknown, context: unknown) => (value === 'shared' ? context : value);

/** A training task that fits the config, one too big, one that writes bad ids, or not a task. */
const task = (c: Config): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constant(null).map(() =>
        core.inductionTask({
          vocabSize: Math.max(4, c.vocabSize),
          contextLength: Math.max(4, c.contextLength),
          minPeriod: 1,
          maxPeriod: 2,
        }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        name: fc.constant('fuzz'),
        vocabSize: fc.oneof(fc.constant(c.vocabSize), number),
        contextLength: fc.oneof(fc.constant(c.contextLength), number),
        sample: fc.constantFrom<unknown>(
          (out: Int32Array) => out.fill(1),
          (out: Int32Array) => out.fill(c.vocabSize + 5),
          (out: Int32Array) => out.fill(-1),
          () => undefined,
          'sample',
          undefined,
        ),
      }),
    },
    { weight: 1, arbitrary: hostileValue },
  );
const trainerOptions = fc.oneof(
  fc.record(
    {
      learningRate: fc.oneof(fc.constantFrom(1e-3, 1e6), number),
      warmupSteps: number,
      totalSteps: number,
      beta1: fc.oneof(fc.constantFrom(0.9, 1, 0), number),
      beta2: fc.oneof(fc.constantFrom(0.98, 1), number),
      epsilon: fc.oneof(fc.constantFrom(1e-8, 0), number),
      weightDecay: number,
      clipNorm: fc.oneof(fc.constantFrom(1, 0), number),
      batchSize: fc.oneof(smallInt(1, 3), number),
      seed: number,
      weights: hostileValue,
    },
    { requiredKeys: [] },
  ),
  fc.constant<unknown>(undefined),
  hostileValue,
);

/** `[batch × heads × T × T]` attention, ids `[batch × T]`, and the three sizes: consistent, lying, or hostile. */
const scoresArgs: fc.Arbitrary<unknown[]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ batch: smallInt(1, 2), heads: smallInt(1, 2), length: smallInt(1, 4), seed: fc.nat() })
      .map(({ batch, heads, length, seed }) => {
        const attention = Float32Array.from(
          { length: batch * heads * length * length },
          (_, i) => ((i * 7919 + seed) % 101) / 100,
        );
        const tokens = Int32Array.from({ length: batch * length }, (_, i) => (i + seed) % 3);
        return [attention, tokens, batch, heads, length];
      }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(
      fc.oneof(fc.constantFrom<unknown>(new Float32Array(16), new Float32Array(3), [0.5, 0.5, 0.5, 0.5]), hostileValue),
      fc.oneof(fc.constantFrom<unknown>(new Int32Array(4), new Int32Array(1), [0, 1, 0, 1]), hostileValue),
      number,
      number,
      number,
    ),
  },
);
const headScores = fc.oneof(
  fc.record(
    {
      previousToken: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), number),
      induction: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), number),
      firstToken: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), number),
      copying: fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), number),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);
const probabilities = fc.oneof(
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
  fc.array(fc.double(), { maxLength: 8 }),
  fc.constantFrom<unknown>(new Float32Array([0.25, 0.75]), [Number.NaN, 1], [-Infinity, 0], { length: 2 ** 31 }),
  hostileValue,
);
const random = fc.oneof(
  fc.constant<unknown>(() => 0.5),
  fc.constantFrom<unknown>(
    () => Number.NaN,
    () => 2,
    () => -1,
    Math.random,
    'random',
  ),
  hostileValue,
);
const int32 = fc.oneof(
  fc.array(smallInt(0, 9), { maxLength: 40 }).map((a) => Int32Array.from(a)),
  fc.constantFrom<unknown>(new Int32Array(0), Int32Array.from([0, 1, 2, 70000]), [1, 2, 3], new Float64Array([1, 2])),
  hostileValue,
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('한국어 문장입니다', 'the cat sat', '\uD800a', ''),
  hostileValue,
);
const bpe = fc.oneof(
  fc.constant<unknown>({
    kind: 'byte-bpe',
    version: 1,
    merges: [
      [104, 101],
      [256, 108],
    ],
    vocabSize: 258,
  }),
  tokenizer,
);

/** Creates a model on the runtime, runs one forward pass, frees it. */
/** Props of the views: real and hostile checkpoints, texts, controllers, locales and themes. */
const componentProps = fc.record(
  {
    checkpoint,
    controller: hostileValue,
    text: fc.oneof(text, hostileValue),
    repeat: number,
    topK: number,
    steps: number,
    locale: fc.constantFrom<unknown>('en', 'ko', 'xx', null, 5),
    theme: fc.constantFrom<unknown>('light', 'dark', 'auto', 'bogus', {}),
    style: hostileValue,
    className: hostileValue,
  },
  { requiredKeys: [] },
);

const modelEntry: FuzzEntry = {
  kind: 'async',
  // A one-token input has no next token to score: its `loss` is NaN by design (and `losses` empty).
  // Everything else must be finite.
  allowNaN: true,
  valid: (result) => {
    const r = result as { length: number; loss: number; logits: Float32Array; attention: Float32Array[] };
    const finite = (a: ArrayLike<number>) => Array.prototype.every.call(a, Number.isFinite);
    return finite(r.logits) && r.attention.every(finite) && (r.length === 1 || Number.isFinite(r.loss));
  },
  runs: 40,
  timeoutMs: 10_000,
  args: fc.tuple(runtimeArg, checkpoint, ids, ablation),
  call: async (create: Core['createModel'], [runtime, ckpt, input, options], context) => {
    const model = await create(runtimeOf(runtime, context) as never, ckpt as never);
    try {
      return await model.forward(input as never, options as never);
    } finally {
      model.dispose();
    }
  },
};

/** Creates a trainer, runs one step, reads the weights back, frees it. */
const trainerEntry: FuzzEntry = {
  kind: 'async',
  runs: 30,
  // The first step loads tfjs's gradient modules.
  timeoutMs: 30_000,
  args: validConfig.chain((c) =>
    fc.tuple(
      runtimeArg,
      fc.oneof({ weight: 4, arbitrary: fc.constant<unknown>(c) }, { weight: 1, arbitrary: config }),
      task(c),
      trainerOptions,
    ),
  ),
  call: async (create: Core['createTrainer'], [runtime, c, t, options], context) => {
    const trainer = await create(runtimeOf(runtime, context) as never, c as never, t as never, options as never);
    try {
      const reports = await trainer.steps(1);
      await trainer.getWeights();
      return reports;
    } finally {
      trainer.dispose();
    }
  },
};

const fuzz: PackageFuzz = {
  setup: async () => {
    core = await import('@tensorscope/transformer/core');
    (await import('@tensorscope/transformer/element')).defineTransformerElement();
    return (await import('@tensorscope/tensor-core')).getRuntime({ backends: ['cpu'] });
  },
  tables: {
    // ─── The React components and hooks (`.`), other than the core re-exports below ─────────────
    // TrainingPanel, NextTokenPanel, AblationGrid, TransformerAttention and useNextTokenController
    // are written in parallel with this table: the lead adds their entries here (kind 'component'
    // with props such as `checkpoint`, `controller`, `text`, `locale`, `theme`; see retrieval.ts).
    '.': {
      TrainingPanel: { kind: 'component', props: componentProps },
      NextTokenPanel: { kind: 'component', props: componentProps },
      AblationGrid: { kind: 'component', props: componentProps },
      TransformerAttention: { kind: 'component', props: componentProps },
      // A hook: rendered inside a component that calls it with the props.
      useNextTokenController: {
        kind: 'function',
        args: fc.tuple(componentProps),
        call: (hook: (props: unknown) => unknown, [props]) => renderToString(createElement(() => (hook(props), null))),
      },
    },
    // ─── The custom element (`./element`) ──────────────────────────────────────────────────────
    // TransformerElement and defineTransformerElement: the lead adds their entries here (see
    // retrieval.ts for the pattern: set attributes and `data` on a connected element).
    './element': {
      TransformerElement: {
        kind: 'class',
        call: (_target: never, [view, textValue, data]: unknown[]) => {
          const element = document.createElement('tensorscope-transformer') as HTMLElement & { data?: unknown };
          element.setAttribute('view', String(view));
          element.setAttribute('text', String(textValue));
          element.data = data;
          document.body.append(element);
          element.remove();
          return undefined;
        },
        // Attributes are strings in the DOM: hostile strings for them, hostile anything for `data`.
        args: fc.tuple(
          fc.constantFrom<unknown>('next-token', 'attention', 'ablation', 'training', 'x'),
          fc.string({ maxLength: 40 }),
          hostileValue,
        ),
      },
      defineTransformerElement: { args: fc.tuple(fc.oneof(fc.constant(undefined), hostileValue)) },
    },
    './core': {
      // ─── Model shape and weights ─────────────────────────────────────────────────────────────
      readConfig: {
        args: fc.tuple(config, fc.oneof(fc.constant(undefined), fc.string({ maxLength: 8 }), hostileValue)),
      },
      headDim: { args: fc.tuple(config) },
      sameConfig: { args: fc.tuple(config, config) },
      weightShapes: { args: fc.tuple(config) },
      parameterCount: { args: fc.tuple(config) },
      initWeights: { args: fc.tuple(config, number) },
      checkWeights: {
        args: validConfig.chain((c) => fc.tuple(fc.oneof(fc.constant<unknown>(c), config), weightsFor(c))),
      },
      // ─── Training ────────────────────────────────────────────────────────────────────────────
      learningRateAt: {
        args: fc.tuple(
          fc.oneof(
            fc.record({ learningRate: number, warmupSteps: number, totalSteps: number }, { requiredKeys: [] }),
            fc.constant<unknown>({ learningRate: 1e-3, warmupSteps: 10, totalSteps: 100 }),
            hostileValue,
          ),
          number,
        ),
      },
      inductionTask: {
        args: fc.tuple(
          fc.oneof(
            fc.record(
              { vocabSize: number, contextLength: number, minPeriod: number, maxPeriod: number },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
        call: (create: Core['inductionTask'], [options]) => {
          const t = create(options as never);
          const out = new Int32Array(2 * (t.contextLength + 1));
          t.sample(out, 2, () => 0.5);
          return out;
        },
      },
      textTask: {
        args: fc.tuple(int32, number, number),
        call: (create: Core['textTask'], [tokens, vocab, context]) => {
          const t = create(tokens as never, vocab as never, context as never);
          const out = new Int32Array(2 * (t.contextLength + 1));
          t.sample(out, 2, () => 0.5);
          return out;
        },
      },
      repeatedBatch: { args: fc.tuple(number, number, number, random, fc.oneof(fc.constant(undefined), number)) },
      createTrainer: trainerEntry,
      // ─── Head scores ─────────────────────────────────────────────────────────────────────────
      attentionScores: { args: scoresArgs },
      copyingScores: {
        args: validConfig.chain((c) => fc.tuple(fc.oneof(fc.constant<unknown>(c), config), weightsFor(c))),
      },
      headRole: { args: fc.tuple(headScores) },
      // ─── Tokenizer and baselines ─────────────────────────────────────────────────────────────
      trainBpe: {
        args: fc.tuple(
          text,
          fc.oneof(
            fc.record(
              { vocabSize: fc.oneof(smallInt(250, 300), number), onProgress: hostileValue },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
      },
      encodeBpe: { args: fc.tuple(bpe, text) },
      decodeBpe: { args: fc.tuple(bpe, fc.oneof(ids, int32)) },
      bpeTokenStrings: { args: fc.tuple(bpe, fc.oneof(ids, int32)) },
      bpeTokenBytes: { args: fc.tuple(bpe, fc.oneof(smallInt(-1, 260), number)) },
      readBpeTokenizer: { args: fc.tuple(bpe) },
      ngramBaselines: { args: fc.tuple(int32, int32, number) },
      // ─── Checkpoints ─────────────────────────────────────────────────────────────────────────
      encodeCheckpoint: { args: fc.tuple(checkpoint) },
      decodeCheckpoint: { args: fc.tuple(checkpointBytes) },
      // ─── Running a model ─────────────────────────────────────────────────────────────────────
      createModel: modelEntry,
      checkIds: { args: fc.tuple(config, ids) },
      windowIds: { args: fc.tuple(fc.oneof(int32, ids), number) },
      softmax: {
        args: fc.tuple(probabilities, fc.oneof(fc.constant(undefined), fc.constantFrom(1, 0.5, 1e-300, 1e300), number)),
      },
      topK: { args: fc.tuple(probabilities, number) },
      sampleId: { args: fc.tuple(probabilities, random) },
      // ─── Decode speed, text, loading, attention export, controllers ─────────────────────────
      forwardFlops: { args: fc.tuple(config, number) },
      measureDecodeSpeed: {
        kind: 'async',
        runs: 20,
        timeoutMs: 20_000,
        args: fc.tuple(
          runtimeArg,
          checkpoint,
          fc.oneof(fc.constant(undefined), fc.record({ tokens: smallInt(0, 3) }), hostileValue),
        ),
        call: async (measure: Core['measureDecodeSpeed'], [runtime, ckpt, options], context) => {
          const model = await core.createModel(runtimeOf(runtime, context) as never, ckpt as never);
          try {
            return await measure(model, options as never);
          } finally {
            model.dispose();
          }
        },
      },
      loadCheckpoint: {
        kind: 'async',
        args: fc.tuple(
          fc.oneof(checkpointBytes, fc.constantFrom<unknown>('x.tsgpt', 'not a url', '')),
          fc.oneof(
            fc.constant(undefined),
            fc.constant({ fetch: async () => new Response(new Uint8Array(3)) }),
            hostileValue,
          ),
        ),
      },
      textToIds: {
        args: fc.tuple(checkpoint, text, fc.oneof(fc.constant(undefined), fc.record({ repeat: number }), hostileValue)),
      },
      mapTokensToIds: {
        args: fc.tuple(fc.oneof(fc.array(fc.string({ maxLength: 4 }), { maxLength: 40 }), hostileValue), number),
      },
      splitWords: { args: fc.tuple(text) },
      toAttentionData: {
        args: fc.tuple(
          hostileValue,
          fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 6 }), hostileValue),
          hostileValue,
        ),
      },
      lossSummary: { args: fc.tuple(hostileValue, hostileValue) },
      createNextTokenController: {
        kind: 'async',
        runs: 20,
        timeoutMs: 20_000,
        args: fc.tuple(
          fc.oneof(
            fc.record(
              { checkpoint, text, repeat: number, topK: number, temperature: number },
              { requiredKeys: ['checkpoint'] },
            ),
            hostileValue,
          ),
          text,
        ),
        call: async (create: Core['createNextTokenController'], [options, next], context) => {
          const controller = create({ runtime: context, ...(options as object) } as never);
          try {
            await controller.start();
            await controller.setText(next as never);
            await controller.toggleHead(0, 0);
            return controller.store.getState().status;
          } finally {
            controller.dispose();
          }
        },
      },
      createTrainingController: {
        kind: 'async',
        runs: 10,
        timeoutMs: 30_000,
        args: fc.tuple(
          fc.oneof(
            fc.record({ steps: smallInt(0, 4), reportEvery: number, seed: number, batchSize: number }),
            hostileValue,
          ),
        ),
        call: async (create: Core['createTrainingController'], [options]) => {
          const controller = create({ useWorker: false, ...(options as object) } as never);
          try {
            await controller.start();
            return controller.store.getState().status;
          } finally {
            controller.dispose();
          }
        },
      },
      trainInWorker: {
        kind: 'async',
        runs: 10,
        timeoutMs: 30_000,
        args: fc.tuple(
          fc.oneof(fc.record({ steps: smallInt(1, 2), reportEvery: number, seed: number }), hostileValue),
          fc.oneof(
            fc.constant(() => undefined),
            hostileValue,
          ),
          fc.oneof(fc.constant({ useWorker: false }), hostileValue),
        ),
        call: async (train: Core['trainInWorker'], [request, onEvent, options]) => {
          const run = train(request as never, onEvent as never, options as never);
          run.cancel();
          return undefined;
        },
      },
    },
  },
  teardown: () => undefined,
};
export default fuzz;
