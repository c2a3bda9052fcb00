import * as api from '@tensorscope/scaling-chart';
import * as core from '@tensorscope/scaling-chart/core';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BRAIN_NEURONS',
    'NOTABLE_MODELS',
    'ParameterChart',
    'SOURCES',
    'formatCount',
    'parseDate',
    'validateModels',
  ]);
  expect(Object.keys(core).sort()).toEqual(['formatCount', 'parseDate', 'validateModels']);
});
