import { TensorscopeError } from '@tensorscope/common';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime, type TensorRuntime } from './runtime.js';

function naiveMatmul(a: number[][], b: number[][]): number[] {
  const out: number[] = [];
  for (const row of a)
    for (let j = 0; j < (b[0]?.length ?? 0); j++) out.push(row.reduce((s, v, k) => s + v * (b[k]?.[j] ?? 0), 0));
  return out;
}

describe('createRuntime in Node', () => {
  let runtime: TensorRuntime;
  afterAll(() => runtime?.dispose());

  it('skips WebGPU and WebGL with reasons and lands on wasm', async () => {
    runtime = await createRuntime();
    expect(runtime.backend).toBe('wasm');
    expect(runtime.attempts.map((a) => [a.backend, a.outcome])).toEqual([
      ['webgpu', 'skipped'],
      ['webgl', 'skipped'],
      ['wasm', 'selected'],
    ]);
    expect(runtime.attempts[0]?.reason).toMatch(/no WebGPU adapter/);
    expect(runtime.adapter).toBeNull();
  });

  it('multiplies matrices like the naive triple loop and leaks no tensors', async () => {
    const a = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const b = [
      [7, 8],
      [9, 10],
      [11, 12],
    ];
    const before = runtime.numTensors();
    for (let i = 0; i < 200; i++) await runtime.matmul(a, b);
    const product = await runtime.matmul(a, b);
    expect(product.shape).toEqual([2, 2]);
    expect(Array.from(product.data)).toEqual(naiveMatmul(a, b));
    expect(runtime.numTensors()).toBe(before);
  });

  it('rejects mismatched shapes with a typed error', async () => {
    await expect(runtime.matmul([[1, 2]], [[1, 2]])).rejects.toMatchObject({ code: 'INVALID_SHAPE' });
  });
});

describe('createRuntime options', () => {
  it('uses an explicit backend list as given', async () => {
    const runtime = await createRuntime({ backends: ['cpu'] });
    expect(runtime.backend).toBe('cpu');
    expect(runtime.attempts).toHaveLength(1);
    const product = await runtime.matmul({ data: new Float32Array([1, 2, 3, 4]), shape: [2, 2] }, [
      [1, 0],
      [0, 1],
    ]);
    expect(Array.from(product.data)).toEqual([1, 2, 3, 4]);
    runtime.dispose();
    await expect(runtime.matmul([[1]], [[1]])).rejects.toMatchObject({ code: 'DISPOSED' });
  });

  it('fails with every reason when no backend can start', async () => {
    const error = await createRuntime({ backends: ['webgpu', 'webgl'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TensorscopeError);
    expect((error as TensorscopeError).code).toBe('BACKEND_UNAVAILABLE');
    expect((error as TensorscopeError).message).toMatch(/webgpu: .*; webgl: /);
  });

  it('rejects an empty backend list', async () => {
    await expect(createRuntime({ backends: [] })).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
  });
});
