import * as api from '@tensorscope/tensor-core';
import * as react from '@tensorscope/tensor-core/react';
import * as wasm from '@tensorscope/tensor-core/wasm-paths';
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
