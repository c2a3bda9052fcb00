import {
  encodeAttention,
  readAttentionFile,
  type AttentionData,
  type LoadedAttention,
} from '@tensorscope/attention-heatmap/core';
import { describe, expect, it } from 'vitest';
import { toAttentionInput } from './attentionData.js';
import { parse } from './attentionView.js';

// The demo reads a dropped file with readAttentionFile; <tensorscope-attention-heatmap> reads `src`
// bytes with parse() and `data` with toAttentionInput(). The same file must give the same picture.
const tokens = ['The', ' cat', ' sat'];
const head = (shift: number) =>
  tokens.map((_, q) => tokens.map((__, k) => (k <= q ? (k === (q + shift) % (q + 1) ? 0.5 : 0.5 / q) : 0)));
const fixHead = (m: number[][]) => m.map((row, q) => (q === 0 ? [1, 0, 0] : row));
const heads = [fixHead(head(0)), fixHead(head(1))]; // [heads][q][k], causal rows summing to 1
const files: Record<string, string | Uint8Array> = {
  'hugging-face.json': JSON.stringify({ tokens, attentions: [[heads], [heads]] }),
  'batch-dropped.json': JSON.stringify({ tokens, attentions: [heads, heads] }),
  'circuitsvis.json': JSON.stringify({ tokens, attention: heads }),
  'bertviz.json': JSON.stringify({ tokens, attention: [[heads]], sentence_b_start: 1 }),
  'one-head.json': JSON.stringify({ tokens, attention: heads[0] }),
};
const circuitsVisData = toAttentionInput(files['circuitsvis.json']) as { data: AttentionData };
files['export.tsat'] = encodeAttention(circuitsVisData.data, { precision: 'float16' });

function picture(input: LoadedAttention | { data: AttentionData }) {
  if (!('data' in input)) throw new Error('expected attention data');
  const { data } = input;
  return { shape: data.shape, tokens: data.queryTokens, weights: Array.from(data.weights), mask: data.mask };
}

describe('the demo and the custom element read a file the same way', () => {
  for (const [name, contents] of Object.entries(files)) {
    it(name, async () => {
      const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
      const demo = await readAttentionFile(Object.assign(new Blob([bytes as BlobPart]), { name }));
      const fromSrc = toAttentionInput(parse(bytes));
      const fromData = toAttentionInput(typeof contents === 'string' ? JSON.parse(contents) : contents);
      expect(picture(fromSrc)).toEqual(picture(demo));
      expect(picture(fromData)).toEqual(picture(demo));
    });
  }

  it('recognises the ambiguous { tokens, attention } by depth, not by key', () => {
    expect(picture(toAttentionInput(files['bertviz.json'])).shape).toEqual([1, 2, 3, 3]);
    expect(picture(toAttentionInput(files['circuitsvis.json'])).shape).toEqual([1, 2, 3, 3]);
    expect(picture(toAttentionInput(files['hugging-face.json'])).shape).toEqual([2, 2, 3, 3]);
  });
});
