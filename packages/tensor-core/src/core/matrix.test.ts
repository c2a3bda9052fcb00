import { TensorscopeError } from '@tensorscope/common';
import { TensorCoreError } from '../errors.js';
import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from './backends.js';
import { toMatrix } from './matrix.js';

describe('toMatrix', () => {
  it('converts nested arrays row-major', () => {
    const m = toMatrix([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.shape).toEqual([2, 3]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ['EMPTY_INPUT', []],
    ['INVALID_SHAPE', [[1, 2], [3]]],
    ['LENGTH_MISMATCH', { data: new Float32Array(5), shape: [2, 3] as const }],
    ['EMPTY_INPUT', { data: new Float32Array(0), shape: [0, 3] as const }],
    ['INVALID_SHAPE', { data: new Float32Array(3), shape: [1, 3, 1] }],
    ['INVALID_VALUE', [[1, Number.POSITIVE_INFINITY]]],
  ])('rejects bad input with %s', (code, input) => {
    try {
      toMatrix(input as never);
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(TensorCoreError);
      expect(error).toBeInstanceOf(TensorscopeError);
      expect((error as TensorscopeError).code).toBe(code);
    }
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises software GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(
      true,
    );
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 4090 Direct3D11)')).toBe(false);
  });
});
