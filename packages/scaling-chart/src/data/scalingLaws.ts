import type { ScalingLaw } from '../core/scalingLaws.js';
import { CHINCHILLA_CONSTANTS } from '../core/scalingLaws.js';
import { SOURCES } from './sources.js';

/**
 * Published scaling laws. Losses are cross-entropy in nats per token on each paper's own data and
 * tokenizer, so values from different laws are not comparable with each other.
 */
export const SCALING_LAWS = {
  /** Hoffmann et al. 2022 (Chinchilla), Approach 3, eq. 10 as published. */
  chinchilla: {
    id: 'chinchilla',
    form: 'chinchilla',
    name: 'Chinchilla (Hoffmann et al. 2022)',
    year: 2022,
    source: SOURCES.chinchilla,
    constants: CHINCHILLA_CONSTANTS,
  },
  /** Besiroglu, Erdil, Barnett & You 2024 (Epoch AI): a refit of the Chinchilla data, ~20 tokens/parameter. */
  epoch: {
    id: 'epoch',
    form: 'chinchilla',
    name: 'Epoch AI replication (Besiroglu et al. 2024)',
    year: 2024,
    source: SOURCES.besiroglu,
    constants: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
  },
  /** Kaplan et al. 2020, joint law L(N, D), Table 2 fit; N counts non-embedding parameters. */
  kaplan: {
    id: 'kaplan',
    form: 'kaplan',
    name: 'Kaplan et al. 2020',
    year: 2020,
    source: SOURCES.kaplan,
    constants: { alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 },
  },
} as const satisfies Record<string, ScalingLaw>;

/** The key of a built-in scaling law. */
export type ScalingLawId = keyof typeof SCALING_LAWS;

/**
 * Kaplan et al. 2020's single-variable laws (eq. 1.1–1.3): L(N) = (N_c/N)^α_N,
 * L(D) = (D_c/D)^α_D, L(C_min) = (C_c/C_min)^α_C with C in PF-days, and the compute-optimal
 * exponents N ∝ C^0.73, D ∝ C^0.27.
 */
export const KAPLAN_2020 = {
  modelSize: { alphaN: 0.076, Nc: 8.8e13 },
  dataSize: { alphaD: 0.095, Dc: 5.4e13 },
  compute: { alphaC: 0.05, CcPetaflopDays: 3.1e8 },
  optimalExponents: { parameters: 0.73, tokens: 0.27 },
  source: SOURCES.kaplan,
} as const;

/** FLOP in one petaFLOP/s-day: 10^15 × 24 × 3600. */
export const PETAFLOP_DAY = 8.64e19;

export { CHINCHILLA_TOKENS_PER_PARAMETER } from '../core/scalingLaws.js';
