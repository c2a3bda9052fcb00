import { describe, expect, it } from 'vitest';
import { findLabel, labelIndex, resolveLabel, suggestLabels } from './labelIndex.js';

const labels = ['king', 'queen', 'King', 'kingdom', 'king', 'kings', 'man'];

describe('labelIndex', () => {
  it('maps each label to its first occurrence', () => {
    const index = labelIndex(labels);
    expect(index.get('king')).toBe(0);
    expect(index.get('King')).toBe(2);
    expect(index.size).toBe(6);
  });
});

describe('findLabel', () => {
  const data = { labels: ['Apple', 'king', 'queen', 'King', 'apple', 'king', 'APPLE'] };

  it('finds the first occurrence of a duplicated label', () => {
    expect(findLabel(data, 'king')).toBe(1);
    expect(findLabel(data, 'apple')).toBe(4);
  });

  it('is case-sensitive unless asked', () => {
    expect(findLabel(data, 'QUEEN')).toBeUndefined();
    expect(findLabel(data, 'QUEEN', { caseInsensitive: true })).toBe(2);
  });

  it('prefers an exact match over a case-folded one, then the first folded match', () => {
    expect(findLabel(data, 'King', { caseInsensitive: true })).toBe(3);
    expect(findLabel(data, 'APPLE', { caseInsensitive: true })).toBe(6);
    expect(findLabel(data, 'aPPLE', { caseInsensitive: true })).toBe(0);
  });

  it('returns undefined for a missing label', () => {
    expect(findLabel(data, 'prince', { caseInsensitive: true })).toBeUndefined();
  });
});

describe('suggestLabels', () => {
  it('offers case variants first, then prefix matches, at most three', () => {
    expect(suggestLabels(labels, 'KING')).toEqual(['king', 'King', 'kingdom']);
    expect(suggestLabels(labels, 'kingd')).toEqual(['kingdom']);
    expect(suggestLabels(labels, 'que', 1)).toEqual(['queen']);
  });

  it('falls back to shorter prefixes for typos', () => {
    expect(suggestLabels(labels, 'quuen')).toEqual(['queen']);
    expect(suggestLabels(labels, 'xyz')).toEqual([]);
  });
});

describe('resolveLabel', () => {
  const index = labelIndex(labels);

  it('returns the index of a known label', () => {
    expect(resolveLabel(labels, index, 'man')).toBe(6);
  });

  it('names an unknown label, its role and near spellings', () => {
    expect(() => resolveLabel(labels, index, 'Queen', 'x axis end')).toThrow(
      'Unknown x axis end "Queen": no point has this label. Did you mean "queen"?',
    );
    expect(() => resolveLabel(labels, index, 'zebra')).toThrow(/Expected one of the loaded labels/);
  });
});
