import { fail } from './errors.js';
import { checkObject } from '@tensorscope/common';
import { requireFinite, requirePositive, trainingFlops } from './trainingFlops.js';

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;

/** What a training run needs: model and data size, and the hardware that runs it. */
export interface TrainingRunInput {
  /** Parameters N (active parameters for a mixture of experts). */
  parameters: number;
  /** Training tokens D. */
  tokens: number;
  /** Peak dense throughput of one accelerator in TFLOP/s (e.g. 989.4 for an H100 in BF16). */
  peakTflops: number;
  /** Number of accelerators running in parallel. */
  accelerators: number;
  /** Fraction of peak actually sustained (model FLOP utilisation, MFU), in (0, 1]. */
  utilisation: number;
}

/** Every intermediate value of the arithmetic, so a UI can show it step by step. */
export interface TrainingRunEstimate {
  /** Training compute C = 6·N·D, in FLOP. */
  flops: number;
  /** Sustained FLOP/s of one accelerator: peak × utilisation. */
  sustainedFlopsPerAccelerator: number;
  /** Accelerator-seconds: C ÷ sustained FLOP/s. */
  acceleratorSeconds: number;
  acceleratorHours: number;
  acceleratorDays: number;
  /** Wall-clock seconds with every accelerator busy: accelerator-seconds ÷ count. */
  wallClockSeconds: number;
  wallClockDays: number;
}

/**
 * Estimates a training run: C = 6·N·D FLOP, then accelerator-time = C ÷ (peak × utilisation), then
 * wall-clock time = accelerator-time ÷ accelerators. Throws `TensorscopeError` (`INVALID_VALUE`,
 * with `details.field`) for invalid input, `TOO_LARGE` when a result would overflow to Infinity.
 */
export function estimateTrainingRun(input: TrainingRunInput): TrainingRunEstimate {
  checkObject(input, 'input');
  const flops = trainingFlops(input.parameters, input.tokens);
  requirePositive('peakTflops', input.peakTflops);
  requirePositive('accelerators', input.accelerators);
  requirePositive('utilisation', input.utilisation);
  if (input.utilisation > 1) {
    throw fail('INVALID_VALUE', `utilisation must be at most 1 (got ${input.utilisation}).`, {
      details: { field: 'utilisation', value: input.utilisation },
    });
  }
  const sustainedFlopsPerAccelerator = requireFinite(
    'sustainedFlopsPerAccelerator',
    input.peakTflops * 1e12 * input.utilisation,
  );
  // A denormal peak (1e-320 TFLOP/s) leaves a finite product of zero-ish size: check the quotients too.
  const acceleratorSeconds = requireFinite('acceleratorSeconds', flops / sustainedFlopsPerAccelerator);
  const wallClockSeconds = acceleratorSeconds / input.accelerators;
  return {
    flops,
    sustainedFlopsPerAccelerator,
    acceleratorSeconds,
    acceleratorHours: acceleratorSeconds / SECONDS_PER_HOUR,
    acceleratorDays: acceleratorSeconds / SECONDS_PER_DAY,
    wallClockSeconds,
    wallClockDays: wallClockSeconds / SECONDS_PER_DAY,
  };
}

/** Relative difference of `value` from `reference`: 0.05 means 5 % above. */
export function relativeDifference(value: number, reference: number): number {
  return (value - reference) / reference;
}
