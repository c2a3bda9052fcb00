import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { aggregateHeads } from './aggregate.js';
import { headSummaries } from './headSummaries.js';
import { headMatrix, validateAttentionData, type AttentionData } from './attentionData.js';
import { causalMask, createAttentionMatrix, weightAt } from './attentionMatrix.js';
import { encodeAttention } from './binaryFormat.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isTensorscopeError(error) ? error.code : `untyped: ${String(error)}`;
  }
  return 'no error';
};

const data = (): AttentionData => ({
  queryTokens: ['a', 'b'],
  keyTokens: ['a', 'b'],
  weights: new Float32Array(2 * 2 * 2 * 2).fill(0.5),
  shape: [2, 2, 2, 2],
});

describe('hardening regressions', () => {
  it('refuses a shape declared far larger than the data before any work (was a hang / out of memory)', () => {
    const lying = { ...data(), shape: [2 ** 20, 2 ** 20, 512, 512] as const };
    expect(codeOf(() => aggregateHeads(lying as never))).toMatch(/TOO_LARGE|INVALID_ARGUMENT/);
    expect(codeOf(() => causalMask(2 ** 23, 2 ** 23))).toBe('TOO_LARGE');
  });

  it('refuses NaN weights before aggregation (NaN used to flow into the mean)', () => {
    const bad = data();
    bad.weights[3] = Number.NaN;
    expect(codeOf(() => aggregateHeads(bad))).toBe('INVALID_VALUE');
    expect(codeOf(() => headSummaries(bad))).toBe('INVALID_VALUE');
  });

  it('negative head indices are OUT_OF_RANGE, not wrapped around to the last head', () => {
    expect(codeOf(() => headMatrix(data(), 0, -1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => headMatrix(data(), -1, 0))).toBe('OUT_OF_RANGE');
  });

  it('a cell outside the matrix is OUT_OF_RANGE, not a weight of 0', () => {
    const matrix = createAttentionMatrix({ queryTokens: ['a'], weights: [[1]] });
    expect(weightAt(matrix, 0, 0)).toBe(1);
    expect(codeOf(() => weightAt(matrix, 0, 1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => weightAt(matrix, Number.NaN, 0))).toBe('OUT_OF_RANGE');
  });

  it('wrong types are INVALID_ARGUMENT, never a TypeError', () => {
    expect(codeOf(() => validateAttentionData(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createAttentionMatrix({ queryTokens: [1], weights: [[1]] } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => encodeAttention(data(), { precision: '__proto__' as never }))).toBe('INVALID_OPTION');
  });
});
