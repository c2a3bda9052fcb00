import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from '../data/accelerators.js';
import { TRAINING_RUN_PRESETS } from '../data/presets.js';
import { estimateTrainingRun, relativeDifference } from './calculator.js';
import { trainingFlops } from './trainingFlops.js';

describe('trainingFlops', () => {
  it('is 6·N·D', () => {
    expect(trainingFlops(175e9, 300e9)).toBeCloseTo(3.15e23, -20);
    // GPT-3's paper reports 3.14e23: the rule of thumb agrees to 0.3 %.
    expect(Math.abs(relativeDifference(trainingFlops(175e9, 300e9), 3.14e23))).toBeLessThan(0.005);
  });

  it('rejects non-positive or non-finite input with a typed error', () => {
    for (const [n, d] of [
      [0, 1],
      [1, -1],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(() => trainingFlops(n, d)).toThrow(/must be a positive number/);
    }
  });
});

describe('estimateTrainingRun', () => {
  it('does the arithmetic step by step', () => {
    const run = estimateTrainingRun({
      parameters: 1e9,
      tokens: 1e10,
      peakTflops: 100,
      accelerators: 10,
      utilisation: 0.5,
    });
    expect(run.flops).toBe(6e19);
    expect(run.sustainedFlopsPerAccelerator).toBe(5e13);
    expect(run.acceleratorSeconds).toBeCloseTo(1.2e6, 6);
    expect(run.acceleratorHours).toBeCloseTo(1.2e6 / 3600, 6);
    expect(run.acceleratorDays).toBeCloseTo(1.2e6 / 86400, 6);
    expect(run.wallClockDays).toBeCloseTo(1.2e5 / 86400, 6);
  });

  it('names the bad field', () => {
    let error: unknown;
    try {
      estimateTrainingRun({ parameters: 1, tokens: 1, peakTflops: 1, accelerators: 1, utilisation: 1.5 });
    } catch (e) {
      error = e;
    }
    expect(isTensorscopeError(error) && error.details).toEqual({ field: 'utilisation', value: 1.5 });
  });

  it.each(TRAINING_RUN_PRESETS.map((p) => [p.name, p] as const))('reproduces %s within its tolerance', (_, preset) => {
    const run = estimateTrainingRun(preset.input);
    const difference = relativeDifference(run[preset.published.quantity], preset.published.value);
    expect(Math.abs(difference)).toBeLessThanOrEqual(preset.tolerance);
    // The preset uses the accelerator's dense (not sparse) peak from the built-in data.
    expect(ACCELERATORS.find((a) => a.name === preset.accelerator)?.fp16?.value).toBe(preset.input.peakTflops);
  });

  it('GPT-3: 10,000 V100 at ~0.2 utilisation take ~14.8 days', () => {
    const gpt3 = TRAINING_RUN_PRESETS.find((p) => p.id === 'gpt-3')!;
    expect(estimateTrainingRun(gpt3.input).wallClockDays).toBeCloseTo(14.8, 1);
    const rounded = estimateTrainingRun({ ...gpt3.input, utilisation: 0.2 });
    expect(Math.abs(relativeDifference(rounded.wallClockDays, 14.8))).toBeLessThan(0.05);
  });

  it('Llama 3.1 405B: within 15 % of 30.84M H100-hours', () => {
    const llama = TRAINING_RUN_PRESETS.find((p) => p.id === 'llama-3.1-405b')!;
    const hours = estimateTrainingRun(llama.input).acceleratorHours;
    expect(hours).toBeGreaterThan(30.84e6 * 0.85);
    expect(hours).toBeLessThan(30.84e6 * 1.15);
  });
});

describe('overflow (regression: Infinity and NaN in the calculator)', () => {
  it('gives TOO_LARGE when 6·N·D or the accelerator time overflows', () => {
    expect(() => trainingFlops(1e200, 1e200)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    const run = { parameters: 1e15, tokens: 8, peakTflops: 1e-323, accelerators: 10, utilisation: 0.005 };
    expect(() => estimateTrainingRun(run)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => estimateTrainingRun(undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
