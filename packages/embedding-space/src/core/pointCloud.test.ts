import { TensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { createPointCloud } from './pointCloud.js';

const expectClose = (actual: Float32Array, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 6));
};

describe('createPointCloud', () => {
  it('centres and scales 3-D points into [-1, 1]', () => {
    const cloud = createPointCloud({
      points: [
        [0, 0, 0],
        [10, 2, 4],
      ],
      labels: ['a', 'b'],
    });
    expect(cloud.count).toBe(2);
    expect(cloud.dimensions).toBe(3);
    expectClose(cloud.positions, [-1, -0.2, -0.4, 1, 0.2, 0.4]);
  });

  it('lays 2-D points on z = 0 and labels them by index by default', () => {
    const cloud = createPointCloud({ points: new Float32Array([0, 0, 2, 2, 4, 0]), dimensions: 2 });
    expect(cloud.labels).toEqual(['0', '1', '2']);
    // One scale for every axis keeps the aspect ratio.
    expectClose(cloud.positions, [-1, -0.5, 0, 0, 0.5, 0, 1, -0.5, 0]);
  });

  it('keeps a single point at the origin', () => {
    expect(Array.from(createPointCloud({ points: [[5, 5, 5]] }).positions)).toEqual([0, 0, 0]);
  });

  it.each([
    ['INVALID_SHAPE', { points: [[1, 2, 3, 4]] }],
    [
      'INVALID_SHAPE',
      {
        points: [
          [1, 2, 3],
          [1, 2],
        ],
      },
    ],
    ['LENGTH_MISMATCH', { points: new Float32Array(5), dimensions: 3 as const }],
    ['EMPTY_INPUT', { points: new Float32Array(0) }],
    ['LENGTH_MISMATCH', { points: [[1, 2, 3]], labels: ['a', 'b'] }],
    ['INVALID_VALUE', { points: [[1, Number.NaN, 3]] }],
  ])('rejects bad input with %s', (code, input) => {
    expect(() => createPointCloud(input)).toThrow(TensorscopeError);
    try {
      createPointCloud(input);
    } catch (error) {
      expect((error as TensorscopeError).code).toBe(code);
    }
  });
});
