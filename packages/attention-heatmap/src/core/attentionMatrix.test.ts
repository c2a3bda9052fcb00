import { TensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { createAttentionMatrix, strongestKey, weightAt } from './attentionMatrix.js';
import { createAttentionColorScale } from './colorScale.js';
import { tokenLabel } from './tokenLabel.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TensorscopeError);
    return (error as TensorscopeError).code;
  }
  throw new Error('expected a TensorscopeError');
};

describe('createAttentionMatrix', () => {
  it('accepts nested rows and flat arrays, self and cross attention', () => {
    const nested = createAttentionMatrix({
      queryTokens: ['a', 'b'],
      weights: [
        [0.25, 0.75],
        [1, 0],
      ],
    });
    expect(nested.keyTokens).toEqual(['a', 'b']);
    expect(weightAt(nested, 0, 1)).toBe(0.75);
    expect(strongestKey(nested, 0)).toBe(1);
    expect(nested.max).toBe(1);
    expect(nested.notNormalised).toBe(false);

    const cross = createAttentionMatrix({
      queryTokens: ['x'],
      keyTokens: ['p', 'q', 'r'],
      weights: new Float32Array([0.2, 0.3, 0.5]),
    });
    expect(cross.weights.length).toBe(3);
    expect(strongestKey(cross, 0)).toBe(2);
  });

  it('flags rows that do not sum to 1 without failing', () => {
    expect(
      createAttentionMatrix({
        queryTokens: ['a', 'b'],
        weights: [
          [2, 1],
          [0.5, 0.5],
        ],
      }).notNormalised,
    ).toBe(true);
  });

  it('names the problem in a typed error', () => {
    expect(codeOf(() => createAttentionMatrix({ queryTokens: [], weights: [] }))).toBe('EMPTY_INPUT');
    expect(codeOf(() => createAttentionMatrix({ queryTokens: ['a', 'b'], weights: [[1, 0]] }))).toBe('LENGTH_MISMATCH');
    expect(codeOf(() => createAttentionMatrix({ queryTokens: ['a', 'b'], weights: [[1, 0], [1]] }))).toBe(
      'LENGTH_MISMATCH',
    );
    expect(codeOf(() => createAttentionMatrix({ queryTokens: ['a'], weights: new Float32Array(2) }))).toBe(
      'LENGTH_MISMATCH',
    );
    expect(
      codeOf(() =>
        createAttentionMatrix({
          queryTokens: ['a', 'b'],
          weights: [
            [1, 0],
            [-0.1, 1.1],
          ],
        }),
      ),
    ).toBe('INVALID_VALUE');
    expect(codeOf(() => createAttentionMatrix({ queryTokens: ['a'], weights: [[Number.NaN]] }))).toBe('INVALID_VALUE');
  });
});

describe('signed scores', () => {
  it('accept any finite value, scale by the largest magnitude and never warn about row sums', () => {
    const scores = createAttentionMatrix({
      queryTokens: ['a', 'b'],
      weights: [
        [-2, 1],
        [0.5, 3],
      ],
      signed: true,
    });
    expect(scores.signed).toBe(true);
    expect(scores.max).toBe(3);
    expect(scores.notNormalised).toBe(false);
    expect(codeOf(() => createAttentionMatrix({ queryTokens: ['a'], weights: [[Number.NaN]], signed: true }))).toBe(
      'INVALID_VALUE',
    );
  });
});

describe('colour scale and labels', () => {
  it('runs from the lightest to the darkest ramp colour in light theme', () => {
    const color = createAttentionColorScale('light', 0.5);
    expect(color(0)).toBe('rgb(247, 251, 255)');
    expect(color(0.5)).toBe('rgb(8, 48, 107)');
    expect(color(9)).toBe('rgb(8, 48, 107)');
  });

  it('makes spaces visible and truncates long tokens by characters, not bytes', () => {
    expect(tokenLabel(' cat')).toBe('·cat');
    expect(tokenLabel('가나다라마바사아자차카타파하', 5)).toBe('가나다라…');
    expect(tokenLabel('short', 12)).toBe('short');
  });
});
