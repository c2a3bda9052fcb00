// @vitest-environment node
// The forward pass against a float64 reference in plain loops (test/reference.ts): embeddings,
// LayerNorm (ε 1e-5), causal softmax attention per head, GELU (tanh), MLP, final LayerNorm,
// unembedding, per-position loss, and head ablation (zero and mean), on tiny configs.
import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxError, randomWeights, referenceForward, toReference, type RefAblation } from '../../test/reference.js';
import type { Checkpoint } from './checkpoint.js';
import { readConfig, type TransformerConfig } from './config.js';
import { createModel, type Ablation, type ForwardResult } from './model.js';

const TOLERANCE = 1e-4;

let runtime: TensorRuntime;
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['wasm'] });
}, 60_000);

const base = { vocabSize: 7, contextLength: 5, dModel: 8, heads: 2, layers: 2 };
const CONFIGS: Record<string, TransformerConfig> = {
  'attention only': readConfig({ ...base, mlp: false }),
  'with MLP': readConfig({ ...base, mlp: true, mlpRatio: 2 }),
};

function checkpointOf(config: TransformerConfig, seed: number): Checkpoint {
  return { config, weights: randomWeights(config, seed), tokenizer: { kind: 'ids' }, meta: {} };
}

function expectMatches(actual: ForwardResult, config: TransformerConfig, ckpt: Checkpoint, ablation?: RefAblation) {
  const ref = referenceForward(config, toReference(ckpt.weights), actual.ids, ablation);
  expect(maxError(actual.logits, ref.logits)).toBeLessThan(TOLERANCE);
  expect(maxError(actual.losses, ref.losses)).toBeLessThan(TOLERANCE);
  const meanLoss = ref.losses.reduce((a, b) => a + b, 0) / ref.losses.length;
  if (ref.losses.length) expect(Math.abs(actual.loss - meanLoss)).toBeLessThan(TOLERANCE);
  expect(actual.attention).toHaveLength(config.layers);
  expect(actual.residual).toHaveLength(config.layers + 1);
  for (let l = 0; l < config.layers; l++) {
    expect(maxError(actual.attention[l]!, ref.attention[l]!)).toBeLessThan(TOLERANCE);
    expect(maxError(actual.queries[l]!, ref.queries[l]!)).toBeLessThan(TOLERANCE);
    expect(maxError(actual.keys[l]!, ref.keys[l]!)).toBeLessThan(TOLERANCE);
    expect(maxError(actual.values[l]!, ref.values[l]!)).toBeLessThan(TOLERANCE);
  }
  for (let l = 0; l <= config.layers; l++) {
    expect(maxError(actual.residual[l]!, ref.residual[l]!)).toBeLessThan(TOLERANCE);
  }
  return ref;
}

for (const [name, config] of Object.entries(CONFIGS)) {
  describe(`forward (${name})`, () => {
    const ckpt = checkpointOf(config, 7);
    const ids = [3, 0, 6, 3, 1];

    it('matches the float64 reference: logits, losses, attention, Q/K/V and the residual stream', async () => {
      const model = await createModel(runtime, ckpt);
      try {
        const result = await model.forward(ids);
        expect(Array.from(result.ids)).toEqual(ids);
        expect(result.length).toBe(5);
        const ref = expectMatches(result, config, ckpt);
        // The weights are far from uniform: attention is sharp, so the comparison means something.
        expect(Math.max(...ref.attention[1]!)).toBeGreaterThan(0.6);
        // Causal: nothing above the diagonal, rows sum to 1.
        const T = 5;
        for (let h = 0; h < config.heads; h++)
          for (let i = 0; i < T; i++) {
            let sum = 0;
            for (let j = 0; j < T; j++) {
              const a = result.attention[0]![(h * T + i) * T + j]!;
              if (j > i) expect(a).toBe(0);
              sum += a;
            }
            expect(sum).toBeCloseTo(1, 5);
          }
        // A shorter input uses the first position embeddings only; one token has no loss.
        expectMatches(await model.forward([5, 2, 2]), config, ckpt);
        const single = await model.forward([4]);
        expectMatches(single, config, ckpt);
        expect(single.losses).toHaveLength(0);
        expect(single.loss).toBeNaN();
      } finally {
        model.dispose();
      }
    });

    const cases: [string, Ablation, RefAblation][] = [
      ['zero-ablating one head', { heads: [{ layer: 0, head: 1 }] }, { zero: [[0, 1]] }],
      [
        'zero-ablating a head per layer',
        {
          heads: [
            { layer: 0, head: 0 },
            { layer: 1, head: 1 },
          ],
          mode: 'zero',
        },
        {
          zero: [
            [0, 0],
            [1, 1],
          ],
        },
      ],
      ['mean-ablating one head', { heads: [{ layer: 1, head: 0 }], mode: 'mean' }, { mean: [[1, 0]] }],
      [
        'mean-ablating every head of layer 0',
        {
          heads: [
            { layer: 0, head: 0 },
            { layer: 0, head: 1 },
          ],
          mode: 'mean',
        },
        {
          mean: [
            [0, 0],
            [0, 1],
          ],
        },
      ],
    ];
    for (const [label, ablation, reference] of cases) {
      it(`${label} equals the reference with that head's output removed or replaced by its mean over positions`, async () => {
        const model = await createModel(runtime, ckpt);
        try {
          const plain = await model.forward(ids);
          const ablated = await model.forward(ids, { ablation });
          expectMatches(ablated, config, ckpt, reference);
          // And it changed the output (the test would pass vacuously for a head that writes nothing).
          expect(maxError(ablated.logits, plain.logits)).toBeGreaterThan(1e-3);
          // The ablated head's own attention pattern is still reported (ablation acts on its output).
          expect(maxError(ablated.attention[0]!, plain.attention[0]!)).toBeLessThan(1e-6);
        } finally {
          model.dispose();
        }
      });
    }
  });
}

describe('forward: typed errors', () => {
  const config = CONFIGS['attention only']!;
  it('rejects bad ids and bad ablations with codes, and a disposed model', async () => {
    const model = await createModel(runtime, checkpointOf(config, 3));
    await expect(model.forward([])).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(model.forward([1, 2, 3, 4, 5, 6])).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(model.forward([1, 7])).rejects.toMatchObject({ code: 'OUT_OF_VOCABULARY' });
    await expect(model.forward([1, 1.5])).rejects.toMatchObject({ code: 'OUT_OF_VOCABULARY' });
    await expect(model.forward([1, -1])).rejects.toMatchObject({ code: 'OUT_OF_VOCABULARY' });
    await expect(model.forward([1, 2], { ablation: { heads: [{ layer: 2, head: 0 }] } })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      model.forward([1, 2], { ablation: { heads: [{ layer: 0, head: 0 }], mode: 'half' as 'zero' } }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    model.dispose();
    await expect(model.forward([1, 2])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('refuses weights that do not fit the config', async () => {
    const ckpt = checkpointOf(config, 3);
    const other = readConfig({ ...base, dModel: 4 });
    await expect(createModel(runtime, { ...ckpt, config: other })).rejects.toMatchObject({ code: 'CONFIG_MISMATCH' });
    const nan = { ...ckpt.weights, unembedding: { shape: [8, 7], data: new Float32Array(56).fill(Number.NaN) } };
    await expect(createModel(runtime, { ...ckpt, weights: nan })).rejects.toMatchObject({ code: 'INVALID_VALUE' });
  });
});
