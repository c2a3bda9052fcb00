import { checkArray } from '@tensorscope/common';
import { estimateDecode, weightsBytes } from './costModel.js';
import type { PublishedRun, WeightFormat } from './types.js';

/** One published run with what the cost model predicts for it. */
export interface CheckedRun {
  run: PublishedRun;
  /** Predicted decode tokens/s: efficiency × the device's peak bandwidth ÷ the weights' bytes. */
  predicted: number;
  measured: number;
  /** (predicted − measured) ÷ measured: +0.2 means the model says 20 % faster than measured. */
  error: number;
  /** Measured tokens/s × weights bytes ÷ peak bandwidth: the share of peak the run really reached. */
  achievedShare: number;
}

/** Whether a runtime string names a CPU run (its efficiency is the CPU one). */
export const isCpuRuntime = (runtime: string): boolean => /\bcpu\b/i.test(runtime);

/**
 * Predicts every published run with the cost model and compares. Runs are short generations
 * (llama.cpp `tg128`: 128 tokens after a short prompt), so the KV cache read per token is a few
 * MB against GBs of weights and is left out; the check is of the bandwidth rule itself.
 */
export function checkPublishedRuns(runs: readonly PublishedRun[], formats: readonly WeightFormat[]): CheckedRun[] {
  const bits = new Map(
    checkArray(formats, 'formats').map((f) => [(f as WeightFormat).id, (f as WeightFormat).bitsPerWeight.value]),
  );
  return (checkArray(runs, 'runs') as PublishedRun[]).flatMap((run) => {
    const bitsPerWeight = bits.get(run.format);
    if (bitsPerWeight === undefined) return [];
    const weights = weightsBytes(run.parameters, bitsPerWeight);
    const bandwidth = run.bandwidth.value;
    const predicted = estimateDecode(
      { weightsBytes: weights, kvCacheBytes: 0 },
      bandwidth,
      isCpuRuntime(run.runtime) ? 'cpu' : 'gpu',
    ).tokensPerSecond;
    const measured = run.decodeTokensPerSecond.value;
    return [
      {
        run,
        predicted,
        measured,
        error: (predicted - measured) / measured,
        achievedShare: (measured * weights) / (bandwidth * 1e9),
      },
    ];
  });
}

/** The median of |error| over the checked runs (0.3 = predictions are typically within 30 %). */
export function medianAbsoluteError(checked: readonly CheckedRun[]): number {
  const errors = checked.map((c) => Math.abs(c.error)).sort((a, b) => a - b);
  if (errors.length === 0) return Number.NaN;
  const mid = errors.length >> 1;
  return errors.length % 2 ? errors[mid]! : (errors[mid - 1]! + errors[mid]!) / 2;
}
