// @vitest-environment node
// The CI training smoke test: the induction recipe, trained from scratch for 400 of its 1,000
// steps, must really grow an induction circuit, not merely run. Same seed and schedule as
// `npm run train -w @tensorscope/transformer -- induction`, whose log shows the induction score
// passing 0.4 at step 350 and 0.70 at step 400.
import { createSeededRandom } from '@tensorscope/common';
import { getRuntime } from '@tensorscope/tensor-core';
import { expect, it } from 'vitest';
import { readConfig } from './config.js';
import { INDUCTION_PERIODS, INDUCTION_RECIPE } from './recipes.js';
import { attentionScores } from './scores.js';
import { inductionTask, repeatedBatch } from './tasks.js';
import { createTrainer, type Trainer } from './trainer.js';

const STEPS = 400;

/** Loss on the first and the repeated half of fixed repeated sequences, and each layer's head scores. */
async function probe(trainer: Trainer) {
  const { vocabSize: V, contextLength: T, heads } = trainer.config;
  const batch = 16;
  const half = T / 2;
  const rows = repeatedBatch(V, T, batch, createSeededRandom(12345), half);
  const ev = await trainer.evaluate(rows, batch);
  const ids = new Int32Array(batch * T);
  for (let b = 0; b < batch; b++) ids.set(rows.subarray(b * (T + 1), b * (T + 1) + T), b * T);
  let first = 0;
  let repeated = 0;
  for (let b = 0; b < batch; b++)
    for (let i = 0; i < T; i++) {
      // Position i predicts token i + 1, unknowable until the pattern starts again at `half`.
      if (i + 1 < half) first += ev.perPosition[b * T + i]! / (batch * (half - 1));
      else repeated += ev.perPosition[b * T + i]! / (batch * (T - half + 1));
    }
  const scores = ev.attention.map((a) => attentionScores(a, ids, batch, heads, T));
  return {
    first,
    repeated,
    induction: scores.map((layer) => Math.max(...layer.map((s) => s.induction))),
    previousToken: scores.map((layer) => Math.max(...layer.map((s) => s.previousToken))),
  };
}

it(`${STEPS} steps of the induction recipe grow an induction head and predict the repeated half`, async () => {
  const runtime = await getRuntime({ backends: ['wasm'] });
  const config = readConfig(INDUCTION_RECIPE.config);
  const task = inductionTask({
    vocabSize: config.vocabSize,
    contextLength: config.contextLength,
    ...INDUCTION_PERIODS,
  });
  const trainer = await createTrainer(runtime, config, task, {
    ...INDUCTION_RECIPE.optimizer,
    batchSize: INDUCTION_RECIPE.batchSize,
    seed: INDUCTION_RECIPE.seed,
  });
  try {
    const before = await probe(trainer);
    // Untrained: no induction, both halves at chance (ln 32 ≈ 3.47).
    expect(Math.max(...before.induction)).toBeLessThan(0.15);
    expect(Math.abs(before.repeated - before.first)).toBeLessThan(0.3);

    const started = performance.now();
    const reports = await trainer.steps(STEPS);
    const seconds = (performance.now() - started) / 1000;
    expect(reports).toHaveLength(STEPS);
    expect(reports.every((r) => Number.isFinite(r.loss))).toBe(true);
    const after = await probe(trainer);
    console.log(
      `${STEPS} steps in ${seconds.toFixed(1)} s: loss ${reports[0]!.loss.toFixed(3)} → ${reports.at(-1)!.loss.toFixed(3)}; ` +
        `first half ${after.first.toFixed(3)}, repeated half ${after.repeated.toFixed(3)}; ` +
        `induction by layer ${after.induction.map((x) => x.toFixed(3)).join(', ')}; ` +
        `previous-token by layer ${after.previousToken.map((x) => x.toFixed(3)).join(', ')}`,
    );
    // The induction circuit: layer 2 attends to the token after the previous occurrence…
    expect(after.induction[1]).toBeGreaterThanOrEqual(0.4);
    // …helped by a layer-1 head that attends to the previous token more than uniform attention would (≈ 0.10).
    expect(after.previousToken[0]).toBeGreaterThan(0.18);
    // …and the model uses it: the repeated half is predicted far better than the unknowable first half.
    expect(after.repeated).toBeLessThan(0.7 * after.first);
    expect(after.first).toBeGreaterThan(3);
  } finally {
    trainer.dispose();
  }
}, 60_000);
