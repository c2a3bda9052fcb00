/// <reference types="vite/client" />
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { describe, expect, it } from 'vitest';
import { createRuntime } from './runtime.js';

const wasmPaths = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
};

function randomMatrix(rows: number, columns: number, seed: number): number[][] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return Array.from({ length: rows }, () => Array.from({ length: columns }, next));
}

async function productOn(backend: 'webgpu' | 'webgl' | 'wasm' | 'cpu', a: number[][], b: number[][]) {
  const runtime = await createRuntime({ backends: [backend], wasmPaths });
  try {
    expect(runtime.backend).toBe(backend);
    return { data: (await runtime.matmul(a, b)).data, adapter: runtime.adapter };
  } finally {
    runtime.dispose();
  }
}

describe('createRuntime in Chromium (software GPU, no real device)', () => {
  it('auto skips the software WebGPU adapter and WebGL renderer and picks wasm', async () => {
    const runtime = await createRuntime({ wasmPaths });
    try {
      const byBackend = Object.fromEntries(runtime.attempts.map((a) => [a.backend, a]));
      expect(byBackend.webgpu?.outcome).toBe('skipped');
      expect(byBackend.webgpu?.reason).toMatch(/software WebGPU adapter/);
      expect(byBackend.webgpu?.adapter?.isFallbackAdapter).toBe(true);
      expect(byBackend.webgl?.outcome).toBe('skipped');
      expect(runtime.backend).toBe('wasm');
      expect(runtime.adapter).toBeNull();
    } finally {
      runtime.dispose();
    }
  });

  it('gives the same product on webgpu, webgl, wasm and cpu', async () => {
    const a = randomMatrix(48, 64, 1);
    const b = randomMatrix(64, 32, 2);
    const reference = await productOn('cpu', a, b);
    for (const backend of ['webgpu', 'webgl', 'wasm'] as const) {
      const { data, adapter } = await productOn(backend, a, b);
      if (backend !== 'wasm') expect(adapter?.isFallbackAdapter).toBe(true);
      let maxError = 0;
      data.forEach((v, i) => (maxError = Math.max(maxError, Math.abs(v - (reference.data[i] ?? 0)))));
      expect(maxError, backend).toBeLessThan(1e-3);
    }
  });
});
