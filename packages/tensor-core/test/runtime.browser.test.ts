import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createRuntime, type RuntimeEvents } from '../src/index.js';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { defineOpSuite } from './opSuite.js';

// Headless Chromium without a GPU: WebGPU is SwiftShader (--enable-unsafe-webgpu) and WebGL is
// ANGLE on SwiftShader. Correct but slow, so the GPU backends run 50 leak-check calls, not 1,000.
defineOpSuite('webgpu', { wasmPaths }, 50);
defineOpSuite('webgl', { wasmPaths }, 50);
defineOpSuite('wasm', { wasmPaths }, 200);

describe('backend choice in Chromium (software GPU, no real device)', () => {
  it("'auto' skips the software WebGPU adapter and WebGL renderer and picks wasm", async () => {
    const runtime = await createRuntime({ wasmPaths });
    const byBackend = Object.fromEntries(runtime.attempts.map((a) => [a.backend, a]));
    expect(byBackend.webgpu?.outcome).toBe('skipped');
    expect(byBackend.webgpu?.reason).toMatch(/software WebGPU adapter/);
    expect(byBackend.webgpu?.adapter?.isFallbackAdapter).toBe(true);
    expect(byBackend.webgl?.outcome).toBe('skipped');
    expect(runtime.backend).toBe('wasm');
    expect(runtime.adapter).toBeNull();
    runtime.dispose();
  });

  it('times a probe when the GPU does not say what it is, and skips it at software speed', async () => {
    const gpu = navigator.gpu as unknown as { requestAdapter(o?: unknown): Promise<unknown> };
    const anonymous = {
      requestAdapter: async (options?: unknown) => ((await gpu.requestAdapter(options)) ? { info: {} } : null),
    };
    const runtime = await createRuntime({ wasmPaths, gpu: anonymous });
    const webgpu = runtime.attempts.find((a) => a.backend === 'webgpu');
    expect(webgpu?.outcome).toBe('skipped');
    expect(webgpu?.reason).toMatch(/unidentified GPU measured .* GFLOP\/s in a probe/);
    expect(webgpu?.probeGflops).toBeGreaterThan(0);
    expect(runtime.backend).toBe('wasm');
    runtime.dispose();
  });
});

describe('device loss', () => {
  it('WebGPU: device.destroy() emits devicelost, rejects the pending call, and the next call re-initialises', async () => {
    const runtime = await createRuntime({ backends: ['webgpu'] });
    const events: string[] = [];
    const lost = new Promise<RuntimeEvents['devicelost']>((resolve) => runtime.on('devicelost', resolve));
    runtime.on('restored', () => events.push('restored'));
    await runtime.matmul([[1, 2]], [[3], [4]]);
    const pending = runtime.matmul(
      { data: new Float32Array(256 * 256).fill(1), shape: [256, 256] },
      { data: new Float32Array(256 * 256).fill(1), shape: [256, 256] },
    );
    (tf.backend() as unknown as { device: { destroy(): void } }).device.destroy();
    const outcome = await Promise.race([
      pending.then(
        () => 'resolved',
        (error: { code?: string }) => error.code ?? 'other error',
      ),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 20_000)),
    ]);
    expect(outcome).toBe('DEVICE_LOST');
    expect((await lost).backend).toBe('webgpu');
    const after = await runtime.matmul([[1, 2]], [[3], [4]]);
    expect(Array.from(after.data)).toEqual([11]);
    expect(events).toEqual(['restored']);
    runtime.dispose();
  });

  it('WebGL: a lost context emits devicelost and the next call restores it (index re-uploaded)', async () => {
    const runtime = await createRuntime({ backends: ['webgl'] });
    const index = runtime.createIndex([
      [1, 0],
      [0, 1],
      [0.7, 0.7],
    ]);
    expect(Array.from((await index.query([1, 0.1], 1)).indices)).toEqual([0]);
    const lost = new Promise<RuntimeEvents['devicelost']>((resolve) => runtime.on('devicelost', resolve));
    const gl = (tf.backend() as unknown as { gpgpu: { gl: WebGL2RenderingContext } }).gpgpu.gl;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    expect((await lost).backend).toBe('webgl');
    expect(Array.from((await runtime.matmul([[2]], [[3]])).data)).toEqual([6]);
    expect(Array.from((await index.query([0.1, 1], 1)).indices)).toEqual([1]);
    runtime.dispose();
  });
});
