import { describe, expect, it } from 'vitest';
import { NOTABLE_MODELS } from '../data/notableModels.js';
import { validateModels, type ModelRecord } from './models.js';

const good: ModelRecord = {
  name: 'A',
  date: '2020-01-02',
  organisation: 'X',
  parameters: 1e9,
  status: 'official',
  source: 'https://example.org',
};

describe('validateModels', () => {
  it('keeps good rows and lists skipped ones with a reason', () => {
    const { models, skipped } = validateModels([
      good,
      { ...good, name: 'neg', parameters: -1 },
      { ...good, name: 'nan', parameters: Number.NaN },
      { ...good, name: 'date', date: '2020-02-31x' },
      { ...good, name: 'moe', activeParameters: 2e9 },
    ]);
    expect(models.map((m) => m.name)).toEqual(['A']);
    expect(skipped.map((s) => s.name)).toEqual(['neg', 'nan', 'date', 'moe']);
    expect(skipped[0]?.reason).toContain('positive');
  });

  it('ships only valid, sourced rows', () => {
    const { skipped } = validateModels(NOTABLE_MODELS);
    expect(skipped).toEqual([]);
    for (const model of NOTABLE_MODELS) {
      expect(model.source).toMatch(/^https:\/\//);
      expect(['official', 'estimate', 'rumour']).toContain(model.status);
    }
    expect(NOTABLE_MODELS.find((m) => m.name === 'GPT-4')?.status).toBe('rumour');
    expect(NOTABLE_MODELS.find((m) => m.name === 'GPT-3')?.parameters).toBe(175e9);
  });
});
