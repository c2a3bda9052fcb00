// @vitest-environment node
// Training maths against float64: the trainer's gradient against central finite differences of the
// reference loss (test/reference.ts), two AdamW steps reproduced by hand from adamw.ts's formulas
// (moments, bias correction, global-norm clipping, decoupled decay on matrices only, the
// learning-rate schedule), the schedule's values, DIVERGED with the last good weights kept, and
// seeded determinism.
import { isTensorscopeError } from '@tensorscope/common';
import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  finiteDifferenceGradient,
  maxError,
  randomWeights,
  referenceForward,
  referenceLoss,
  toReference,
  type RefWeights,
} from '../../test/reference.js';
import { DEFAULT_ADAMW, learningRateAt, type AdamWOptions } from './adamw.js';
import { readConfig } from './config.js';
import type { TrainingTask } from './tasks.js';
import { inductionTask } from './tasks.js';
import { createTrainer } from './trainer.js';
import { weightShapes, type WeightTensor } from './weights.js';

let runtime: TensorRuntime;
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['wasm'] });
}, 60_000);

const config = readConfig({ vocabSize: 7, contextLength: 5, dModel: 8, heads: 2, layers: 2, mlp: true, mlpRatio: 2 });
const BATCH = 2;
/** Two rows of T + 1 ids; ids 5 and 6 never appear, so their embedding rows get no gradient. */
const ROWS = Int32Array.from([3, 0, 4, 3, 1, 2, 1, 1, 2, 0, 4, 1]);
const fixedTask: TrainingTask = {
  name: 'fixed',
  vocabSize: 7,
  contextLength: 5,
  sample(out) {
    out.set(ROWS);
  },
};
const W0 = randomWeights(config, 11);
const SPECS = weightShapes(config);
const norm = (g: RefWeights) => Math.sqrt(Object.values(g).reduce((s, v) => s + v.reduce((a, x) => a + x * x, 0), 0));

describe('gradients', () => {
  it('one step with ε = 1, lr 1, no clipping and no decay gives back the gradient; it matches finite differences of the float64 loss', async () => {
    const reference = toReference(W0);
    const fd = finiteDifferenceGradient(config, reference, ROWS, BATCH);
    const trainer = await createTrainer(runtime, config, fixedTask, {
      weights: W0,
      batchSize: BATCH,
      learningRate: 1,
      warmupSteps: 0,
      totalSteps: 10,
      weightDecay: 0,
      clipNorm: 1e9,
      epsilon: 1,
    });
    const [report] = await trainer.steps(1);
    const W1 = await trainer.getWeights();
    trainer.dispose();
    // The loss before the update and the global norm of the gradient.
    expect(report!.step).toBe(1);
    expect(report!.learningRate).toBe(1);
    expect(Math.abs(report!.loss - referenceLoss(config, reference, ROWS, BATCH))).toBeLessThan(1e-5);
    expect(Math.abs(report!.gradientNorm / norm(fd) - 1)).toBeLessThan(1e-4);
    // Step 1 of Adam: m̂ = g, v̂ = g², so W1 = W0 − g / (|g| + ε); with ε = 1, g = u / (1 − |u|), u = W0 − W1.
    const worst: Record<string, number> = {};
    let nonzero = 0;
    for (const spec of SPECS) {
      const w0 = W0[spec.name]!.data;
      const w1 = W1[spec.name]!.data;
      const g = fd[spec.name]!;
      let error = 0;
      for (let i = 0; i < g.length; i++) {
        const u = w0[i]! - w1[i]!;
        const recovered = u / (1 - Math.abs(u));
        error = Math.max(error, Math.abs(recovered - g[i]!) / (5e-7 + 2e-4 * Math.abs(g[i]!)));
        if (Math.abs(g[i]!) > 1e-6) nonzero++;
      }
      worst[spec.name] = Number(error.toFixed(3));
    }
    // Every weight's gradient within 5e-7 + 0.02 % of finite differences (float32 rounding of W1 and of tfjs's maths).
    expect(Math.max(...Object.values(worst)), JSON.stringify(worst)).toBeLessThan(1);
    // Nearly every parameter has a gradient (the unused token rows do not), so this pins them all.
    expect(nonzero).toBeGreaterThan(0.9 * SPECS.reduce((s, spec) => s + W0[spec.name]!.data.length, 0));
    // No gradient reaches the embeddings of ids that never appear (5 and 6): exactly zero.
    const d = config.dModel;
    for (let i = 5 * d; i < 7 * d; i++) expect(fd.tokenEmbedding![i]).toBe(0);
    expect(Array.from(W1.tokenEmbedding!.data.subarray(5 * d))).toEqual(
      Array.from(W0.tokenEmbedding!.data.subarray(5 * d)),
    );
  }, 60_000);
});

describe('AdamW', () => {
  /** Adam state in float64, as adamw.ts defines it. */
  function adamStep(
    options: AdamWOptions,
    step: number,
    weights: Record<string, WeightTensor>,
    gradient: RefWeights,
    state: { m: RefWeights; v: RefWeights },
  ): RefWeights {
    const lr = learningRateAt(options, step);
    const t = step + 1;
    const clip = Math.min(1, options.clipNorm / norm(gradient));
    const out: RefWeights = {};
    for (const spec of SPECS) {
      const decays = spec.kind === 'matrix' || spec.kind === 'output-matrix';
      const w = weights[spec.name]!.data;
      const g = gradient[spec.name]!;
      const m = (state.m[spec.name] ??= new Float64Array(g.length));
      const v = (state.v[spec.name] ??= new Float64Array(g.length));
      const next = new Float64Array(g.length);
      for (let i = 0; i < g.length; i++) {
        const gc = g[i]! * clip;
        m[i] = options.beta1 * m[i]! + (1 - options.beta1) * gc;
        v[i] = options.beta2 * v[i]! + (1 - options.beta2) * gc * gc;
        const update =
          m[i]! / (1 - options.beta1 ** t) / (Math.sqrt(v[i]! / (1 - options.beta2 ** t)) + options.epsilon);
        next[i] = w[i]! * (1 - (decays ? lr * options.weightDecay : 0)) - lr * update;
      }
      out[spec.name] = next;
    }
    return out;
  }

  it('two steps reproduce the formulas: moments, bias correction, clipping by the global norm, warm-up, decay on matrices only', async () => {
    const g0 = finiteDifferenceGradient(config, toReference(W0), ROWS, BATCH);
    const options: AdamWOptions = {
      learningRate: 0.05,
      warmupSteps: 4,
      totalSteps: 50,
      beta1: 0.8,
      beta2: 0.95,
      epsilon: 1e-3,
      weightDecay: 0.5,
      // Below the gradient's norm: clipping is active on the first step.
      clipNorm: 0.5 * norm(g0),
    };
    const trainer = await createTrainer(runtime, config, fixedTask, { ...options, weights: W0, batchSize: BATCH });
    expect(trainer.options).toMatchObject({ ...options, batchSize: BATCH, seed: 1 });
    const state = { m: {}, v: {} };

    const [first] = await trainer.steps(1);
    expect(first!.learningRate).toBeCloseTo(learningRateAt(options, 0), 12);
    expect(first!.learningRate).toBeCloseTo(0.05 / 4, 12);
    const W1 = await trainer.getWeights();
    const expected1 = adamStep(options, 0, W0, g0, state);

    const g1 = finiteDifferenceGradient(config, toReference(W1), ROWS, BATCH);
    const [second] = await trainer.steps(1);
    expect(second!.step).toBe(2);
    expect(trainer.stepsDone).toBe(2);
    expect(second!.learningRate).toBeCloseTo(0.05 / 2, 12);
    expect(Math.abs(second!.gradientNorm / norm(g1) - 1)).toBeLessThan(1e-4);
    const W2 = await trainer.getWeights();
    trainer.dispose();
    // Step 2 starts from the trainer's own W1 (float32), so its error does not compound.
    const expected2 = adamStep(options, 1, W1, g1, state);

    for (const [actual, expected, lr] of [
      [W1, expected1, learningRateAt(options, 0)],
      [W2, expected2, learningRateAt(options, 1)],
    ] as const) {
      for (const spec of SPECS) {
        // Each update moves a weight by up to ~lr; it must be right to 0.1 % of lr (plus float32 rounding).
        const error = maxError(actual[spec.name]!.data, expected[spec.name]!);
        expect({ name: spec.name, ok: error < 1e-3 * lr + 1e-6 }).toEqual({ name: spec.name, ok: true });
      }
    }
    // No decay on embeddings: a token row with no gradient stays exactly where it was.
    const d = config.dModel;
    expect(Array.from(W2.tokenEmbedding!.data.subarray(5 * d))).toEqual(
      Array.from(W0.tokenEmbedding!.data.subarray(5 * d)),
    );
  }, 60_000);

  it('learningRateAt: linear warm-up from lr/warmup to lr, then a cosine down to 10 % at totalSteps', () => {
    const options = { ...DEFAULT_ADAMW, learningRate: 1, warmupSteps: 10, totalSteps: 110 };
    expect(learningRateAt(options, 0)).toBeCloseTo(0.1, 12);
    expect(learningRateAt(options, 4)).toBeCloseTo(0.5, 12);
    expect(learningRateAt(options, 9)).toBeCloseTo(1, 12);
    expect(learningRateAt(options, 10)).toBeCloseTo(1, 12);
    expect(learningRateAt(options, 35)).toBeCloseTo(0.1 + 0.45 * (1 + Math.cos(Math.PI / 4)), 12);
    expect(learningRateAt(options, 60)).toBeCloseTo(0.55, 12);
    expect(learningRateAt(options, 110)).toBeCloseTo(0.1, 12);
    expect(learningRateAt(options, 10_000)).toBeCloseTo(0.1, 12);
    expect(learningRateAt({ ...options, warmupSteps: 0 }, 0)).toBe(1);
    // Monotone: up during warm-up, down after.
    for (let s = 1; s < 10; s++) expect(learningRateAt(options, s)).toBeGreaterThan(learningRateAt(options, s - 1));
    for (let s = 11; s <= 110; s++) expect(learningRateAt(options, s)).toBeLessThan(learningRateAt(options, s - 1));
  });
});

describe('trainer', () => {
  const induction = inductionTask({ vocabSize: 7, contextLength: 5, minPeriod: 2, maxPeriod: 3 });

  it('evaluate gives the reference per-position loss and attention of every row', async () => {
    const trainer = await createTrainer(runtime, config, fixedTask, { weights: W0 });
    const ev = await trainer.evaluate(ROWS, BATCH);
    trainer.dispose();
    const reference = toReference(W0);
    const T = 5;
    expect(ev.perPosition).toHaveLength(BATCH * T);
    expect(Math.abs(ev.loss - referenceLoss(config, reference, ROWS, BATCH))).toBeLessThan(1e-5);
    for (let b = 0; b < BATCH; b++) {
      const ref = referenceForward(config, reference, ROWS.subarray(b * (T + 1), (b + 1) * (T + 1)));
      // The reference reads all T + 1 ids; the trainer reads the first T and predicts the last T.
      expect(maxError(ev.perPosition.subarray(b * T, (b + 1) * T), ref.losses)).toBeLessThan(1e-4);
      const T1 = T + 1;
      for (let l = 0; l < config.layers; l++)
        for (let h = 0; h < config.heads; h++)
          for (let i = 0; i < T; i++)
            for (let j = 0; j < T; j++) {
              const actual = ev.attention[l]![((b * config.heads + h) * T + i) * T + j]!;
              // Causal: row i of the T-long pass equals row i of the (T + 1)-long one.
              expect(Math.abs(actual - ref.attention[l]![(h * T1 + i) * T1 + j]!)).toBeLessThan(1e-5);
            }
    }
  });

  it('the same seed gives the same weights after 5 steps; another seed does not', async () => {
    const run = async (seed: number) => {
      const trainer = await createTrainer(runtime, config, induction, { seed, batchSize: 4 });
      const reports = await trainer.steps(5);
      const weights = await trainer.getWeights();
      trainer.dispose();
      return { losses: reports.map((r) => r.loss), weights };
    };
    const a = await run(5);
    const b = await run(5);
    const c = await run(6);
    expect(b.losses).toEqual(a.losses);
    for (const spec of SPECS) expect(b.weights[spec.name]!.data).toEqual(a.weights[spec.name]!.data);
    expect(c.weights.unembedding!.data).not.toEqual(a.weights.unembedding!.data);
    expect(c.losses).not.toEqual(a.losses);
  });

  it('leaves no tensor behind: create, train, evaluate and dispose return numTensors to where it was', async () => {
    const before = runtime.numTensors();
    const trainer = await createTrainer(runtime, config, induction, { seed: 3, batchSize: 4 });
    await trainer.steps(3);
    await trainer.evaluate(ROWS, BATCH);
    await trainer.getWeights();
    trainer.dispose();
    await runtime.run(() => undefined); // dispose runs on the runtime's queue
    expect(runtime.numTensors()).toBe(before);
  });

  it('a huge learning rate stops with DIVERGED and keeps the last weights whose loss was finite', async () => {
    const trainer = await createTrainer(runtime, config, induction, {
      seed: 2,
      batchSize: 4,
      learningRate: 1e4,
      warmupSteps: 0,
    });
    let before = await trainer.getWeights();
    let goodBefore = before;
    let error: unknown;
    const losses: number[] = [];
    for (let i = 0; i < 10 && !error; i++) {
      try {
        const [report] = await trainer.steps(1);
        losses.push(report!.loss);
        goodBefore = before;
        before = await trainer.getWeights();
      } catch (caught) {
        error = caught;
      }
    }
    expect(isTensorscopeError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'DIVERGED', details: { step: losses.length + 1 } });
    expect(losses.length).toBeGreaterThan(0);
    expect(losses.every(Number.isFinite)).toBe(true);
    // The weights of the last step with a finite loss: those before the update that blew up.
    const kept = await trainer.getWeights();
    for (const spec of SPECS) {
      expect(kept[spec.name]!.data).toEqual(goodBefore[spec.name]!.data);
      expect(kept[spec.name]!.data.every(Number.isFinite)).toBe(true);
    }
    // The trainer still works at a sane rate from there: evaluate runs and gives a finite loss.
    const ev = await trainer.evaluate(ROWS, BATCH);
    expect(Number.isFinite(ev.loss)).toBe(true);
    trainer.dispose();
  });

  it('refuses a task larger than the model, bad options and a disposed trainer with typed errors', async () => {
    await expect(createTrainer(runtime, config, { ...fixedTask, vocabSize: 8 })).rejects.toMatchObject({
      code: 'CONFIG_MISMATCH',
    });
    await expect(createTrainer(runtime, config, fixedTask, { learningRate: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(createTrainer(runtime, config, fixedTask, { batchSize: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const nan = { ...W0, 'layer0.ln1.gain': { shape: [8], data: new Float32Array(8).fill(Number.NaN) } };
    await expect(createTrainer(runtime, config, fixedTask, { weights: nan })).rejects.toMatchObject({
      code: 'INVALID_VALUE',
    });
    const trainer = await createTrainer(runtime, config, fixedTask, { weights: W0 });
    await expect(trainer.steps(-1)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(trainer.steps(1, 'x' as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(trainer.evaluate(ROWS, 5)).rejects.toMatchObject({ code: 'INVALID_SHAPE' });
    await expect(trainer.evaluate(Int32Array.from([0, 7]), 1)).rejects.toMatchObject({ code: 'OUT_OF_VOCABULARY' });
    await expect(trainer.evaluate([0, 1] as never, 1)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(trainer.evaluate(new Int32Array(7 * 2), 2)).rejects.toMatchObject({ code: 'INVALID_SHAPE' });
    trainer.dispose();
    await expect(trainer.steps(1)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(trainer.getWeights()).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
