import { describe, expect, it } from 'vitest';
import { NOTABLE_MODELS } from '../data/notableModels.js';
import { parseDate, validateModels, type ModelRecord } from './models.js';

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

describe('parseDate (regression: impossible calendar dates were accepted)', () => {
  it('refuses dates that are not on the calendar, with a typed error', () => {
    for (const date of ['2023-02-30', '2021-02-29', '2023-13-01', '2023-1-1']) {
      expect(() => parseDate(date)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    }
    expect(() => parseDate(5 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(parseDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('skips a model row with an impossible date instead of plotting it in March', () => {
    const result = validateModels([{ ...good, date: '2023-02-30' }]);
    expect(result.models).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/invalid date/);
  });

  it('refuses rows that are not an array and unknown needs (typed), and never throws on a bad row', () => {
    expect(() => validateModels(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => validateModels([], ['bogus' as never])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const weird = { ...good, date: Object.create(null) as never };
    expect(validateModels([weird, null as never]).skipped).toHaveLength(2);
  });
});
