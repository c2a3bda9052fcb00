import { describe, expect, it } from 'vitest';
import { validateAccelerators } from '../core/accelerators.js';
import { validateModels, type ModelRecord } from '../core/models.js';
import { SOURCE_STATUSES, type SourcedValue } from '../core/sourced.js';
import { ACCELERATORS } from './accelerators.js';
import { NOTABLE_MODELS } from './notableModels.js';
import { TRAINING_RUN_PRESETS } from './presets.js';
import { REFERENCE_POINTS } from './references.js';
import { SCALING_LAWS } from './scalingLaws.js';
import { SOURCES } from './sources.js';

const URL = /^https:\/\/[^\s]+$/;

function expectSourced(value: SourcedValue, where: string) {
  expect(value.source, where).toMatch(URL);
  expect(SOURCE_STATUSES, where).toContain(value.status);
  expect(Number.isFinite(value.value) && value.value > 0, where).toBe(true);
}

describe('NOTABLE_MODELS', () => {
  it('has at least 30 valid models from 2017 to 2025, in date order', () => {
    expect(NOTABLE_MODELS.length).toBeGreaterThanOrEqual(30);
    const { skipped } = validateModels(NOTABLE_MODELS, []);
    expect(skipped).toEqual([]);
    const dates = NOTABLE_MODELS.map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]!.slice(0, 4)).toBe('2017');
    expect(dates.at(-1)!.slice(0, 4)).toBe('2025');
    expect(new Set(NOTABLE_MODELS.map((m) => m.name)).size).toBe(NOTABLE_MODELS.length);
  });

  it('gives every value a source URL and a status', () => {
    for (const model of NOTABLE_MODELS) {
      expect(model.source, model.name).toMatch(URL);
      expect(SOURCE_STATUSES, model.name).toContain(model.status);
      for (const key of ['trainingTokens', 'trainingFlops'] as const) {
        const value = model[key];
        // Every row says what it knows: a sourced value, or null for "not disclosed".
        expect(value, `${model.name}.${key}`).not.toBeUndefined();
        if (value) expectSourced(value, `${model.name}.${key}`);
      }
    }
  });

  it('marks what is rumour, estimate and derived', () => {
    const byName = (name: string) => NOTABLE_MODELS.find((m) => m.name === name) as ModelRecord;
    expect(byName('GPT-4').status).toBe('rumour');
    expect(byName('GPT-4').parameters).toBe(1.8e12);
    expect(byName('GPT-4').trainingTokens?.status).toBe('rumour');
    expect(byName('GPT-3').parameters).toBe(175e9);
    expect(byName('GPT-3').trainingTokens?.value).toBe(300e9);
    expect(byName('GPT-3').trainingFlops).toMatchObject({ value: 3.14e23, status: 'official' });
    expect(byName('GPT-3.5 (ChatGPT)').parameters).toBeNull();
    expect(byName('Llama 3 8B').trainingFlops).toMatchObject({ value: 7.2e23, derived: true });
    expect(byName('DeepSeek-V3')).toMatchObject({ parameters: 671e9, activeParameters: 37e9 });
    expect(byName('Chinchilla').trainingTokens?.value).toBe(1.4e12);
    // Compute estimates by Epoch AI carry its confidence label.
    expect(byName('GPT-4').trainingFlops).toMatchObject({ status: 'estimate', confidence: 'speculative' });
  });
});

describe('ACCELERATORS', () => {
  it('covers V100 to B200 and a consumer GPU, every figure sourced', () => {
    expect(validateAccelerators(ACCELERATORS).skipped).toEqual([]);
    const names = ACCELERATORS.map((a) => a.name);
    for (const name of ['V100 SXM2', 'A100 SXM4', 'H100 SXM5', 'H200 SXM', 'B200', 'GeForce RTX 4090']) {
      expect(names).toContain(name);
    }
    for (const chip of ACCELERATORS) {
      for (const key of ['fp16', 'fp16Sparse', 'fp32', 'memory', 'bandwidth'] as const) {
        const value = chip[key];
        if (value) expectSourced(value, `${chip.name}.${key}`);
      }
    }
  });

  it('uses dense figures: the sparse one is twice the dense one, and H100 = 3.2× A100', () => {
    for (const chip of ACCELERATORS) {
      if (chip.fp16 && chip.fp16Sparse) expect(chip.fp16Sparse.value / chip.fp16.value).toBeCloseTo(2, 1);
    }
    const dense = (name: string) => ACCELERATORS.find((a) => a.name === name)!.fp16!.value;
    expect(dense('V100 SXM2')).toBe(125);
    expect(dense('A100 SXM4')).toBe(312);
    expect(dense('H100 SXM5') / dense('A100 SXM4')).toBeCloseTo(3.2, 1);
  });
});

describe('reference points, laws and presets', () => {
  it('are sourced', () => {
    expect(REFERENCE_POINTS.brainNeurons.value).toBe(8.61e10);
    expect(REFERENCE_POINTS.brainSynapses).toMatchObject({ value: 1e14, low: 1e14, high: 1e15 });
    expect(REFERENCE_POINTS.bertHiddenSize.value).toBe(768);
    for (const [key, value] of Object.entries(REFERENCE_POINTS)) expectSourced(value, key);
    expect(SCALING_LAWS.chinchilla.constants).toEqual({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
    for (const law of Object.values(SCALING_LAWS)) expect(law.source).toMatch(URL);
    for (const preset of TRAINING_RUN_PRESETS) expect(preset.published.source).toMatch(URL);
    for (const url of Object.values(SOURCES)) expect(url).toMatch(URL);
  });
});
