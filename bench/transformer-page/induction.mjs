// Time from "train" to an induction head, shared by the Node side of bench/transformer.bench.mjs
// and its Chromium page: INDUCTION_RECIPE from scratch (seed 1), probed every 25 steps on the same
// fixed repeated-random-token batch as `npm run train -w @tensorscope/transformer -- induction`
// (16 sequences, seed 12345, period 16); stops at the first probe whose best head has a prefix-
// matching (induction) score ≥ 0.4. The clock includes creating the trainer, the first-use load of
// tfjs's gradients, every step and every probe.
import { createSeededRandom } from '@tensorscope/common';
import {
  INDUCTION_PERIODS,
  INDUCTION_RECIPE,
  attentionScores,
  createTrainer,
  inductionTask,
  readConfig,
  repeatedBatch,
} from '@tensorscope/transformer/core';

export const INDUCTION_THRESHOLD = 0.4;
const PROBE_EVERY = 25;
const PROBE_BATCH = 16;

/**
 * Trains until the induction score reaches 0.4 (or `maxSteps`). Returns `{ ms, steps, score,
 * reached, stepMs }` (`stepMs`: time in `steps()` alone, without probes).
 */
export async function trainToInduction(runtime, { maxSteps = 1000, onProbe } = {}) {
  const recipe = INDUCTION_RECIPE;
  const config = readConfig(recipe.config);
  const T = config.contextLength;
  const rows = repeatedBatch(config.vocabSize, T, PROBE_BATCH, createSeededRandom(12345), Math.floor(T / 2));
  const ids = new Int32Array(PROBE_BATCH * T);
  for (let b = 0; b < PROBE_BATCH; b++) ids.set(rows.subarray(b * (T + 1), b * (T + 1) + T), b * T);
  const started = performance.now();
  const trainer = await createTrainer(
    runtime,
    config,
    inductionTask({ vocabSize: config.vocabSize, contextLength: T, ...INDUCTION_PERIODS }),
    { ...recipe.optimizer, batchSize: recipe.batchSize, seed: recipe.seed },
  );
  let score = 0;
  let stepMs = 0;
  try {
    while (trainer.stepsDone < maxSteps) {
      const stepStart = performance.now();
      await trainer.steps(Math.min(PROBE_EVERY, maxSteps - trainer.stepsDone));
      stepMs += performance.now() - stepStart;
      const evaluation = await trainer.evaluate(rows, PROBE_BATCH);
      score = Math.max(
        ...evaluation.attention.flatMap((a) =>
          attentionScores(a, ids, PROBE_BATCH, config.heads, T).map((s) => s.induction),
        ),
      );
      onProbe?.({ step: trainer.stepsDone, score, ms: performance.now() - started });
      if (score >= INDUCTION_THRESHOLD) break;
    }
    return {
      ms: performance.now() - started,
      steps: trainer.stepsDone,
      score,
      reached: score >= INDUCTION_THRESHOLD,
      stepMs,
    };
  } finally {
    trainer.dispose();
  }
}
