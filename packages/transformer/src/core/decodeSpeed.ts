import {
  TensorscopeArgumentError,
  checkFunction,
  checkInteger,
  checkObject,
  checkOptions,
  createSeededRandom,
} from '@tensorscope/common';
import type { TransformerConfig } from './config.js';
import { fail } from './errors.js';
import { checkIds, windowIds, type TransformerModel } from './model.js';
import { parameterCount, size, weightShapes } from './weights.js';

/** Forward passes over one position timed for {@link DecodeSpeed.onePositionMs}. */
const ONE_POSITION_PASSES = 9;

/** The most tokens one measurement times (at about 10 ms a token, 10 s). */
export const MAX_DECODE_SPEED_TOKENS = 1024;

export interface DecodeSpeedOptions {
  /** Tokens to time, after one untimed warm-up token: 1 to {@link MAX_DECODE_SPEED_TOKENS}. Default 32. */
  tokens?: number;
  /**
   * The ids generation starts from. Default: a full window (`contextLength` seeded random ids), so
   * every timed token runs the model over `contextLength` positions, the case the FLOP count is for.
   */
  prompt?: ArrayLike<number>;
  /** Cancels between tokens: rejects with `ABORTED`. */
  signal?: AbortSignal;
  /** Called after each timed token with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * How fast a model decodes on its runtime, and what each token cost.
 *
 * This model has no KV cache: every new token runs the whole forward pass again over the window
 * (the last `contextLength` ids), as the views do. So one token costs about
 * 2 × parameters × window FLOP plus the attention (see {@link forwardFlops}), not the 2 × parameters
 * of a decoder with a cache, while the bytes it must read are still about the weights once
 * (activations of a window this small stay in cache). Also timed: reading the logits and the
 * captured attention back from the backend, the fixed cost of each operation (189 per pass for the
 * brown model's shape), and element-wise work (LayerNorm, GELU, softmax) the FLOP count leaves out.
 * For a model this small these dominate: in headless Chromium on wasm the brown shape took about
 * 1 ms for a pass over 1 position and 11 ms over 64 (72 MFLOP: 6.6 GFLOP/s, against about 25
 * measured on a 1024 × 1024 product). Browsers coarsen `performance.now()` (0.1 ms in Chromium,
 * up to 1 ms elsewhere), so a model much faster than a millisecond a token is timed coarsely.
 */
export interface DecodeSpeed {
  /**
   * 1000 ÷ the median milliseconds of a timed token: the typical rate, robust to a stall (a garbage
   * collection, another tab) that would drag the mean down. The warm-up token is excluded.
   */
  tokensPerSecond: number;
  /** Timed tokens ÷ their total time: the rate over the whole run, stalls included. */
  meanTokensPerSecond: number;
  /** Median milliseconds of one timed token. */
  medianMs: number;
  /** Timed tokens. */
  tokens: number;
  /** Total time of the timed tokens, seconds. */
  seconds: number;
  /** The model's context length (the sliding window's size). */
  contextLength: number;
  /** Mean number of positions each timed token ran the model over (= `contextLength` with the default prompt). */
  windowLength: number;
  parameters: number;
  /** Bytes of the weights as float32 (4 per parameter): what each token reads at least once. */
  weightsBytes: number;
  /** Bytes read from memory per token by the cost model's rule: the weights once (no KV cache exists). */
  bytesPerToken: number;
  /** Mean FLOP of one timed token: a full forward pass over its window ({@link forwardFlops}). */
  flopsPerToken: number;
  /** The same for a decoder with a KV cache, 2 × parameters: what the usual rule of thumb assumes. */
  flopsPerTokenWithCache: number;
  /**
   * Median milliseconds of a forward pass over one position (9 passes after the timed tokens): almost
   * no arithmetic (`forwardFlops(config, 1)`), so mostly the fixed cost of a pass — dispatching each
   * of its operations and reading the results back. Close to `medianMs` means that fixed cost, not
   * the FLOP or the bytes, sets the pace.
   */
  onePositionMs: number;
  /** The greedy continuation, one id per timed token (warm-up token first, then the timed ones). */
  generated: Int32Array;
}

/**
 * FLOP of one forward pass over `length` positions, as `forward` computes it: every matrix product
 * counts 2 × rows × inner × columns. The token lookup is a one-hot product (V × d per position);
 * the position embedding is a slice (no arithmetic). Per layer the query, key, value and output
 * projections (4 · d² per position), the MLP (2 · ratio · d² per position), and attention scores
 * and the weighted sum (2 · T² · d each). Element-wise work (LayerNorm, GELU, softmax, biases, the
 * loss) is left out: a few per cent at these sizes.
 */
export function forwardFlops(config: TransformerConfig, length: number): number {
  const c = checkObject(config, 'config') as unknown as TransformerConfig;
  const t = checkInteger(length, 'length', { min: 1, max: c.contextLength });
  const matrixWeights = weightShapes(c)
    .filter((spec) => spec.shape.length === 2 && spec.name !== 'positionEmbedding')
    .reduce((sum, spec) => sum + size(spec.shape), 0);
  return 2 * matrixWeights * t + 4 * c.layers * t * t * c.dModel;
}

/**
 * Greedy generation one token at a time with the sliding window, timed: one untimed warm-up token
 * (shader compilation, first allocations), then `tokens` timed ones. Runs on whatever runtime the
 * model was created on; the caller owns the model.
 */
export async function measureDecodeSpeed(
  model: TransformerModel,
  rawOptions?: DecodeSpeedOptions,
): Promise<DecodeSpeed> {
  const m = checkObject(model, 'model') as unknown as TransformerModel;
  checkFunction(m.forward, 'model.forward');
  const config = checkObject(m.config, 'model.config') as unknown as TransformerConfig;
  const options = checkOptions(rawOptions);
  const tokens =
    options.tokens === undefined
      ? 32
      : checkInteger(options.tokens, 'options.tokens', { min: 1, max: MAX_DECODE_SPEED_TOKENS });
  const signal = checkSignal(options.signal, 'options.signal');
  const onProgress =
    options.onProgress === undefined
      ? undefined
      : checkFunction<(done: number, total: number) => void>(options.onProgress, 'options.onProgress');
  const prompt = options.prompt === undefined ? defaultPrompt(config) : checkIds(config, options.prompt);

  const stopIfAborted = () => {
    if (signal?.aborted) {
      throw fail('ABORTED', 'The decode-speed measurement was cancelled.', { cause: signal.reason });
    }
  };
  let ids = prompt;
  const generated = new Int32Array(tokens + 1);
  const timesMs: number[] = [];
  let flops = 0;
  let positions = 0;
  for (let i = 0; i <= tokens; i++) {
    stopIfAborted();
    const window = windowIds(ids, config.contextLength).ids;
    const started = performance.now();
    const result = await m.forward(window);
    const elapsed = performance.now() - started;
    stopIfAborted();
    const next = argmaxLastRow(result.logits, window.length, config.vocabSize);
    generated[i] = next;
    const grown = new Int32Array(ids.length + 1);
    grown.set(ids);
    grown[ids.length] = next;
    ids = grown.length > config.contextLength ? grown.subarray(grown.length - config.contextLength) : grown;
    if (i === 0) continue; // the warm-up token is not timed
    timesMs.push(elapsed);
    flops += forwardFlops(config, window.length);
    positions += window.length;
    onProgress?.(i, tokens);
  }
  const onePositionTimes: number[] = [];
  const last = ids.subarray(ids.length - 1);
  for (let i = 0; i < ONE_POSITION_PASSES; i++) {
    stopIfAborted();
    const started = performance.now();
    await m.forward(last);
    onePositionTimes.push(performance.now() - started);
  }
  stopIfAborted();
  const seconds = timesMs.reduce((a, b) => a + b, 0) / 1000;
  const medianMs = median(timesMs);
  const parameters = parameterCount(config);
  const weightsBytes = parameters * 4;
  return {
    tokensPerSecond: 1000 / Math.max(medianMs, Number.MIN_VALUE),
    meanTokensPerSecond: tokens / Math.max(seconds, Number.MIN_VALUE),
    medianMs,
    onePositionMs: median(onePositionTimes),
    tokens,
    seconds,
    contextLength: config.contextLength,
    windowLength: positions / tokens,
    parameters,
    weightsBytes,
    bytesPerToken: weightsBytes,
    flopsPerToken: flops / tokens,
    flopsPerTokenWithCache: 2 * parameters,
    generated,
  };
}

/** A full window of ids from a fixed seed, so every run decodes the same tokens. */
function defaultPrompt(config: TransformerConfig): Int32Array {
  const random = createSeededRandom(13);
  return Int32Array.from({ length: config.contextLength }, () => Math.floor(random() * config.vocabSize));
}

function argmaxLastRow(logits: Float32Array, length: number, vocab: number): number {
  const start = (length - 1) * vocab;
  let best = 0;
  for (let v = 1; v < vocab; v++) if (logits[start + v]! > logits[start + best]!) best = v;
  return best;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function checkSignal(value: unknown, argument: string): AbortSignal | undefined {
  if (value === undefined) return undefined;
  const signal = value as Partial<AbortSignal> | null;
  if (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean') {
    throw new TensorscopeArgumentError(argument, 'an AbortSignal', value);
  }
  return value as AbortSignal;
}
