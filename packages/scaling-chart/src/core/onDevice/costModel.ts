import { checkNumber, checkObject } from '@tensorscope/common';
import type { SourcedValue } from '../sourced.js';
import type { DeviceRecord } from './types.js';

/**
 * The on-device cost model: how much memory a model needs and how many tokens per second a device
 * can decode, from a few numbers and stated constants. Every constant below carries its source.
 *
 * - Weights: parameters × bits per weight ÷ 8 (bits per weight includes the format's block scales).
 * - KV cache: 2 (K and V) × layers × KV heads × head dim × context × bytes per value.
 * - Overhead: a fixed part plus a share of the weights (runtime buffers, activations).
 * - Decode: every generated token reads all weights and the KV cache once, so
 *   tokens/s ≈ efficiency × bandwidth ÷ bytes read per token (bandwidth-bound).
 * - Prefill: every prompt token costs 2 × parameters FLOP, so
 *   tokens/s ≤ FLOP/s ÷ (2 × parameters) (compute-bound; a ceiling, not an estimate).
 */

const RULES_SOURCE = 'https://tools.metakraftlabs.com/';
const rule = (value: number, note: string): SourcedValue => ({ value, status: 'estimate', source: RULES_SOURCE, note });

/** Constants of the model. Third-party rules of thumb, marked `estimate`, and checked against published runs. */
export const COST_CONSTANTS = {
  /** Share of peak bandwidth a GPU (Metal, CUDA, Vulkan) decoder achieves. */
  gpuEfficiency: rule(0.55, '"Will it run?" calculator: efficiency 0.55 on GPU'),
  /** Share of peak bandwidth a CPU decoder achieves. */
  cpuEfficiency: rule(0.4, '"Will it run?" calculator: efficiency 0.4 on CPU'),
  /** Runtime overhead: fixed GB … */
  overheadFixedGB: rule(0.8, '"Will it run?" calculator: overhead ≈ 0.8 GB + 5 % of the weights'),
  /** … plus this share of the weights. */
  overheadShare: rule(0.05, '"Will it run?" calculator: overhead ≈ 0.8 GB + 5 % of the weights'),
  /** Share of memory a model may use: unified (macOS caps GPU use), a graphics card's VRAM, system RAM. */
  usableUnified: rule(0.75, '"Will it run?" calculator: 75 % of unified memory (macOS cap)'),
  usableVram: rule(0.92, '"Will it run?" calculator: 92 % of VRAM'),
  usableRam: rule(0.8, '"Will it run?" calculator: 80 % of RAM'),
  /** Bytes per K or V value: an fp16 cache, llama.cpp's default. */
  kvBytesPerValue: {
    value: 2,
    status: 'official',
    source: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
    note: 'llama.cpp caches K and V in f16 unless --cache-type-k/-v say otherwise',
  } satisfies SourcedValue,
} as const;

/** What the memory estimate needs to know about a model. */
export interface ModelShape {
  parameters: number;
  layers: number;
  kvHeads: number;
  headDim: number;
}

export interface MemoryEstimate {
  weightsBytes: number;
  kvCacheBytes: number;
  overheadBytes: number;
  totalBytes: number;
}

const GB = 1e9;
/** Limits far above any real model or device, so no product overflows to Infinity. */
const MAX_PARAMETERS = 1e15;
const MAX_BYTES = 1e18;
const MAX_GBS = 1e9;
const MAX_TFLOPS = 1e9;

/** Checks a model shape: every field a finite number above zero (layers, heads, head dim whole). */
export function checkModelShape(shape: ModelShape, argument = 'model'): ModelShape {
  const s = checkObject(shape, argument);
  return {
    parameters: checkNumber(s.parameters, `${argument}.parameters`, { min: 1, max: MAX_PARAMETERS }),
    layers: checkNumber(s.layers, `${argument}.layers`, { min: 1, max: 10_000, integer: true }),
    kvHeads: checkNumber(s.kvHeads, `${argument}.kvHeads`, { min: 1, max: 10_000, integer: true }),
    headDim: checkNumber(s.headDim, `${argument}.headDim`, { min: 1, max: 100_000, integer: true }),
  };
}

/** Bytes of the weights at `bitsPerWeight` (block scales included). */
export function weightsBytes(parameters: number, bitsPerWeight: number): number {
  return (
    (checkNumber(parameters, 'parameters', { min: 1, max: MAX_PARAMETERS }) *
      checkNumber(bitsPerWeight, 'bitsPerWeight', { min: 1, max: 64 })) /
    8
  );
}

/** Bytes of the KV cache for `context` tokens: 2 × layers × KV heads × head dim × context × bytes per value. */
export function kvCacheBytes(
  model: ModelShape,
  context: number,
  bytesPerValue: number = COST_CONSTANTS.kvBytesPerValue.value,
): number {
  const m = checkModelShape(model);
  const tokens = checkNumber(context, 'context', { min: 0, max: 1e9, integer: true });
  return (
    2 * m.layers * m.kvHeads * m.headDim * tokens * checkNumber(bytesPerValue, 'bytesPerValue', { min: 0.125, max: 8 })
  );
}

/** Weights + KV cache + runtime overhead for a model at a format and context. */
export function estimateMemory(model: ModelShape, bitsPerWeight: number, context: number): MemoryEstimate {
  const weights = weightsBytes(model?.parameters, bitsPerWeight);
  const kv = kvCacheBytes(model, context);
  const overhead = COST_CONSTANTS.overheadFixedGB.value * GB + COST_CONSTANTS.overheadShare.value * weights;
  return { weightsBytes: weights, kvCacheBytes: kv, overheadBytes: overhead, totalBytes: weights + kv + overhead };
}

/** What a device's memory is (see {@link DeviceRecord.memoryKind}); phones and laptops share it by default. */
export function memoryKindOf(device: Pick<DeviceRecord, 'kind' | 'memoryKind'>): 'unified' | 'vram' | 'ram' {
  return device.memoryKind ?? (device.kind === 'phone' || device.kind === 'laptop' ? 'unified' : 'vram');
}

/** Bytes of a device's memory a model may use (the usable share of its memory kind). */
export function usableBytes(device: Pick<DeviceRecord, 'kind' | 'memoryKind'>, memoryGB: number): number {
  const kind = memoryKindOf(checkObject(device, 'device') as Pick<DeviceRecord, 'kind' | 'memoryKind'>);
  const share =
    kind === 'unified'
      ? COST_CONSTANTS.usableUnified.value
      : kind === 'vram'
        ? COST_CONSTANTS.usableVram.value
        : COST_CONSTANTS.usableRam.value;
  return checkNumber(memoryGB, 'memoryGB', { min: 0, max: MAX_GBS }) * GB * share;
}

export interface DecodeEstimate {
  /** Bytes read from memory per generated token: all weights + the KV cache at this context. */
  bytesPerToken: number;
  efficiency: number;
  tokensPerSecond: number;
}

/**
 * Decode speed on a bandwidth-bound device: efficiency × bandwidth ÷ (weights + KV cache bytes).
 * `path` picks the efficiency: `gpu` (Metal, CUDA, Vulkan, WebGPU) or `cpu`.
 */
export function estimateDecode(
  memory: Pick<MemoryEstimate, 'weightsBytes' | 'kvCacheBytes'>,
  bandwidthGBs: number,
  path: 'gpu' | 'cpu' = 'gpu',
): DecodeEstimate {
  const m = checkObject(memory, 'memory');
  const bytesPerToken =
    checkNumber(m.weightsBytes, 'memory.weightsBytes', { min: 1 }) +
    checkNumber(m.kvCacheBytes, 'memory.kvCacheBytes', { min: 0 });
  const efficiency = (path === 'cpu' ? COST_CONSTANTS.cpuEfficiency : COST_CONSTANTS.gpuEfficiency).value;
  const bandwidth = checkNumber(bandwidthGBs, 'bandwidthGBs', { min: 1e-6, max: MAX_GBS }) * GB;
  return { bytesPerToken, efficiency, tokensPerSecond: (efficiency * bandwidth) / bytesPerToken };
}

/**
 * The most prompt tokens per second a device can process: peak FLOP/s ÷ (2 × parameters). An upper
 * bound (prefill is compute-bound and no runtime reaches peak), so no efficiency factor is guessed.
 */
export function prefillCeiling(parameters: number, tflops: number): number {
  const flopsPerToken = 2 * checkNumber(parameters, 'parameters', { min: 1, max: MAX_PARAMETERS });
  return (checkNumber(tflops, 'tflops', { min: 1e-9, max: MAX_TFLOPS }) * 1e12) / flopsPerToken;
}

/**
 * Which limit binds one generated token: the time to read its bytes at `bandwidthGBs`, or the time
 * to do its 2 × parameters FLOP at `tflops`. Decoding one token at a time is bandwidth-bound on every
 * device in the tables; tiny models on slow arithmetic (a CPU, a software GPU) can be compute-bound.
 */
export function decodeBound(
  parameters: number,
  bytesPerToken: number,
  bandwidthGBs: number,
  tflops: number,
): { bound: 'bandwidth' | 'compute'; readSeconds: number; computeSeconds: number } {
  const readSeconds =
    checkNumber(bytesPerToken, 'bytesPerToken', { min: 0, max: MAX_BYTES }) /
    (checkNumber(bandwidthGBs, 'bandwidthGBs', { min: 1e-9, max: MAX_GBS }) * GB);
  const computeSeconds =
    (2 * checkNumber(parameters, 'parameters', { min: 1, max: MAX_PARAMETERS })) /
    (checkNumber(tflops, 'tflops', { min: 1e-12, max: MAX_TFLOPS }) * 1e12);
  return { bound: readSeconds >= computeSeconds ? 'bandwidth' : 'compute', readSeconds, computeSeconds };
}
