import * as api from '@tensorscope/tensor-core';
import * as react from '@tensorscope/tensor-core/react';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_BACKENDS',
    'TENSOR_CORE_ERROR_CODES',
    'TensorCoreError',
    'attention',
    'cosineSimilarity',
    'createIndex',
    'createRuntime',
    'getRuntime',
    'isSoftwareRenderer',
    'matmul',
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
});
