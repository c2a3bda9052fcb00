import * as api from '@tensorscope/tensor-core';
import * as react from '@tensorscope/tensor-core/react';
import * as wasm from '@tensorscope/tensor-core/wasm-paths';
import * as lazy from '@tensorscope/tensor-core/lazy';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_BACKENDS',
    'TENSOR_CORE_ERROR_CODES',
    'TensorCoreError',
    'attention',
    'attentionFromVectors',
    'cosineSimilarity',
    'createIndex',
    'createRuntime',
    'getRuntime',
    'isSoftwareRenderer',
    'matmul',
    'measureBandwidth',
    'measureThroughput',
    'nearestNeighbors',
    'normalizeRows',
    'pca',
    'toMatrix',
  ]);
  expect(Object.keys(react).sort()).toEqual([
    'BackendReport',
    'DATASHEET_PEAKS',
    'ThroughputMeter',
    'useTensorRuntime',
  ]);
  expect(Object.keys(wasm)).toEqual(['wasmPaths']);
  expect(Object.keys(lazy).sort()).toEqual(['loadRuntime', 'loadTensorCore']);
});

it('lazy loads the same module once and shares one runtime per options object', async () => {
  const [a, b] = await Promise.all([lazy.loadTensorCore(), lazy.loadTensorCore()]);
  expect(a).toBe(b);
  expect(a.getRuntime).toBe(api.getRuntime);
  const options = { backends: ['cpu' as const] };
  expect(await lazy.loadRuntime(options)).toBe(await lazy.loadRuntime(options));
});

it('wasm-paths names the three tfjs binaries as URLs the bundler emits', () => {
  expect(Object.keys(wasm.wasmPaths).sort()).toEqual([
    'tfjs-backend-wasm-simd.wasm',
    'tfjs-backend-wasm-threaded-simd.wasm',
    'tfjs-backend-wasm.wasm',
  ]);
  for (const [name, url] of Object.entries(wasm.wasmPaths))
    expect(url).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}$`));
});
