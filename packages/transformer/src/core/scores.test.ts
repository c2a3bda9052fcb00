// @vitest-environment node
// Head scores on hand-made attention patterns and hand-made OV circuits, and the rules that name
// heads from them.
import { readFileSync } from 'node:fs';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { randomWeights } from '../../test/reference.js';
import { readConfig } from './config.js';
import { attentionScores, copyingScores, headRole, ROLE_THRESHOLDS, type HeadScores } from './scores.js';
import { initWeights, type WeightTensor } from './weights.js';

const T = 12;
const PERIOD = 4;
/** Two sequences: a 4-token pattern repeated 3 times, and another. */
const PATTERNS = [
  [5, 2, 9, 7],
  [1, 8, 3, 0],
];
const IDS = Int32Array.from(PATTERNS.flatMap((p) => Array.from({ length: T }, (_, i) => p[i % PERIOD]!)));

/** `[batch × heads × T × T]` from one row function per head: `rows[h](i)` gives row i's weights. */
function pattern(batch: number, rows: ((i: number, b: number) => number[])[]): Float32Array {
  const heads = rows.length;
  const out = new Float32Array(batch * heads * T * T);
  for (let b = 0; b < batch; b++)
    for (let h = 0; h < heads; h++) for (let i = 0; i < T; i++) out.set(rows[h]!(i, b), ((b * heads + h) * T + i) * T);
  return out;
}
const oneHot = (j: number) => Array.from({ length: T }, (_, k) => (k === j ? 1 : 0));
const uniform = (i: number) => Array.from({ length: T }, (_, k) => (k <= i ? 1 / (i + 1) : 0));

describe('attentionScores', () => {
  it('a perfect previous-token head scores 1; a perfect induction head on a repeated sequence scores 1', () => {
    const previous = (i: number) => oneHot(Math.max(0, i - 1));
    // After the pattern has been seen, attend to the token that followed the last occurrence of the current one.
    const induction = (i: number) => oneHot(i >= PERIOD ? i - PERIOD + 1 : 0);
    const [prev, ind] = attentionScores(pattern(2, [previous, induction]), IDS, 2, 2, T);
    expect(prev!.previousToken).toBeCloseTo(1, 6);
    expect(prev!.induction).toBeLessThan(0.01); // never attends to i − period + 1 (period 4 > 2)
    expect(prev!.firstToken).toBeCloseTo(1 / (T - 1), 6); // only row 1 looks at position 0
    expect(ind!.induction).toBeCloseTo(1, 6);
    expect(ind!.previousToken).toBeCloseTo(1 / (T - 1), 6); // row 1 parks on 0, its previous token
    // Rows 1 … period − 1 park on position 0.
    expect(ind!.firstToken).toBeCloseTo((PERIOD - 1) / (T - 1), 6);
  });

  it('a first-token sink scores 1 on firstToken', () => {
    const [sink] = attentionScores(pattern(2, [() => oneHot(0)]), IDS, 2, 1, T);
    expect(sink!.firstToken).toBeCloseTo(1, 6);
    expect(sink!.previousToken).toBeCloseTo(1 / (T - 1), 6);
  });

  it('uniform causal attention scores the averages of 1/(i + 1) (and, for induction, matches/(i + 1))', () => {
    const [u] = attentionScores(pattern(2, [uniform]), IDS, 2, 1, T);
    let mean = 0;
    for (let i = 1; i < T; i++) mean += 1 / (i + 1) / (T - 1);
    expect(u!.previousToken).toBeCloseTo(mean, 6);
    expect(u!.firstToken).toBeCloseTo(mean, 6);
    // Row i ≥ period has ⌊i/period⌋ earlier positions that follow a copy of token i.
    let induction = 0;
    for (let i = PERIOD; i < T; i++) induction += Math.floor(i / PERIOD) / (i + 1) / (T - PERIOD);
    expect(u!.induction).toBeCloseTo(induction, 6);
  });

  it('reads heads and batch rows from the right places, and scores 0 induction where no token repeats', () => {
    // Head 0 is previous-token in row 0 only; head 1 is a sink in row 1 only.
    const rows = [
      (i: number, b: number) => (b === 0 ? oneHot(Math.max(0, i - 1)) : uniform(i)),
      (i: number, b: number) => (b === 1 ? oneHot(0) : uniform(i)),
    ];
    const [h0, h1] = attentionScores(pattern(2, rows), IDS, 2, 2, T);
    let mean = 0;
    for (let i = 1; i < T; i++) mean += 1 / (i + 1) / (T - 1);
    expect(h0!.previousToken).toBeCloseTo((1 + mean) / 2, 6);
    expect(h1!.firstToken).toBeCloseTo((1 + mean) / 2, 6);
    const distinct = Int32Array.from({ length: T }, (_, i) => i);
    expect(attentionScores(pattern(1, [uniform]), distinct, 1, 1, T)[0]!.induction).toBe(0);
  });
});

describe('attentionScores: edges and bad input', () => {
  it('one position has nothing to score: zeros, not NaN', () => {
    expect(attentionScores(new Float32Array([1]), new Int32Array([3]), 1, 1, 1)).toEqual([
      { previousToken: 0, firstToken: 0, induction: 0 },
    ]);
  });

  it('sizes that disagree with the arrays, NaN attention and non-arrays are typed errors', () => {
    const attention = pattern(1, [uniform]);
    const ids = IDS.subarray(0, T);
    expect(() => attentionScores(attention, ids, 2, 1, T)).toThrow(
      expect.objectContaining({ code: 'LENGTH_MISMATCH' }),
    );
    expect(() => attentionScores(attention, ids.subarray(1), 1, 1, T)).toThrow(
      expect.objectContaining({ code: 'LENGTH_MISMATCH' }),
    );
    const nan = attention.slice();
    nan[3] = Number.NaN;
    expect(() => attentionScores(nan, ids, 1, 1, T)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => attentionScores(attention, ids, 1, 0, T)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => attentionScores(null as never, ids, 1, 1, T)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    // Plain arrays are read too.
    expect(attentionScores(Array.from(attention) as never, Array.from(ids) as never, 1, 1, T)).toEqual(
      attentionScores(attention, ids, 1, 1, T),
    );
  });
});

/** A `[rows × cols]` weight from a function of (row, col). */
const tensor = (rows: number, cols: number, f: (i: number, j: number) => number): WeightTensor => ({
  shape: [rows, cols],
  data: Float32Array.from({ length: rows * cols }, (_, k) => f(Math.floor(k / cols), k % cols)),
});

describe('copyingScores', () => {
  // vocab = dModel = 4, 2 heads of width 2, so the token → logit path can be the identity.
  const config = readConfig({ vocabSize: 4, contextLength: 4, dModel: 4, heads: 2, layers: 2 });
  const d = 4;
  const dh = 2;
  /** A non-symmetric rotation, so reading W_E or W_U transposed would break the identity. */
  const angle = 0.7;
  const rotation = (i: number, j: number) => {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const block = [
      [c, -s],
      [s, c],
    ];
    return Math.floor(i / 2) === Math.floor(j / 2) ? block[i % 2]![j % 2]! : 0;
  };
  /** W_V with head h's 2×2 block `blocks[h]` (rows: all of d, cols: the head's), W_O selecting the head back. */
  function ov(blocks: number[][][]) {
    // W_V [d, d]: x → v; head h's columns h·dh … read x's dims h·dh … through blocks[h].
    const value = tensor(d, d, (i, j) => {
      const h = Math.floor(j / dh);
      return Math.floor(i / dh) === h ? blocks[h]![i % dh]![j % dh]! : 0;
    });
    const output = tensor(d, d, (i, j) => (i === j ? 1 : 0));
    return { value, output };
  }
  function weights(layers: number[][][][]): Record<string, WeightTensor> {
    const w = initWeights(config, 1);
    w.tokenEmbedding = tensor(4, 4, rotation);
    w.unembedding = tensor(4, 4, (i, j) => rotation(j, i)); // Rᵀ: W_E · W_U = I
    layers.forEach((blocks, l) => {
      const { value, output } = ov(blocks);
      w[`layer${l}.attention.value`] = value;
      w[`layer${l}.attention.output`] = output;
    });
    return w;
  }

  it('an OV circuit that is a positive multiple of the identity scores 1, a negative one −1, a rotation 0', () => {
    const scores = copyingScores(
      config,
      weights([
        [
          [
            [2, 0],
            [0, 2],
          ],
          [
            [-0.5, 0],
            [0, -0.5],
          ],
        ],
        [
          [
            [0, -1],
            [1, 0],
          ],
          [
            [3, 0],
            [0, -1],
          ],
        ],
      ]),
    );
    expect(scores).toHaveLength(2);
    expect(scores[0]![0]).toBeCloseTo(1, 6);
    expect(scores[0]![1]).toBeCloseTo(-1, 6);
    expect(scores[1]![0]).toBeCloseTo(0, 6); // eigenvalues ±i
    expect(scores[1]![1]).toBeCloseTo((3 - 1) / (3 + 1), 6); // Σλ / Σ|λ|
  });

  it('a head that writes nothing scores 0', () => {
    const zero = [
      [0, 0],
      [0, 0],
    ];
    const scores = copyingScores(config, weights([[zero, zero]]));
    expect(scores[0]).toEqual([0, 0]);
  });

  it('equals Σλ/Σ|λ| of the full vocab × vocab circuit W_E·W_V·W_O·W_U on random weights (V > d)', () => {
    const big = readConfig({ vocabSize: 9, contextLength: 4, dModel: 6, heads: 3, layers: 1 });
    const w = randomWeights(big, 3);
    const scores = copyingScores(big, w);
    const m = (t: WeightTensor) =>
      new Matrix(
        Array.from({ length: t.shape[0]! }, (_, i) =>
          Array.from(t.data.subarray(i * t.shape[1]!, (i + 1) * t.shape[1]!)),
        ),
      );
    const E = m(w.tokenEmbedding!);
    const U = m(w.unembedding!);
    const WV = m(w['layer0.attention.value']!);
    const WO = m(w['layer0.attention.output']!);
    for (let h = 0; h < 3; h++) {
      const cols = [2 * h, 2 * h + 1];
      const circuit = E.mmul(WV.subMatrixColumn(cols)).mmul(WO.subMatrixRow(cols)).mmul(U); // [9 × 9]
      const eig = new EigenvalueDecomposition(circuit);
      let sum = 0;
      let abs = 0;
      eig.realEigenvalues.forEach((re, k) => {
        sum += re;
        abs += Math.hypot(re, eig.imaginaryEigenvalues[k]!);
      });
      expect(scores[0]![h]).toBeCloseTo(sum / abs, 4);
    }
  });
});

describe('headRole', () => {
  const none: HeadScores = { previousToken: 0.1, induction: 0.05, firstToken: 0.2, copying: 0.3 };

  it('the thresholds are the documented ones', () => {
    expect(ROLE_THRESHOLDS).toEqual({ 'previous-token': 0.4, induction: 0.4, 'first-token': 0.6, copying: 0.7 });
  });

  it('no score over its threshold: null', () => {
    expect(headRole(none)).toBeNull();
    expect(headRole({ ...none, induction: 0.39, previousToken: 0.39, firstToken: 0.59, copying: 0.69 })).toBeNull();
  });

  it('one attention score at or over its threshold names the head', () => {
    expect(headRole({ ...none, induction: 0.4 })).toBe('induction');
    expect(headRole({ ...none, previousToken: 0.9 })).toBe('previous-token');
    expect(headRole({ ...none, firstToken: 0.6 })).toBe('first-token');
  });

  it('several over: the widest margin relative to the threshold wins', () => {
    // 0.45/0.4 = 1.125 beats 0.42/0.4 = 1.05.
    expect(headRole({ ...none, previousToken: 0.45, induction: 0.42 })).toBe('previous-token');
    // Relative, not absolute: 0.65/0.6 = 1.08 loses to 0.5/0.4 = 1.25 although 0.65 > 0.5; 0.9/0.6 = 1.5 wins.
    expect(headRole({ ...none, firstToken: 0.65, induction: 0.5 })).toBe('induction');
    expect(headRole({ ...none, firstToken: 0.9, induction: 0.5 })).toBe('first-token');
  });

  it('copying names a head only when no attention job does', () => {
    expect(headRole({ ...none, copying: 0.7 })).toBe('copying');
    expect(headRole({ ...none, copying: 0.99, induction: 0.5 })).toBe('induction');
    expect(headRole({ ...none, copying: 0.69 })).toBeNull();
  });

  it('refuses scores that are not numbers (NaN clears no threshold; copying may be left out)', () => {
    expect(() => headRole(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => headRole({ ...none, induction: '0.9' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(headRole({ ...none, induction: Number.NaN })).toBeNull();
    expect(headRole({ previousToken: 0.1, induction: 0.9, firstToken: 0 } as HeadScores)).toBe('induction');
  });

  it('gives the roles the induction training log lists for its heads', () => {
    const log = JSON.parse(readFileSync(new URL('../../checkpoints/induction.log.json', import.meta.url), 'utf8')) as {
      summary: { heads: HeadScores[][]; roles: (string | null)[][] };
    };
    expect(log.summary.heads.map((layer) => layer.map(headRole))).toEqual(log.summary.roles);
  });
});
