import * as api from '@tensorscope/attention-heatmap';
import * as core from '@tensorscope/attention-heatmap/core';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ATTENTION_RAMPS',
    'AttentionHeatmap',
    'createAttentionColorScale',
    'createAttentionMatrix',
    'strongestKey',
    'tokenLabel',
    'weightAt',
  ]);
  expect(Object.keys(core).sort()).toEqual([
    'ATTENTION_RAMPS',
    'createAttentionColorScale',
    'createAttentionMatrix',
    'strongestKey',
    'tokenLabel',
    'weightAt',
  ]);
});
