import { describe, expect, it } from 'vitest';
import { fromBertViz, fromCircuitsVis, fromHuggingFace } from './adapters.js';
import { validateAttentionData } from './attentionData.js';
import { errorOf, randomAttention, toNested } from './testData.js';

const tokens = ['[CLS]', 'the', 'cat', '[SEP]'];
const self = randomAttention(3, 2, 4, 11);
/** `json.dumps([a.tolist() for a in out.attentions])` for batch 1: [layers][batch][heads][q][k]. */
const hfNested = () => toNested(self).map((layer) => [layer]);

describe('fromHuggingFace', () => {
  it('reads the nested output_attentions tuple (as parsed from JSON)', () => {
    const data = fromHuggingFace(JSON.parse(JSON.stringify(hfNested())), tokens, { model: 'bert-base-uncased' });
    expect(data.shape).toEqual([3, 2, 4, 4]);
    expect(data.queryTokens).toEqual(tokens);
    expect(data.keyTokens).toEqual(tokens);
    expect(Array.from(data.weights)).toEqual(Array.from(self.weights));
    expect(data.metadata).toEqual({ model: 'bert-base-uncased' });
    expect(data.mask).toBeUndefined();
    expect(validateAttentionData(data).notNormalised).toBe(false);
  });

  it('picks a batch entry', () => {
    const other = toNested(randomAttention(3, 2, 4, 99));
    const nested = toNested(self).map((layer, l) => [layer, other[l] as number[][][]]);
    const second = fromHuggingFace(nested, tokens, { batch: 1 });
    expect(second.weights[0]).toBeCloseTo(other[0]?.[0]?.[0]?.[0] as number, 6);
    const error = errorOf(() => fromHuggingFace(nested, tokens, { batch: 2 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('batch 2 is out of range: attentions[0] has 2 batch entries (0 … 1).');
  });

  it('reads per-layer typed arrays with an explicit shape', () => {
    const layers = [0, 1, 2].map((l) => self.weights.slice(l * 32, (l + 1) * 32));
    const a = fromHuggingFace(layers, tokens, { shape: [1, 2, 4, 4] });
    const b = fromHuggingFace(
      layers.map((data) => ({ data, shape: [1, 2, 4, 4] as const })),
      tokens,
    );
    expect(Array.from(a.weights)).toEqual(Array.from(self.weights));
    expect(Array.from(b.weights)).toEqual(Array.from(self.weights));
    expect(errorOf(() => fromHuggingFace(layers, tokens)).message).toMatch(/without a shape/);
    expect(errorOf(() => fromHuggingFace(layers, tokens, { shape: [1, 2, 4, 5] })).code).toBe('LENGTH_MISMATCH');
    expect(errorOf(() => fromHuggingFace(layers, tokens, { shape: [1, 2, 4, 4], batch: 1 })).code).toBe('OUT_OF_RANGE');
  });

  it('detects causal attention and applies a padding mask', () => {
    const causal = randomAttention(2, 2, 4, 3, true);
    const data = fromHuggingFace(
      toNested(causal).map((layer) => [layer]),
      ['<|endoftext|>', 'The', 'Ġcat', 'Ġsat'],
    );
    expect(data.metadata?.causal).toBe(true);
    expect(Array.from(data.mask ?? [])).toEqual(Array.from(causal.mask ?? []));
    expect(
      fromHuggingFace(
        toNested(causal).map((layer) => [layer]),
        tokens,
        { causal: false },
      ).mask,
    ).toBeUndefined();

    const padded = fromHuggingFace(hfNested(), tokens, { attentionMask: [[1, 1, 1, 0]] });
    expect(padded.mask?.[3]).toBe(0); // key 3 is padding
    expect(padded.mask?.[12]).toBe(0); // query 3 is padding
    expect(padded.mask?.[5]).toBe(1);
    expect(padded.metadata?.causal).toBeUndefined();
    expect(errorOf(() => fromHuggingFace(hfNested(), tokens, { attentionMask: [1, 1] })).code).toBe('LENGTH_MISMATCH');
  });

  it('names the position and what was expected', () => {
    const rows = hfNested();
    rows[2]?.[0]?.[1]?.pop();
    expect(errorOf(() => fromHuggingFace(rows, tokens))).toEqual({
      code: 'LENGTH_MISMATCH',
      message: 'attentions[2][0][1] has 3 rows; expected 4 (one per query token).',
    });
    const columns = hfNested();
    columns[1]?.[0]?.[0]?.[2]?.push(0);
    expect(errorOf(() => fromHuggingFace(columns, tokens)).message).toBe(
      'attentions[1][0][0][2] has 5 values; expected 4 (one per key token).',
    );
    expect(errorOf(() => fromHuggingFace(hfNested(), tokens.slice(0, 3))).code).toBe('LENGTH_MISMATCH');

    const heads = hfNested();
    heads[1]?.[0]?.pop();
    expect(errorOf(() => fromHuggingFace(heads, tokens))).toMatchObject({
      code: 'INVALID_SHAPE',
      message: expect.stringContaining('attentions[1][0] has 1 heads; expected 2'),
    });

    // [layers][heads][q][k]: the batch dimension is missing
    expect(errorOf(() => fromHuggingFace(toNested(self), tokens))).toEqual({
      code: 'INVALID_SHAPE',
      message:
        'attentions has 4 dimensions; expected 5: [layers][batch][heads][q][k]. The batch dimension is missing: wrap each layer in [ ] or pass the tuple as the model returned it.',
    });
    // one dimension too many
    expect(
      errorOf(() =>
        fromHuggingFace(
          hfNested().map((l) => [l]),
          tokens,
        ),
      ).code,
    ).toBe('INVALID_SHAPE');

    const nan = hfNested();
    (nan[0]?.[0]?.[1]?.[2] as number[])[3] = Number.NaN;
    expect(errorOf(() => fromHuggingFace(nan, tokens))).toEqual({
      code: 'INVALID_VALUE',
      message: 'attentions[0][0][1][2][3] is NaN; attention weights must be finite numbers ≥ 0.',
    });
    const negative = hfNested();
    (negative[0]?.[0]?.[0]?.[0] as number[])[0] = -0.5;
    expect(errorOf(() => fromHuggingFace(negative, tokens)).message).toMatch(/is -0.5/);
    const nulls = hfNested();
    (nulls[0]?.[0]?.[0]?.[0] as unknown[])[1] = null;
    expect(errorOf(() => fromHuggingFace(nulls as never, tokens)).message).toMatch(/is null/);

    expect(errorOf(() => fromHuggingFace([], tokens)).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => fromHuggingFace(hfNested(), [])).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => fromHuggingFace(hfNested(), [1, 2, 3, 4] as never)).code).toBe('INVALID_VALUE');
  });
});

describe('fromCircuitsVis', () => {
  it('reads [heads][q][k], [q][k] and flat arrays as one layer', () => {
    const layer = toNested(self)[0] as number[][][];
    const heads = fromCircuitsVis({ tokens, attention: layer });
    expect(heads.shape).toEqual([1, 2, 4, 4]);
    expect(Array.from(heads.weights)).toEqual(Array.from(self.weights.subarray(0, 32)));
    expect(fromCircuitsVis({ tokens, attention: layer[1] as number[][] }).shape).toEqual([1, 1, 4, 4]);
    expect(fromCircuitsVis({ tokens, attention: self.weights.slice(0, 32) }).shape).toEqual([1, 2, 4, 4]);
    const causal = fromCircuitsVis({ tokens, attention: layer, maskUpperTri: true });
    expect(causal.metadata?.causal).toBe(true);
    expect(causal.mask?.[1]).toBe(0);
  });

  it('throws typed errors', () => {
    expect(errorOf(() => fromCircuitsVis({ tokens, attention: self.weights.slice(0, 30) })).code).toBe(
      'LENGTH_MISMATCH',
    );
    expect(errorOf(() => fromCircuitsVis({ tokens, attention: [] })).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => fromCircuitsVis({ tokens, attention: hfNested() })).message).toBe(
      'attention has 5 dimensions; expected 3 ([heads][q][k]) or 2 ([q][k]) for one layer.',
    );
    expect(
      errorOf(() => fromCircuitsVis({ tokens: tokens.slice(1), attention: toNested(self)[0] as number[][][] })).message,
    ).toBe('attention[0] has 4 rows; expected 3 (one per query token).');
    const bad = self.weights.slice(0, 32);
    bad[5] = Infinity;
    expect(errorOf(() => fromCircuitsVis({ tokens, attention: bad })).message).toBe(
      'attention[0][1][1] is Infinity; attention weights must be finite numbers ≥ 0.',
    );
  });
});

describe('fromBertViz', () => {
  it('reads head_view/model_view arguments with a sentence pair and layer/head selection', () => {
    const data = fromBertViz({ attention: hfNested(), tokens, sentence_b_start: 2 });
    expect(data.shape).toEqual([3, 2, 4, 4]);
    expect(data.metadata?.sentenceBStart).toBe(2);
    const some = fromBertViz({ attention: hfNested(), tokens, include_layers: [2], include_heads: [1] });
    expect(some.shape).toEqual([1, 1, 4, 4]);
    expect(Array.from(some.weights)).toEqual(Array.from(self.weights.subarray(5 * 16, 6 * 16)));
    expect(errorOf(() => fromBertViz({ attention: hfNested(), tokens, include_layers: [3] })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(errorOf(() => fromBertViz({ attention: hfNested(), tokens, sentence_b_start: 4 })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(
      errorOf(() =>
        fromBertViz({
          attention: hfNested()
            .slice(0, 1)
            .map((l) => l[0]) as never,
          tokens,
        }),
      ).code,
    ).toBe('INVALID_SHAPE');
  });

  it('reads encoder, decoder and cross attention', () => {
    const encoderTokens = ['▁Das', '▁Haus', '</s>'];
    const decoderTokens = ['<pad>', '▁The', '▁house', '▁is'];
    const encoder = randomAttention(2, 2, 3, 1);
    const decoder = randomAttention(2, 2, 4, 2, true);
    const cross = new Float32Array(2 * 2 * 4 * 3).fill(1 / 3);
    const crossNested = Array.from({ length: 2 }, () => [
      Array.from({ length: 2 }, () => Array.from({ length: 4 }, () => [1 / 3, 1 / 3, 1 / 3])),
    ]);
    const result = fromBertViz({
      encoder_attention: toNested(encoder).map((l) => [l]),
      decoder_attention: toNested(decoder).map((l) => [l]),
      cross_attention: crossNested,
      encoder_tokens: encoderTokens,
      decoder_tokens: decoderTokens,
    });
    expect(result.encoder?.shape).toEqual([2, 2, 3, 3]);
    expect(result.encoder?.metadata).toBeUndefined();
    expect(result.decoder?.metadata?.causal).toBe(true);
    expect(result.decoder?.mask?.[1]).toBe(0);
    expect(result.cross?.shape).toEqual([2, 2, 4, 3]);
    expect(result.cross?.queryTokens).toEqual(decoderTokens);
    expect(result.cross?.keyTokens).toEqual(encoderTokens);
    expect(result.cross?.weights).toEqual(cross);
    expect(result.cross?.mask).toBeUndefined();

    const only = fromBertViz({
      cross_attention: crossNested,
      encoder_tokens: encoderTokens,
      decoder_tokens: decoderTokens,
    });
    expect(Object.keys(only)).toEqual(['cross']);
    expect(errorOf(() => fromBertViz({ cross_attention: crossNested, encoder_tokens: encoderTokens })).code).toBe(
      'EMPTY_INPUT',
    );
    expect(
      errorOf(() =>
        fromBertViz({ cross_attention: crossNested, encoder_tokens: decoderTokens, decoder_tokens: decoderTokens }),
      ).message,
    ).toBe('cross_attention[0][0][0][0] has 3 values; expected 4 (one per key token).');
    expect(errorOf(() => fromBertViz({})).code).toBe('EMPTY_INPUT');
  });
});
