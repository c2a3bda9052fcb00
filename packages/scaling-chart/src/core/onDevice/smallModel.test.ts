import { describe, expect, it } from 'vitest';
import { checkSmallModel } from './smallModel.js';

const code = (name: string) => expect.objectContaining({ code: name });

/** The brown model: 537,312 float32 parameters, no KV cache, a 64-token window (72.35 MFLOP a token). */
const BROWN = { bytesPerToken: 537_312 * 4, flopsPerToken: 72_351_744 };

describe('checkSmallModel, against hand-computed cases', () => {
  it('a tiny model on a CPU path is compute-bound', () => {
    // Read: 2,149,248 B ÷ (0.4 × 10 GB/s) = 0.537 ms. Compute: 72.35 MFLOP ÷ 20 GFLOP/s = 3.618 ms.
    const check = checkSmallModel({ ...BROWN, measuredTokensPerSecond: 25, bandwidthGBs: 10, tflops: 0.02, cpu: true });
    expect(check.efficiency).toBe(0.4);
    expect(check.readSeconds).toBeCloseTo(2_149_248 / 4e9, 12);
    expect(check.computeSeconds).toBeCloseTo(72_351_744 / 2e10, 12);
    expect(check.bound).toBe('compute');
    expect(check.bandwidthTokensPerSecond).toBeCloseTo(4e9 / 2_149_248, 6);
    expect(check.predictedTokensPerSecond).toBeCloseTo(2e10 / 72_351_744, 6); // 276.4 tokens/s
    // Measured 25 tokens/s = 40 ms a token: the rules explain 3.6 ms of it.
    expect(check.measuredSeconds).toBe(0.04);
    expect(check.ratio).toBeCloseTo(25 / (2e10 / 72_351_744), 9);
    expect(check.unexplainedShare).toBeCloseTo(1 - 72_351_744 / 2e10 / 0.04, 9);
    expect(check.verdict).toBe('slower');
  });

  it('a big model on a GPU is bandwidth-bound, and a matching measurement agrees', () => {
    // 4.8 GB of weights at 0.55 × 100 GB/s: 87.3 ms. 2 × 8e9 FLOP at 3 TFLOP/s: 5.3 ms.
    const check = checkSmallModel({
      measuredTokensPerSecond: 10,
      bytesPerToken: 4.8e9,
      flopsPerToken: 1.6e10,
      bandwidthGBs: 100,
      tflops: 3,
    });
    expect(check.efficiency).toBe(0.55);
    expect(check.bound).toBe('bandwidth');
    expect(check.predictedTokensPerSecond).toBeCloseTo(55e9 / 4.8e9, 9);
    expect(check.ratio).toBeCloseTo(10 / (55e9 / 4.8e9), 9);
    expect(check.verdict).toBe('agrees');
    expect(check.unexplainedShare).toBeCloseTo(1 - 4.8e9 / 55e9 / 0.1, 9);
  });

  it('faster than predicted: the verdict says so and nothing is unexplained', () => {
    const check = checkSmallModel({ ...BROWN, measuredTokensPerSecond: 2000, bandwidthGBs: 10, tflops: 0.02 });
    expect(check.verdict).toBe('faster');
    expect(check.unexplainedShare).toBe(0);
  });

  it('refuses bad numbers with a message naming the field', () => {
    const ok = { ...BROWN, measuredTokensPerSecond: 25, bandwidthGBs: 10, tflops: 0.02 };
    expect(() => checkSmallModel({ ...ok, measuredTokensPerSecond: 0 })).toThrow(/run\.measuredTokensPerSecond/);
    expect(() => checkSmallModel({ ...ok, bandwidthGBs: -1 })).toThrow(/run\.bandwidthGBs/);
    expect(() => checkSmallModel({ ...ok, tflops: Number.NaN })).toThrow(/run\.tflops/);
    expect(() => checkSmallModel({ ...ok, flopsPerToken: Infinity })).toThrow(/run\.flopsPerToken/);
    expect(() => checkSmallModel({ ...ok, bytesPerToken: 0 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => checkSmallModel({ ...ok, cpu: 'yes' as never })).toThrow(/run\.cpu/);
    expect(() => checkSmallModel(null as never)).toThrow(code('INVALID_ARGUMENT'));
  });
});
