// The induction probe: one fixed batch of repeated random tokens on which training measures the
// loss of the unpredictable first half, the loss of the repeated half and every head's attention
// scores. One home for it, so the training CLI (and its logs) and the live training panel measure
// exactly the same thing.
import { createSeededRandom } from '@tensorscope/common';
import type { TransformerConfig } from './config.js';
import { attentionScores, type HeadScores } from './scores.js';
import { repeatedBatch } from './tasks.js';
import type { Evaluation } from './trainer.js';

/** Sequences in the probe batch, and its seed: the same sequences for every run, so curves of different seeds compare. */
const PROBE_BATCH = 16;
const PROBE_SEED = 12345;

export interface InductionProbe {
  readonly batch: number;
  /** `batch × (T + 1)` ids, for `trainer.evaluate(rows, batch)`: patterns of T/2 tokens said twice. */
  readonly rows: Int32Array;
  /** The `batch × T` ids the model reads (each row without its last id). */
  readonly ids: Int32Array;
}

export interface ProbeReading {
  /** Mean loss where the next token cannot be known yet (before the pattern repeats). */
  readonly firstHalfLoss: number;
  /** Mean loss once the pattern repeats: near 0 when an induction head copies it. */
  readonly repeatedHalfLoss: number;
  /** Attention scores per layer and head. */
  readonly heads: Omit<HeadScores, 'copying'>[][];
}

export function createInductionProbe(config: TransformerConfig): InductionProbe {
  const T = config.contextLength;
  const rows = repeatedBatch(config.vocabSize, T, PROBE_BATCH, createSeededRandom(PROBE_SEED), Math.floor(T / 2));
  const ids = new Int32Array(PROBE_BATCH * T);
  for (let b = 0; b < PROBE_BATCH; b++) ids.set(rows.subarray(b * (T + 1), b * (T + 1) + T), b * T);
  return { batch: PROBE_BATCH, rows, ids };
}

/** Reads a trainer's evaluation of the probe rows. */
export function readProbe(config: TransformerConfig, probe: InductionProbe, evaluation: Evaluation): ProbeReading {
  const T = config.contextLength;
  const half = Math.floor(T / 2);
  let first = 0;
  let repeated = 0;
  for (let b = 0; b < probe.batch; b++) {
    for (let i = 0; i < T; i++) {
      // Position i predicts token i + 1: the targets before the pattern repeats cannot be known.
      if (i + 1 < half) first += evaluation.perPosition[b * T + i]!;
      else repeated += evaluation.perPosition[b * T + i]!;
    }
  }
  return {
    firstHalfLoss: first / (probe.batch * (half - 1)),
    repeatedHalfLoss: repeated / (probe.batch * (T - half + 1)),
    heads: evaluation.attention.map((attention) => attentionScores(attention, probe.ids, probe.batch, config.heads, T)),
  };
}
