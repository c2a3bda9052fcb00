import * as api from '@tensorscope/scaling-chart';
import * as core from '@tensorscope/scaling-chart/core';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ACCELERATORS',
    'BERT_HIDDEN_SIZE',
    'BRAIN_NEURONS',
    'BRAIN_SYNAPSES',
    'CHATGPT_LAUNCH',
    'CHINCHILLA_TOKENS_PER_PARAMETER',
    'ComputeCalculator',
    'ComputeChart',
    'GpuChart',
    'KAPLAN_2020',
    'NOTABLE_MODELS',
    'PETAFLOP_DAY',
    'ParameterChart',
    'REFERENCE_POINTS',
    'SCALING_ERROR_CODES',
    'SCALING_LAWS',
    'SOURCES',
    'ScalingLawChart',
    'TRAINING_RUN_PRESETS',
    'chinchillaLoss',
    'computeOptimal',
    'estimateTrainingRun',
    'fitExponentialTrend',
    'formatCount',
    'formatScientific',
    'kaplanLoss',
    'parseCount',
    'parseDate',
    'predictLoss',
    'toCsv',
    'trainingFlops',
    'validateAccelerators',
    'validateModels',
  ]);
  expect(Object.keys(core).sort()).toEqual([
    'SCALING_ERROR_CODES',
    'chinchillaLoss',
    'computeOptimal',
    'estimateTrainingRun',
    'fitExponentialTrend',
    'formatCount',
    'formatScientific',
    'kaplanLoss',
    'parseCount',
    'parseDate',
    'predictLoss',
    'toCsv',
    'trainingFlops',
    'validateAccelerators',
    'validateModels',
  ]);
});
