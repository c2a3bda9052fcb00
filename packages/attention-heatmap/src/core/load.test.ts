import { describe, expect, it } from 'vitest';
import { isChecked, validateAttentionData, type AttentionData } from './attentionData.js';
import { attentionSource } from './attentionSource.js';
import { encodeAttention } from './binaryFormat.js';
import { loadAttention, readAttentionFile, type LoadedAttention } from './load.js';
import { errorOf, randomAttention, toNested } from './testData.js';

// Real-shaped inputs, written as the Python tools write them (json.dumps of nested lists).
const model = randomAttention(2, 3, 4, 7); // 2 layers × 3 heads × 4 tokens
const layerHeads = toNested(model); // [layers][heads][q][k]
const tokens = model.queryTokens;
const hfJson = JSON.stringify({ tokens, attentions: layerHeads.map((layer) => [layer]), model: 'gpt2' });
const circuitsVisJson = JSON.stringify({ tokens, attention: layerHeads[0] });
const bertVizJson = JSON.stringify({ tokens, attention: layerHeads.map((layer) => [layer]), sentence_b_start: 2 });

function dataOf(loaded: LoadedAttention): AttentionData {
  if (!('data' in loaded)) throw new Error(`expected data, got ${loaded.format}`);
  return loaded.data;
}

function layer(data: AttentionData, l: number): Float32Array {
  const size = data.shape[1] * data.shape[2] * data.shape[3];
  return data.weights.subarray(l * size, (l + 1) * size);
}

describe('loadAttention recognises', () => {
  it('rule 2: .tsat bytes by their magic, other bytes as UTF-8 JSON; ArrayBuffer too', () => {
    const tsat = loadAttention(encodeAttention(model, { precision: 'float16' }));
    expect(tsat.format).toBe('tsat');
    expect(dataOf(tsat).shape).toEqual([2, 3, 4, 4]);
    const bytes = new TextEncoder().encode(hfJson);
    expect(loadAttention(bytes).format).toBe('huggingface');
    expect(loadAttention(bytes.buffer).format).toBe('huggingface');
    expect(errorOf(() => loadAttention(new Uint8Array([0xff, 0xfe, 0x00]))).code).toBe('INVALID_FORMAT');
  });

  it('rule 3: JSON text; blank text is EMPTY_INPUT, bad JSON INVALID_FORMAT naming the input', () => {
    expect(dataOf(loadAttention(hfJson)).weights).toEqual(model.weights);
    expect(errorOf(() => loadAttention('  ')).code).toBe('EMPTY_INPUT');
    const bad = errorOf(() => loadAttention('{"tokens": [', { name: 'a.json' }));
    expect(bad.code).toBe('INVALID_FORMAT');
    expect(bad.message).toContain('a.json is not valid JSON');
  });

  it('rule 4: AttentionData as it is, validated once', () => {
    const data = randomAttention(1, 2, 3);
    const loaded = loadAttention(data);
    expect(loaded).toEqual({ format: 'attention-data', data });
    expect(dataOf(loaded)).toBe(data);
    expect(isChecked(data)).toBe(true);
    const bad = { ...data, weights: data.weights.slice() };
    bad.weights[4] = -1;
    expect(errorOf(() => loadAttention(bad)).code).toBe('INVALID_VALUE');
  });

  it('rule 5: BertViz encoder-decoder, one part at a time', () => {
    const input = {
      encoder_attention: [[layerHeads[0]]],
      decoder_attention: [[layerHeads[1]]],
      encoder_tokens: tokens,
      decoder_tokens: tokens,
    };
    const encoder = dataOf(loadAttention(input));
    expect(encoder.weights).toEqual(layer(model, 0));
    const decoder = dataOf(loadAttention(JSON.stringify(input), { part: 'decoder' }));
    expect(decoder.weights).toEqual(layer(model, 1));
    expect(decoder.metadata?.causal).toBe(true);
    expect(errorOf(() => loadAttention(input, { part: 'cross' })).code).toBe('EMPTY_INPUT');
  });

  it('rule 6: Hugging Face "attentions" at depth 5, 4 (batch dropped), 3 (one layer) and 2 (one head)', () => {
    const five = dataOf(loadAttention(hfJson));
    expect(five.shape).toEqual([2, 3, 4, 4]);
    expect(five.metadata?.model).toBe('gpt2');
    const four = dataOf(loadAttention({ tokens, attentions: layerHeads }));
    expect(four.weights).toEqual(five.weights);
    const three = dataOf(loadAttention({ input_tokens: tokens, attentions: layerHeads[0] }));
    expect(three.shape).toEqual([1, 3, 4, 4]);
    expect(three.weights).toEqual(layer(model, 0));
    const two = dataOf(loadAttention({ tokens, attentions: layerHeads[0]![0] }));
    expect(two.shape).toEqual([1, 1, 4, 4]);
    // the file's own batch index is honoured
    expect(errorOf(() => loadAttention({ tokens, attentions: layerHeads.map((l) => [l]), batch: 1 })).code).toBe(
      'OUT_OF_RANGE',
    );
  });

  it('rule 6: typed layers { data, shape }', () => {
    const attentions = [0, 1].map((l) => ({ data: layer(model, l), shape: [1, 3, 4, 4] }));
    expect(dataOf(loadAttention({ tokens, attentions })).weights).toEqual(model.weights);
  });

  it('rule 7: the ambiguous { tokens, attention } is decided by the depth of attention', () => {
    const bertViz = loadAttention(bertVizJson);
    expect(bertViz.format).toBe('bertviz');
    expect(dataOf(bertViz).shape).toEqual([2, 3, 4, 4]);
    expect(dataOf(bertViz).metadata?.sentenceBStart).toBe(2);
    const four = loadAttention({ tokens, attention: layerHeads });
    expect(four.format).toBe('bertviz');
    expect(dataOf(four).weights).toEqual(model.weights);
    const circuitsVis = loadAttention(circuitsVisJson);
    expect(circuitsVis.format).toBe('circuitsvis');
    expect(dataOf(circuitsVis).shape).toEqual([1, 3, 4, 4]);
    const pattern = loadAttention({ tokens, attention: layerHeads[0]![1] });
    expect(pattern.format).toBe('circuitsvis');
    expect(dataOf(pattern).shape).toEqual([1, 1, 4, 4]);
    const flat = loadAttention({ tokens, attention: layer(model, 1) });
    expect(dataOf(flat).weights).toEqual(layer(model, 1));
  });

  it('rule 7: the same attention gives the same picture under either key', () => {
    const fromAttention = dataOf(loadAttention({ tokens, attention: layerHeads.map((l) => [l]) }));
    const fromAttentions = dataOf(loadAttention(hfJson));
    expect(fromAttention.weights).toEqual(fromAttentions.weights);
    expect(fromAttention.shape).toEqual(fromAttentions.shape);
    const oneLayerCv = dataOf(loadAttention(circuitsVisJson));
    const oneLayerHf = dataOf(loadAttention({ tokens, attentions: layerHeads[0] }));
    expect(oneLayerCv).toEqual(oneLayerHf);
  });

  it('rule 7: any other depth is UNKNOWN_FORMAT naming the depth found', () => {
    const six = errorOf(() => loadAttention({ tokens, attention: [layerHeads.map((l) => [l])] }));
    expect(six.code).toBe('UNKNOWN_FORMAT');
    expect(six.message).toContain('nested 6 deep');
    expect(errorOf(() => loadAttention({ tokens, attention: 5 })).message).toContain('nested 0 deep');
  });

  it('rule 1: format overrides recognition', () => {
    // depth 4 reads as layers × heads by default; as CircuitsVis it is one layer too deep.
    expect(errorOf(() => loadAttention({ tokens, attention: layerHeads }, { format: 'circuitsvis' })).code).toBe(
      'INVALID_SHAPE',
    );
    const asHf = loadAttention(circuitsVisJson, { format: 'huggingface' });
    expect(asHf.format).toBe('huggingface');
    expect(dataOf(asHf).weights).toEqual(layer(model, 0));
    expect(errorOf(() => loadAttention(hfJson, { format: 'tsat' })).code).toBe('INVALID_FORMAT');
    expect(errorOf(() => loadAttention(new TextEncoder().encode(hfJson), { format: 'tsat' })).code).toBe(
      'INVALID_FORMAT',
    );
  });

  it('rule 8: one matrix', () => {
    const loaded = loadAttention('{"queryTokens": ["a", "b"], "weights": [[1, 0], [0.5, 0.5]]}');
    expect(loaded).toEqual({
      format: 'matrix',
      matrix: {
        queryTokens: ['a', 'b'],
        keyTokens: undefined,
        weights: [
          [1, 0],
          [0.5, 0.5],
        ],
        mask: undefined,
        signed: false,
      },
    });
  });

  it('rule 9: anything else is UNKNOWN_FORMAT naming its keys', () => {
    const error = errorOf(() => loadAttention({ words: [], scores: [] }));
    expect(error.code).toBe('UNKNOWN_FORMAT');
    expect(error.message).toContain('it has words, scores');
    expect(errorOf(() => loadAttention([1, 2])).code).toBe('UNKNOWN_FORMAT');
    expect(errorOf(() => loadAttention(null)).code).toBe('UNKNOWN_FORMAT');
  });
});

describe('validation happens once', () => {
  it('loaded data is marked checked with the warnings a full scan gives', () => {
    const unnormalised = toNested(model).map((l) => [l.map((h) => h.map((row) => row.map((v) => v * 2)))]);
    for (const attentions of [layerHeads.map((l) => [l]), unnormalised]) {
      const data = dataOf(loadAttention({ tokens, attentions }));
      expect(isChecked(data)).toBe(true);
      // a copy is a new object: validated from scratch
      expect(validateAttentionData(data)).toEqual(validateAttentionData({ ...data }));
    }
    expect(validateAttentionData(dataOf(loadAttention({ tokens, attentions: unnormalised }))).notNormalised).toBe(true);
  });

  it('the views do not re-scan loaded data, but do scan data with replaced weights', () => {
    const data = dataOf(loadAttention(hfJson));
    expect(attentionSource(data).head(1, 2)).toEqual(layer(model, 1).subarray(2 * 16, 3 * 16));
    const replaced = { ...data, weights: data.weights.slice() };
    replaced.weights[0] = Number.NaN;
    expect(errorOf(() => attentionSource(replaced)).code).toBe('INVALID_VALUE');
  });

  it('causal auto-detection survives the single pass', () => {
    const causal = randomAttention(1, 2, 4, 3, true);
    const data = dataOf(loadAttention({ tokens: causal.queryTokens, attentions: [[toNested(causal)[0]]] }));
    expect(data.metadata?.causal).toBe(true);
    expect(data.mask).toEqual(causal.mask);
  });
});

describe('readAttentionFile', () => {
  const file = (text: string | Uint8Array, name = 'attn.json') =>
    Object.assign(new Blob([text as BlobPart]), { name }) as Blob & { name: string };

  it('reads any format from a file', async () => {
    expect((await readAttentionFile(file(hfJson))).format).toBe('huggingface');
    expect((await readAttentionFile(file(encodeAttention(model), 'a.tsat'))).format).toBe('tsat');
  });

  it('refuses an empty or too large file before reading it, and names the file', async () => {
    await expect(readAttentionFile(file(''))).rejects.toMatchObject({
      code: 'EMPTY_INPUT',
      message: 'attn.json is empty.',
    });
    await expect(readAttentionFile(file(hfJson), { maxBytes: 100 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    const huge = Object.assign(new Blob([new Uint8Array(65 * 1024 * 1024)]), { name: 'huge.json' });
    await expect(readAttentionFile(huge)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'huge.json is 65.0 MB; the limit is 64 MB.',
    });
    await expect(readAttentionFile(file('{"x": 1}', 'x.json'))).rejects.toMatchObject({
      code: 'UNKNOWN_FORMAT',
      message: expect.stringContaining('x.json'),
    });
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readAttentionFile(file(hfJson), { signal: controller.signal })).rejects.toMatchObject({
      code: 'ABORTED',
    });
  });
});
