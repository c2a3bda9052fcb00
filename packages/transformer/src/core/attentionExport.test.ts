// @vitest-environment node
import { readFileSync } from 'node:fs';
import { headMatrix, loadAttention, validateAttentionData } from '@tensorscope/attention-heatmap/core';
import { getRuntime } from '@tensorscope/tensor-core';
import { describe, expect, it } from 'vitest';
import { toAttentionData } from './attentionExport.js';
import { decodeCheckpoint } from './checkpoint.js';
import { createModel } from './model.js';
import { textToIds } from './textToIds.js';

const CHECKPOINT = decodeCheckpoint(
  new Uint8Array(readFileSync(new URL('../../checkpoints/induction.tsgpt', import.meta.url))),
);
const code = (name: string) => expect.objectContaining({ code: name });

describe('toAttentionData', () => {
  it('turns a real forward pass into data attention-heatmap loads and validates as it is', async () => {
    const runtime = await getRuntime({ backends: ['wasm'] });
    const model = await createModel(runtime, CHECKPOINT);
    const input = textToIds(CHECKPOINT, '고양이가 매트 위에 앉았다 and the dog barked .', { repeat: 2 });
    const result = await model.forward(input.ids);
    model.dispose();
    const data = toAttentionData(result, input.tokens, { model: 'tensorscope induction', note: 'trained on ids' });
    expect(data.shape).toEqual([2, 2, input.ids.length, input.ids.length]);
    expect(data.metadata).toEqual({ causal: true, model: 'tensorscope induction', note: 'trained on ids' });
    const loaded = loadAttention(data);
    expect(loaded.format).toBe('attention-data');
    expect(validateAttentionData(data)).toEqual({ notNormalised: false });
    // A copy, laid out [layer][head][query][key]: layer 1, head 0 is the model's own matrix.
    const T = input.ids.length;
    expect(Array.from(headMatrix(data, 1, 0))).toEqual(Array.from(result.attention[1]!.subarray(0, T * T)));
    expect(data.weights.buffer).not.toBe(result.attention[0]!.buffer);
    // Causal: nothing above the diagonal, and the mask says so.
    expect(data.mask![0 * T + 1]).toBe(0);
    expect(data.mask![1 * T + 1]).toBe(1);
    expect(data.weights[1]).toBe(0);
  });

  it('refuses labels that do not match the positions, and broken shapes', () => {
    const attention = [new Float32Array([1, 0, 0.5, 0.5])];
    expect(toAttentionData({ attention, length: 2 }, ['a', 'b']).shape).toEqual([1, 1, 2, 2]);
    expect(() => toAttentionData({ attention, length: 2 }, ['a'])).toThrow(code('LENGTH_MISMATCH'));
    expect(() => toAttentionData({ attention: [new Float32Array(3)], length: 2 }, ['a', 'b'])).toThrow(
      code('INVALID_SHAPE'),
    );
    expect(() => toAttentionData({ attention: [attention[0]!, new Float32Array(8)], length: 2 }, ['a', 'b'])).toThrow(
      code('INVALID_SHAPE'),
    );
    expect(() => toAttentionData({ attention, length: 2 }, ['a', 2] as never)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => toAttentionData(null as never, [])).toThrow(code('INVALID_ARGUMENT'));
    expect(() => toAttentionData({ attention, length: Number.NaN }, [])).toThrow(code('INVALID_ARGUMENT'));
    expect(() => toAttentionData({ attention: 'x' as never, length: 1 }, ['a'])).toThrow(code('INVALID_ARGUMENT'));
  });
});
