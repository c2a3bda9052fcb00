import { describe, expect, it } from 'vitest';
import {
  decodeBound,
  estimateDecode,
  estimateMemory,
  prefillCeiling,
  kvCacheBytes,
  usableBytes,
  weightsBytes,
} from './costModel.js';

/** Llama 3.1 8B: 32 layers, 8 KV heads of 128 dimensions (its config.json). */
const LLAMA_8B = { parameters: 8.03e9, layers: 32, kvHeads: 8, headDim: 128 };

describe('the cost model, against hand-computed cases', () => {
  it('Llama 3.1 8B at Q4_K_M (4.83 bits) with an 8k context', () => {
    // Weights: 8.03e9 × 4.83 / 8 = 4.848 GB. KV: 2 × 32 × 8 × 128 × 8192 × 2 B = 1 GiB exactly.
    expect(weightsBytes(8.03e9, 4.83)).toBeCloseTo(4.848_112_5e9, 0);
    expect(kvCacheBytes(LLAMA_8B, 8192)).toBe(1_073_741_824);
    const memory = estimateMemory(LLAMA_8B, 4.83, 8192);
    // Overhead: 0.8 GB + 5 % of the weights = 0.8e9 + 0.2424e9.
    expect(memory.overheadBytes).toBeCloseTo(0.8e9 + 0.05 * 4.848_112_5e9, 0);
    expect(memory.totalBytes).toBeCloseTo(4.848_112_5e9 + 1_073_741_824 + 1.042_405_6e9, -3);
    // Decode on 100 GB/s (a MacBook Air M2) at 55 %: 55e9 / (4.848e9 + 1.074e9) = 9.29 tokens/s.
    const decode = estimateDecode(memory, 100);
    expect(decode.tokensPerSecond).toBeCloseTo(55e9 / (4.848_112_5e9 + 1_073_741_824), 6);
    expect(decode.tokensPerSecond).toBeCloseTo(9.29, 2);
  });

  it('fp16 weights take 2 bytes each; a CPU decodes at 40 % of its bandwidth', () => {
    expect(weightsBytes(1e9, 16)).toBe(2e9);
    expect(estimateDecode({ weightsBytes: 2e9, kvCacheBytes: 0 }, 50, 'cpu').tokensPerSecond).toBeCloseTo(10, 10);
  });

  it('usable memory by kind: 75 % unified, 92 % VRAM, 80 % RAM', () => {
    expect(usableBytes({ kind: 'laptop' }, 16)).toBe(12e9);
    expect(usableBytes({ kind: 'desktop-gpu' }, 24)).toBeCloseTo(22.08e9, 0);
    expect(usableBytes({ kind: 'laptop', memoryKind: 'ram' }, 32)).toBe(25.6e9);
  });

  it('prefill is compute-bound: 2 × parameters FLOP per token', () => {
    // 100 TFLOP/s over 2 × 8e9 FLOP = 6,250 tokens/s at most.
    expect(prefillCeiling(8e9, 100)).toBeCloseTo(6250, 6);
  });

  it('names the bound that applies', () => {
    expect(decodeBound(8e9, 4.8e9, 100, 10).bound).toBe('bandwidth');
    // A 1M-parameter model on 0.001 TFLOP/s: compute takes 2 ms, reading 0.5 MB at 10 GB/s 0.05 ms.
    expect(decodeBound(1e6, 5e5, 10, 0.001).bound).toBe('compute');
  });

  it('refuses zero or negative sizes with typed errors', () => {
    expect(() => weightsBytes(0, 4)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => kvCacheBytes({ ...LLAMA_8B, layers: -1 }, 10)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => kvCacheBytes(LLAMA_8B, 1.5)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => estimateDecode({ weightsBytes: 1, kvCacheBytes: 0 }, 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
