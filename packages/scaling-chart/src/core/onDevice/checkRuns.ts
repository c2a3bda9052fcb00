import { checkArray, checkNumber, checkObject, checkString } from '@tensorscope/common';
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
    checkArray(formats, 'formats').map((raw, i) => {
      const f = checkObject(raw, `formats[${i}]`);
      const value = checkObject(f.bitsPerWeight, `formats[${i}].bitsPerWeight`).value;
      return [
        checkString(f.id, `formats[${i}].id`),
        checkNumber(value, `formats[${i}].bitsPerWeight.value`, { min: 1, max: 64 }),
      ] as const;
    }),
  );
  return checkArray(runs, 'runs').flatMap((raw, i) => {
    const run = checkRun(raw, i);
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
  const errors = checkArray(checked, 'checked')
    .map((c, i) => Math.abs(checkNumber(checkObject(c, `checked[${i}]`).error, `checked[${i}].error`)))
    .sort((a, b) => a - b);
  if (errors.length === 0) return Number.NaN;
  const mid = errors.length >> 1;
  return errors.length % 2 ? errors[mid]! : (errors[mid - 1]! + errors[mid]!) / 2;
}

/** A published run's fields the check reads, each checked (a bad row is a typed error naming it). */
function checkRun(raw: unknown, i: number): PublishedRun {
  const at = `runs[${i}]`;
  const run = checkObject(raw, at) as unknown as PublishedRun;
  checkString(run.id, `${at}.id`);
  checkString(run.format, `${at}.format`);
  checkString(run.runtime, `${at}.runtime`);
  checkNumber(run.parameters, `${at}.parameters`, { min: 1, max: 1e15 });
  checkNumber(checkObject(run.bandwidth, `${at}.bandwidth`).value, `${at}.bandwidth.value`, { min: 1e-6, max: 1e9 });
  const measured = checkObject(run.decodeTokensPerSecond, `${at}.decodeTokensPerSecond`).value;
  checkNumber(measured, `${at}.decodeTokensPerSecond.value`, { min: Number.MIN_VALUE, max: 1e9 });
  return run;
}
