import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  validateViewState,
  type EmbeddingViewState,
  type ProjectionState,
} from './viewState.js';

const noNegativeZero = (x: number) => (Object.is(x, -0) ? 0 : x);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const label = fc.string({ minLength: 1, maxLength: 8 });
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

const projection: fc.Arbitrary<ProjectionState> = fc.oneof(
  fc
    .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 3, maxLength: 3 })
    .map((c) => ({ kind: 'pca' as const, components: c as [number, number, number] })),
  fc.record(
    {
      kind: fc.constant('umap' as const),
      seed,
      neighbors: fc.integer({ min: 2, max: 200 }),
      minDist: fc.double({ min: 0, max: 1, noNaN: true }).map(noNegativeZero),
    },
    { noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant('tsne' as const), seed, perplexity: fc.double({ min: 2, max: 100, noNaN: true }) },
    { noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant('axes' as const), x: fc.tuple(label, label), y: fc.tuple(label, label) },
    { requiredKeys: ['kind', 'x'], noNullPrototype: true },
  ),
  fc.constant({ kind: 'precomputed' as const }),
);

const viewState: fc.Arbitrary<EmbeddingViewState> = fc.record(
  {
    projection,
    mode: fc.constantFrom('2d' as const, '3d' as const),
    camera: fc.record(
      {
        position: fc.tuple(finite, finite, finite),
        target: fc.tuple(finite, finite, finite),
        zoom: fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }),
      },
      { noNullPrototype: true },
    ),
    selection: fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 20 }),
    colorBy: fc.string({ minLength: 1 }),
    metric: fc.constantFrom('cosine' as const, 'euclidean' as const, 'dot' as const),
    k: fc.integer({ min: 1, max: 100 }),
    search: fc.string(),
  },
  { requiredKeys: ['projection', 'mode', 'selection', 'metric', 'k'], noNullPrototype: true },
);

const encode = (value: unknown) => JSON.stringify(value);

describe('serializeViewState / parseViewState', () => {
  it('round-trips any valid state exactly, as URL-safe text', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const text = serializeViewState(state);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(parseViewState(text)).toStrictEqual(state);
      }),
    );
  });

  it('writes the default state as a few characters and reads it back', () => {
    const text = serializeViewState({ ...DEFAULT_VIEW_STATE });
    expect(text.length).toBeLessThan(12);
    expect(parseViewState(text)).toStrictEqual(DEFAULT_VIEW_STATE);
    expect(parseViewState('{}')).toStrictEqual(DEFAULT_VIEW_STATE);
  });

  it('keeps non-ASCII text intact', () => {
    const state: EmbeddingViewState = { ...DEFAULT_VIEW_STATE, search: 'König − 国王 🙂', colorBy: 'thème' };
    expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
  });

  it('accepts plain JSON', () => {
    expect(parseViewState(' {"k": 5, "mode": "2d"} ')).toStrictEqual({ ...DEFAULT_VIEW_STATE, k: 5, mode: '2d' });
  });
});

describe('parseViewState errors', () => {
  it.each([
    [{ k: 0 }, /"k" must be a whole number from 1 to 100, got 0/],
    [{ k: 101 }, /"k" must be a whole number from 1 to 100/],
    [{ k: 2.5 }, /"k"/],
    [{ mode: '4d' }, /"mode" must be one of "2d", "3d", got "4d"/],
    [{ metric: 'manhattan' }, /"metric" must be one of "cosine", "euclidean", "dot"/],
    [{ selection: [1, -2] }, /"selection\[1\]" must be a whole number/],
    [{ selection: [3, 3] }, /"selection\[1\]" must be a point not already selected/],
    [{ selection: 'all' }, /"selection" must be an array/],
    [{ projection: { kind: 'mds' } }, /"projection.kind" must be one of "pca", "umap"/],
    [{ projection: { kind: 'pca', components: [0, 1] } }, /"projection.components" must be an array of 3 items/],
    [{ projection: { kind: 'pca', components: [0, 1, 1] } }, /three different principal components/],
    [
      { projection: { kind: 'umap', seed: 1, neighbors: 1, minDist: 0.1 } },
      /"projection.neighbors" must be a whole number from 2 to 200/,
    ],
    [{ projection: { kind: 'umap', seed: -1, neighbors: 15, minDist: 0.1 } }, /"projection.seed"/],
    [
      { projection: { kind: 'umap', seed: 1, neighbors: 15, minDist: 2 } },
      /"projection.minDist" must be a number from 0 to 1/,
    ],
    [
      { projection: { kind: 'tsne', seed: 1, perplexity: 500 } },
      /"projection.perplexity" must be a number from 2 to 100/,
    ],
    [{ projection: { kind: 'axes', x: ['man', ''] } }, /"projection.x\[1\]" must be a non-empty string/],
    [{ projection: { kind: 'axes', x: ['a', 'b'], y: ['c'] } }, /"projection.y" must be an array of 2 items/],
    [{ projection: { kind: 'precomputed', seed: 3 } }, /unknown field "projection.seed"/],
    [{ camera: { position: [0, 0, 0], target: [0, 0, 0], zoom: 0 } }, /"camera.zoom" must be a number > 0/],
    [
      { camera: { position: [0, null, 0], target: [0, 0, 0], zoom: 1 } },
      /"camera.position\[1\]" must be a finite number, got null/,
    ],
    [{ colorBy: 3 }, /"colorBy" must be a non-empty string/],
    [{ search: false }, /"search" must be a string/],
    [{ zoom: 3 }, /unknown field "zoom"/],
    [{ v: 2 }, /format version 1/],
    [[1, 2], /"\(root\)" must be an object/],
  ])('rejects %j', (value, message) => {
    expect(() => parseViewState(encode(value))).toThrow(message);
    try {
      parseViewState(encode(value));
    } catch (error) {
      expect((error as { code?: string }).code).toBe('INVALID_VALUE');
    }
  });

  it('says when the text is not base64url, not UTF-8 or not JSON', () => {
    expect(() => parseViewState('abc$')).toThrow(/neither JSON nor base64url/);
    expect(() => parseViewState('_w')).toThrow(/does not decode to UTF-8/);
    expect(() => parseViewState(serializeViewState({ ...DEFAULT_VIEW_STATE, k: 7 }).slice(0, -3))).toThrow(
      /not valid JSON/,
    );
  });

  it('refuses to serialise an invalid state', () => {
    expect(() => serializeViewState({ ...DEFAULT_VIEW_STATE, k: 1000 })).toThrow(/"k"/);
  });

  it('returns copies, never the frozen defaults', () => {
    const state = validateViewState({});
    state.selection.push(1);
    expect(DEFAULT_VIEW_STATE.selection).toEqual([]);
  });
});
