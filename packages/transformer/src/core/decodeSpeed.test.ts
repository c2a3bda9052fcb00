// @vitest-environment node
import { readFileSync } from 'node:fs';
import { getRuntime } from '@tensorscope/tensor-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint.js';
import { readConfig } from './config.js';
import { forwardFlops, measureDecodeSpeed } from './decodeSpeed.js';
import { createModel, type TransformerModel } from './model.js';
import { BROWN_RECIPE, INDUCTION_RECIPE } from './recipes.js';
import { parameterCount } from './weights.js';

const code = (name: string) => expect.objectContaining({ code: name });
let model: TransformerModel;

beforeAll(async () => {
  const runtime = await getRuntime({ backends: ['wasm'] });
  const bytes = readFileSync(new URL('../../checkpoints/induction.tsgpt', import.meta.url));
  model = await createModel(runtime, decodeCheckpoint(bytes));
});
afterAll(() => model?.dispose());

describe('forwardFlops', () => {
  it('matches a hand count for the induction model (V 32, d 32, 2 layers, no MLP)', () => {
    const config = readConfig(INDUCTION_RECIPE.config);
    // Matrices: one-hot embedding 32·32 + 2 layers × 4 · 32² + unembedding 32·32 = 10,240.
    // 2 · 10,240 · 32 positions + attention 4 · 2 layers · 32² · 32 = 655,360 + 262,144.
    expect(forwardFlops(config, 32)).toBe(917_504);
    expect(forwardFlops(config, 1)).toBe(2 * 10_240 + 4 * 2 * 32);
  });

  it('matches a hand count for the brown model (V 1024, d 96, 3 layers, MLP ×4, T 64)', () => {
    const config = readConfig(BROWN_RECIPE.config);
    // Matrices: 1024·96 · 2 + 3 × (4 · 96² + 2 · 96 · 384) = 196,608 + 331,776 = 528,384.
    expect(forwardFlops(config, 64)).toBe(2 * 528_384 * 64 + 4 * 3 * 64 * 64 * 96);
    // About 2 × parameters × window: the embeddings' share is small.
    expect(forwardFlops(config, 64) / (2 * parameterCount(config) * 64)).toBeCloseTo(1.05, 1);
  });

  it('refuses a window longer than the context', () => {
    const config = readConfig(INDUCTION_RECIPE.config);
    expect(() => forwardFlops(config, 33)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => forwardFlops(config, 0)).toThrow(code('INVALID_ARGUMENT'));
  });
});

describe('measureDecodeSpeed', () => {
  it('times greedy decoding with the sliding window and reports its costs', async () => {
    const progress: [number, number][] = [];
    const result = await measureDecodeSpeed(model, { tokens: 6, onProgress: (d, t) => progress.push([d, t]) });
    expect(result.tokens).toBe(6);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
    for (const key of [
      'tokensPerSecond',
      'meanTokensPerSecond',
      'medianMs',
      'onePositionMs',
      'seconds',
      'flopsPerToken',
    ] as const) {
      expect(Number.isFinite(result[key]) && result[key] > 0).toBe(true);
    }
    expect(result.tokensPerSecond).toBeCloseTo(1000 / result.medianMs, 6);
    expect(result.meanTokensPerSecond).toBeCloseTo(6 / result.seconds, 6);
    expect(result.contextLength).toBe(32);
    // The default prompt fills the window, and the window slides: every timed token runs 32 positions.
    expect(result.windowLength).toBe(32);
    expect(result.parameters).toBe(parameterCount(model.config));
    expect(result.weightsBytes).toBe(result.parameters * 4);
    expect(result.bytesPerToken).toBe(result.weightsBytes);
    expect(result.flopsPerToken).toBe(forwardFlops(model.config, 32));
    expect(result.flopsPerTokenWithCache).toBe(2 * result.parameters);
    expect(result.generated).toHaveLength(7);
    expect(Array.from(result.generated).every((id) => id >= 0 && id < 32)).toBe(true);
  });

  it('decodes greedily: the same prompt gives the same tokens; a short prompt grows its window', async () => {
    const prompt = [1, 2, 3, 4, 5, 1, 2, 3, 4];
    const a = await measureDecodeSpeed(model, { tokens: 3, prompt });
    const b = await measureDecodeSpeed(model, { tokens: 3, prompt });
    expect(Array.from(a.generated)).toEqual(Array.from(b.generated));
    // The induction model continues the repeated pattern 1 2 3 4 5 1 2 3 4 → 5 1 2 3.
    expect(Array.from(a.generated)).toEqual([5, 1, 2, 3]);
    // Timed windows: 10, 11, 12 positions (the warm-up ran 9).
    expect(a.windowLength).toBe(11);
    const config = model.config;
    expect(a.flopsPerToken).toBeCloseTo(
      (forwardFlops(config, 10) + forwardFlops(config, 11) + forwardFlops(config, 12)) / 3,
      6,
    );
  });

  it('stops with ABORTED when cancelled, before or during the run', async () => {
    const before = new AbortController();
    before.abort();
    await expect(measureDecodeSpeed(model, { tokens: 4, signal: before.signal })).rejects.toThrow(code('ABORTED'));
    const during = new AbortController();
    await expect(
      measureDecodeSpeed(model, {
        tokens: 50,
        signal: during.signal,
        onProgress: (done) => done === 2 && during.abort(),
      }),
    ).rejects.toThrow(code('ABORTED'));
  });

  it('refuses bad options with typed errors naming them', async () => {
    await expect(measureDecodeSpeed(model, { tokens: 0 })).rejects.toThrow(/options\.tokens/);
    await expect(measureDecodeSpeed(model, { tokens: 2.5 })).rejects.toThrow(code('INVALID_ARGUMENT'));
    await expect(measureDecodeSpeed(model, { tokens: 5000 })).rejects.toThrow(code('INVALID_ARGUMENT'));
    await expect(measureDecodeSpeed(model, { signal: 'stop' as never })).rejects.toThrow(/options\.signal/);
    await expect(measureDecodeSpeed(model, { onProgress: 3 as never })).rejects.toThrow(/options\.onProgress/);
    await expect(measureDecodeSpeed(model, { prompt: [] })).rejects.toThrow(code('EMPTY_INPUT'));
    await expect(measureDecodeSpeed(model, { prompt: [99] })).rejects.toThrow(code('OUT_OF_VOCABULARY'));
    await expect(measureDecodeSpeed(model, 'fast' as never)).rejects.toThrow(code('INVALID_ARGUMENT'));
    await expect(measureDecodeSpeed(null as never)).rejects.toThrow(/model/);
    await expect(measureDecodeSpeed({ config: model.config } as never)).rejects.toThrow(/model\.forward/);
  });
});
