import { describe, expect, it } from 'vitest';
import { SCALING_LAWS } from '../data/scalingLaws.js';
import { chinchillaLoss, computeOptimal, kaplanLoss, predictLoss } from './scalingLaws.js';

describe('chinchillaLoss', () => {
  it('is E + A/N^α + B/D^β with the published constants by default', () => {
    const expected = 1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28;
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(expected, 12);
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(1.937, 3);
    // More parameters or more data never increase the predicted loss, which tends to E.
    expect(chinchillaLoss(175e9, 1.4e12)).toBeLessThan(chinchillaLoss(70e9, 1.4e12));
    expect(chinchillaLoss(1e30, 1e30)).toBeCloseTo(1.69, 4);
  });

  it('accepts other constants (the Epoch refit)', () => {
    const { constants } = SCALING_LAWS.epoch;
    expect(chinchillaLoss(70e9, 1.4e12, constants)).toBeCloseTo(
      1.8172 + 482.01 / 70e9 ** 0.3478 + 2085.43 / 1.4e12 ** 0.3658,
      12,
    );
  });

  it('throws for invalid sizes', () => {
    expect(() => chinchillaLoss(-1, 1)).toThrow(/parameters must be a positive number/);
  });
});

describe('kaplanLoss', () => {
  it('follows eq. 1.5 with the Table 2 constants', () => {
    const { constants } = SCALING_LAWS.kaplan;
    const expected = ((6.4e13 / 1e9) ** (0.076 / 0.103) + 1.8e13 / 1e10) ** 0.103;
    expect(kaplanLoss(1e9, 1e10, constants)).toBeCloseTo(expected, 12);
    expect(predictLoss(SCALING_LAWS.kaplan, 1e9, 1e10)).toBe(kaplanLoss(1e9, 1e10, constants));
  });
});

describe('computeOptimal', () => {
  it('agrees with the Chinchilla closed form (Hoffmann et al. eq. 4)', () => {
    for (const law of [SCALING_LAWS.chinchilla, SCALING_LAWS.epoch]) {
      const { A, B, alpha, beta } = law.constants;
      const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
      for (const C of [1e20, 5.76e23, 1e26]) {
        const optimum = computeOptimal(law, C);
        const N = G * (C / 6) ** (beta / (alpha + beta));
        expect(optimum.parameters / N).toBeCloseTo(1, 6);
        expect(6 * optimum.parameters * optimum.tokens).toBeCloseTo(C, -Math.log10(C) + 6);
      }
    }
  });

  it('Epoch refit: ~20 tokens per parameter at Chinchilla’s budget; the published fit is not', () => {
    const refit = computeOptimal(SCALING_LAWS.epoch, 5.76e23);
    expect(refit.parameters).toBeGreaterThan(60e9);
    expect(refit.parameters).toBeLessThan(85e9);
    expect(refit.tokens / refit.parameters).toBeGreaterThan(15);
    expect(refit.tokens / refit.parameters).toBeLessThan(25);
    // The rounded published constants favour a smaller model (~32B) — the caveat Epoch found.
    const published = computeOptimal(SCALING_LAWS.chinchilla, 5.76e23);
    expect(published.parameters).toBeLessThan(40e9);
  });

  it('finds a minimum for the Kaplan joint law too', () => {
    const C = 1e22;
    const { parameters, loss } = computeOptimal(SCALING_LAWS.kaplan, C);
    for (const factor of [0.5, 2]) {
      const n = parameters * factor;
      expect(predictLoss(SCALING_LAWS.kaplan, n, C / (6 * n))).toBeGreaterThan(loss);
    }
  });
});

describe('bad laws and constants (regression: TypeError and NaN losses)', () => {
  it('refuses missing or non-numeric constants and unknown forms with typed errors', () => {
    expect(() => kaplanLoss(1e9, 1e9, null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const nan = { E: 1, A: Number.NaN, B: 1, alpha: 0.3, beta: 0.3 };
    expect(() => chinchillaLoss(1e9, 1e9, nan)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => predictLoss({ form: 'bogus' } as never, 1e9, 1e9)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => computeOptimal(SCALING_LAWS.chinchilla, 1e-320)).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
  });

  it('gives a typed error, not Infinity, when constants overflow the loss', () => {
    const huge = { alphaN: 1e200, alphaD: 1e-3, Nc: 7, Dc: 1e308 };
    expect(() => kaplanLoss(9.6e6, 0.0034, huge)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });
});
