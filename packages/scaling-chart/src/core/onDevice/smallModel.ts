import { checkBoolean, checkNumber, checkObject } from '@tensorscope/common';
import { estimateDecode } from './costModel.js';

/** A model decoded on this device, and this device's measured speeds: plain numbers, no model code. */
export interface SmallModelRun {
  /** Decode tokens per second measured on this device. */
  measuredTokensPerSecond: number;
  /** Bytes read from memory per generated token: the weights (and a KV cache, if the model has one). */
  bytesPerToken: number;
  /**
   * FLOP per generated token. 2 × parameters for a decoder with a KV cache; a model without one
   * recomputes its whole window for every token, about 2 × parameters × window, so pass its count.
   */
  flopsPerToken: number;
  /** This device's measured memory bandwidth, GB/s. */
  bandwidthGBs: number;
  /** This device's measured matrix-multiply speed, TFLOP/s (achieved, not a datasheet peak). */
  tflops: number;
  /** A CPU path (a host-memory bandwidth measurement): the CPU efficiency applies. */
  cpu?: boolean;
}

/** What the cost model predicts for a run, and how the measurement compares. */
export interface SmallModelCheck {
  /** The bandwidth rule: efficiency × bandwidth ÷ bytes per token ({@link estimateDecode}). */
  bandwidthTokensPerSecond: number;
  efficiency: number;
  /** The compute rule: measured FLOP/s ÷ FLOP per token (no efficiency: the FLOP/s is already achieved). */
  computeTokensPerSecond: number;
  /** The limit that is slower, so binds: a token cannot take less time than either. */
  bound: 'bandwidth' | 'compute';
  /** The bound's tokens/s: the smaller of the two. */
  predictedTokensPerSecond: number;
  /** Seconds per token of each rule and measured. */
  readSeconds: number;
  computeSeconds: number;
  measuredSeconds: number;
  /** Measured ÷ predicted tokens/s: 1 is a perfect prediction, 0.1 means ten times slower than predicted. */
  ratio: number;
  /**
   * Share of the measured time per token that neither rule explains (0 … 1): fixed costs such as
   * dispatching each operation and reading results back. 0 when the run is as fast as predicted or faster.
   */
  unexplainedShare: number;
  /** `agrees`: within a factor of 2 of the prediction; `slower` or `faster` beyond it. */
  verdict: 'agrees' | 'slower' | 'faster';
}

const GB = 1e9;

/**
 * Checks the cost model against a model decoded on this device: the bandwidth rule (as for the big
 * models) and a compute rule from the measured FLOP/s, which binds, and how far the measurement is
 * from it. {@link decodeBound} assumes 2 × parameters FLOP per token (a KV cache); this takes the
 * FLOP count instead, so a model that recomputes its window (no cache) is counted as it runs.
 */
export function checkSmallModel(run: SmallModelRun): SmallModelCheck {
  const r = checkObject(run, 'run');
  const measured = checkNumber(r.measuredTokensPerSecond, 'run.measuredTokensPerSecond', { min: 1e-9, max: 1e12 });
  const bytes = checkNumber(r.bytesPerToken, 'run.bytesPerToken', { min: 1, max: 1e18 });
  const flops = checkNumber(r.flopsPerToken, 'run.flopsPerToken', { min: 1, max: 1e24 });
  const bandwidth = checkNumber(r.bandwidthGBs, 'run.bandwidthGBs', { min: 1e-6, max: 1e9 });
  const tflops = checkNumber(r.tflops, 'run.tflops', { min: 1e-12, max: 1e9 });
  const cpu = r.cpu === undefined ? false : checkBoolean(r.cpu, 'run.cpu');

  const decode = estimateDecode({ weightsBytes: bytes, kvCacheBytes: 0 }, bandwidth, cpu ? 'cpu' : 'gpu');
  const readSeconds = bytes / (decode.efficiency * bandwidth * GB);
  const computeSeconds = flops / (tflops * 1e12);
  const bound = readSeconds >= computeSeconds ? 'bandwidth' : 'compute';
  const predictedSeconds = Math.max(readSeconds, computeSeconds);
  const measuredSeconds = 1 / measured;
  const ratio = predictedSeconds / measuredSeconds;
  return {
    bandwidthTokensPerSecond: decode.tokensPerSecond,
    efficiency: decode.efficiency,
    computeTokensPerSecond: 1 / computeSeconds,
    bound,
    predictedTokensPerSecond: 1 / predictedSeconds,
    readSeconds,
    computeSeconds,
    measuredSeconds,
    ratio,
    unexplainedShare: Math.max(0, 1 - predictedSeconds / measuredSeconds),
    verdict: ratio < 0.5 ? 'slower' : ratio > 2 ? 'faster' : 'agrees',
  };
}
