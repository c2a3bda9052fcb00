import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { TensorCoreError } from './errors.js';
import { createRuntime } from './runtime.js';

const fakeGpu = (info: Record<string, unknown> | null) => ({
  requestAdapter: async () => (info === null ? null : { info }),
});

describe('createRuntime in Node', () => {
  it('skips WebGPU and WebGL with reasons and lands on wasm', async () => {
    const runtime = await createRuntime();
    expect(runtime.backend).toBe('wasm');
    expect(runtime.attempts.map((a) => [a.backend, a.outcome])).toEqual([
      ['webgpu', 'skipped'],
      ['webgl', 'skipped'],
      ['wasm', 'selected'],
    ]);
    expect(runtime.attempts[0]?.reason).toMatch(/no WebGPU adapter/);
    expect(runtime.adapter).toBeNull();
    runtime.dispose();
    await expect(runtime.matmul([[1]], [[1]])).rejects.toMatchObject({ code: 'DISPOSED' });
  });

  it('uses an explicit backend list as given', async () => {
    const runtime = await createRuntime({ backends: ['cpu'] });
    expect(runtime.backend).toBe('cpu');
    expect(runtime.attempts).toHaveLength(1);
    runtime.dispose();
  });

  it('switches the global engine back when another runtime changed it', async () => {
    const cpu = await createRuntime({ backends: ['cpu'] });
    const wasm = await createRuntime({ backends: ['wasm'] });
    expect(tf.getBackend()).toBe('wasm');
    await cpu.matmul([[2]], [[3]]);
    expect(tf.getBackend()).toBe('cpu');
    cpu.dispose();
    wasm.dispose();
  });
});

describe('backend selection failure paths', () => {
  it('a null WebGPU adapter is skipped', async () => {
    const runtime = await createRuntime({ gpu: fakeGpu(null), backends: 'auto' });
    expect(runtime.attempts[0]).toMatchObject({ backend: 'webgpu', outcome: 'skipped' });
    expect(runtime.attempts[0]?.reason).toMatch(/returned null/);
  });

  it("'auto' skips a software adapter but an explicit list uses it", async () => {
    const software = fakeGpu({ vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true });
    const runtime = await createRuntime({ gpu: software });
    expect(runtime.attempts[0]).toMatchObject({ backend: 'webgpu', outcome: 'skipped' });
    expect(runtime.attempts[0]?.reason).toMatch(/software WebGPU adapter \(swiftshader\)/);
    expect(runtime.attempts[0]?.adapter?.isFallbackAdapter).toBe(true);
    // Explicit: tried, and here (Node) it fails because tfjs registers no webgpu backend.
    const explicit = await createRuntime({ gpu: software, backends: ['webgpu', 'cpu'] });
    expect(explicit.attempts[0]).toMatchObject({ backend: 'webgpu', outcome: 'failed' });
    expect(explicit.attempts[0]?.reason).toMatch(/not found in registry/);
    expect(explicit.backend).toBe('cpu');
  });

  it('records setBackend resolving false (a backend whose setup fails)', async () => {
    const runtime = await createRuntime({
      gpu: fakeGpu({ vendor: 'acme', architecture: 'gpu9' }),
      backends: ['webgpu', 'cpu'],
      loaders: {
        webgpu: async () => {
          if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
          tf.registerBackend('webgpu', async () => {
            throw new Error('requestDevice failed');
          });
        },
      },
    });
    expect(runtime.attempts[0]).toMatchObject({ backend: 'webgpu', outcome: 'failed' });
    expect(runtime.attempts[0]?.reason).toMatch(/returned false/);
    expect(runtime.backend).toBe('cpu');
    tf.removeBackend('webgpu');
  });

  it('records a loader that throws, and a backend that never finishes loading', async () => {
    const runtime = await createRuntime({
      backends: ['wasm', 'webgl', 'cpu'],
      backendTimeoutMs: 50,
      loaders: {
        wasm: () => Promise.reject(new Error('wasm blocked by CSP')),
        webgl: () => new Promise(() => {}),
      },
    });
    expect(runtime.attempts.map((a) => a.outcome)).toEqual(['failed', 'skipped', 'selected']);
    expect(runtime.attempts[0]?.reason).toBe('wasm blocked by CSP');
    const hanging = await createRuntime({
      backends: ['wasm', 'cpu'],
      backendTimeoutMs: 50,
      loaders: { wasm: () => new Promise(() => {}) },
    });
    expect(hanging.attempts[0]?.reason).toMatch(/did not finish within 50 ms/);
  });

  it('fails with every reason when no backend can start', async () => {
    const error = await createRuntime({ backends: ['webgpu', 'webgl'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TensorCoreError);
    expect((error as TensorCoreError).code).toBe('BACKEND_UNAVAILABLE');
    expect((error as TensorCoreError).message).toMatch(/webgpu: .*; webgl: /);
  });

  it('rejects an empty list and names unknown backends', async () => {
    await expect(createRuntime({ backends: [] })).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    const runtime = await createRuntime({ backends: ['tpu' as never, 'cpu'] });
    expect(runtime.attempts[0]?.reason).toMatch(/unknown backend 'tpu'/);
  });
});

describe('inputs too large for one buffer', () => {
  it('are refused with TOO_LARGE before anything is allocated', async () => {
    const runtime = await createRuntime({ backends: ['cpu'] });
    const before = runtime.numTensors();
    // A 1 × 2^29 row times a 1-row matrix would need a 2 GiB product: refused, not attempted.
    const a = { data: new Float32Array(1 << 15), shape: [1 << 15, 1] as const };
    const b = { data: new Float32Array(1 << 15), shape: [1, 1 << 15] as const };
    await expect(runtime.matmul(a, b)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(runtime.matmul(a, b)).rejects.toThrow(/The product a · b would be \[32768, 32768\] \(4096 MiB\)/);
    expect(runtime.numTensors()).toBe(before);
    runtime.dispose();
  });
});
