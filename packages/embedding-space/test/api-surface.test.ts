import * as api from '@tensorscope/embedding-space';
import * as core from '@tensorscope/embedding-space/core';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['EmbeddingScatter', 'createPointCloud']);
  expect(Object.keys(core).sort()).toEqual(['createPointCloud']);
});
