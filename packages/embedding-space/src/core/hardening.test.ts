// Regressions found by the hostile-input probe (issue "Hardening"), one test per bug.
import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { decodeEmbeddingBundle, encodeEmbeddingBundle, BUNDLE_MAGIC } from './bundle.js';
import { createEmbeddingParser, detectEmbeddingFormat, parseEmbeddingFile } from './loaders/detect.js';
import { applyMetadataTsv, metadataToColumns, MetadataTsvParser, parseMetadataTsv } from './loaders/metadataTsv.js';
import { loadEmbeddingFile } from './loaders/parseInWorker.js';
import { parseProjectorBytes } from './loaders/projectorBytes.js';
import { parseProjectorConfig } from './loaders/projectorConfig.js';
import { createProjectorTsvParser, parseProjectorTsv } from './loaders/projectorTsv.js';
import { createWordVectorsParser, parseWordVectorsText } from './loaders/wordVectorsText.js';
import { analogyVector, parseAnalogy } from './analogy.js';
import { createEmbeddingData, createMetadataColumn } from './embeddingData.js';
import { checkInitialView, checkSelection, createExplorerController, primaryOf } from './explorerController.js';
import { coordinatesToCsv, neighborsToCsv, neighborsToJson, selectionToJson } from './exportData.js';
import { findLabel, labelIndex, resolveLabel, suggestLabels } from './labelIndex.js';
import { estimateLabelWidth, placeLabels } from './labelLayout.js';
import { pointsInPolygon, pointsInRect } from './lasso.js';
import { categoryColor, numericColor, numericColorTable } from './palette.js';
import { parseMode } from './params.js';
import { createPointCloud } from './pointCloud.js';
import { computePointColors } from './pointColors.js';
import { computePointStates } from './pointState.js';
import { EmbeddingError } from './errors.js';
import { exactKnn } from './projection/knn.js';
import { projectPca } from './projection/pca.js';
import { runProjection } from './projection/runInWorker.js';
import { createTsne } from './projection/tsne.js';
import { createUmap } from './projection/umap.js';
import { nearestInDirection, nearestToPoint } from './screenNavigation.js';
import { createTransition } from './projection/transition.js';
import { createLabelSearch } from './labelSearch.js';
import { parseEmbeddingJson } from './loaders/json.js';
import { catastrophicPattern } from './regexSafety.js';
import { semanticAxisProjection } from './semanticAxes.js';
import { thrown } from './thrown.testing.js';
import { parseViewState, validatePartialViewState, validateViewState } from './viewState.js';
import { initialViewState, readEmbeddingSpaceParams } from '../element/readParams.js';
import { vectorNorm } from './vectorNorm.js';

const data = createEmbeddingData({
  vectors: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  labels: ['a', 'b', 'c'],
  columns: [{ name: 'topic', values: ['x', 'y', 'x'] }],
});

/** Re-encodes a valid bundle with its header (and body) patched. */
function patched(patch: (header: Record<string, unknown>) => void, body?: (b: Uint8Array) => void): Uint8Array {
  const bytes = encodeEmbeddingBundle(data, { quantize: 'float32' });
  const length = new DataView(bytes.buffer).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Record<string, unknown>;
  const rest = bytes.slice((12 + length + 3) & ~3);
  body?.(rest);
  patch(header);
  const text = new TextEncoder().encode(JSON.stringify(header));
  const start = (12 + text.length + 3) & ~3;
  const out = new Uint8Array(start + rest.length);
  out.set(new TextEncoder().encode(BUNDLE_MAGIC));
  new DataView(out.buffer).setUint32(8, text.length, true);
  out.set(text, 12);
  out.set(rest, start);
  return out;
}

describe('label search: catastrophic backtracking', () => {
  it('refuses (a+)+$ with INVALID_VALUE instead of running for seconds', () => {
    const labels = Array.from({ length: 20 }, () => `${'a'.repeat(32)}!`);
    const started = performance.now();
    const result = createLabelSearch(labels).search('(a+)+$', { mode: 'regex' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.error?.code).toBe('INVALID_VALUE');
    expect(result.total).toBe(0);
  });

  it('tells dangerous patterns from harmless ones', () => {
    for (const bad of ['(a+)+', '(a*)*b', '(\\w+\\s?)*$', '(a|a)*', '(a|ab)+', '((ab)*)+', '(x+x+)+y']) {
      expect(catastrophicPattern(bad), bad).not.toBeNull();
    }
    for (const good of ['^un.*able$', '(cat|dog)+', '(ab)+', '[a+]+', 'a+b*', '(?:ing)$', '\\(a+\\)+']) {
      expect(catastrophicPattern(good), good).toBeNull();
    }
  });

  it('still finds matches for safe regexes, and refuses a non-string query with a typed error', () => {
    const search = createLabelSearch(['unable', 'able', 'cat']);
    expect(Array.from(search.search('^un.*able$', { mode: 'regex' }).indices)).toEqual([0]);
    expect(() => search.search(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('row normalisation scales before squaring', () => {
  it('gives the right length where the sum of squares overflows', () => {
    expect(vectorNorm(new Float64Array([1e200, 1e200]))).toBeCloseTo(Math.SQRT2 * 1e200, -190);
    expect(vectorNorm(new Float32Array([3e38, 3e38, 3e38]))).toBeGreaterThan(5e38);
    expect(vectorNorm([0, 0])).toBe(0);
  });

  it('semantic axes of float32 rows near the maximum are finite', () => {
    const big = createEmbeddingData({
      vectors: [
        [3e38, 1e38],
        [1e38, 3e38],
        [2e38, 2e38],
      ],
      labels: ['a', 'b', 'c'],
    });
    const projection = semanticAxisProjection(big, ['a', 'b']);
    expect(Array.from(projection.coordinates).every(Number.isFinite)).toBe(true);
  });
});

describe('decoded bundles are checked field by field', () => {
  it('refuses NaN vectors, naming the field', () => {
    const error = thrown(() =>
      decodeEmbeddingBundle(
        patched(
          () => {},
          (b) => new DataView(b.buffer).setFloat32(0, Number.NaN, true),
        ),
      ),
    );
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.details).toMatchObject({ field: 'vectors', row: 1 });
  });

  it('refuses a category code beyond the categories', () => {
    const error = thrown(() =>
      decodeEmbeddingBundle(patched((h) => ((h.columns as { categories: string[] }[])[0]!.categories = ['x']))),
    );
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.details).toMatchObject({ field: 'columns[0].codes', row: 2 });
  });

  it('refuses negative, unaligned or non-integer section offsets', () => {
    for (const offset of [-8, 1.5, 2, '4']) {
      const error = thrown(() =>
        decodeEmbeddingBundle(patched((h) => ((h.sections as { offset: unknown }[])[0]!.offset = offset))),
      );
      expect(error.code).toBe('PARSE_ERROR');
      expect(error.message).toContain('sections[0].offset');
    }
  });

  it('refuses labels that are not strings', () => {
    const error = thrown(() => decodeEmbeddingBundle(patched((h) => (h.labels = [1, 2, 3]))));
    expect(error.message).toContain('labels[0]');
  });
});

describe('metadata column names that are Object.prototype keys', () => {
  it('reads columns named constructor and toString', () => {
    const parsed = parseEmbeddingJson({
      vectors: [
        [1, 2],
        [3, 4],
      ],
      metadata: [{ constructor: 'a', toString: 1 }, { constructor: 'b' }],
    });
    expect(parsed.columns.map((c) => c.name)).toEqual(['constructor', 'toString']);
  });
});

describe('view state from a URL', () => {
  it('refuses deep nesting with a typed error before parsing', () => {
    for (const text of ['['.repeat(100_000), `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`]) {
      const error = thrown(() => parseViewState(text));
      expect(error.code).toBe('INVALID_VALUE');
      expect(error.details).toMatchObject({ field: '(root)' });
    }
  });

  it('refuses a deeply nested object handed to validateViewState', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(thrown(() => validateViewState({ search: 'x', camera: deep })).code).toBe('INVALID_VALUE');
  });

  it('still reads a nested camera', () => {
    const state = parseViewState('{"camera":{"position":[1,2,3],"target":[0,0,0],"zoom":1}}');
    expect(state.camera?.position).toEqual([1, 2, 3]);
  });
});

/** The code of what `run` throws (fails when it does not throw). */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isTensorscopeError(error)).toBe(true);
    return (error as { code: string }).code;
  }
  throw new Error('expected a throw');
}

describe('loaders check their arguments (INVALID_ARGUMENT, never a TypeError)', () => {
  it('refuses text that is not a string', () => {
    expect(codeOf(() => parseProjectorTsv(3 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseWordVectorsText([] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseMetadataTsv({} as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new MetadataTsvParser().push(null as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createProjectorTsvParser().push(1 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWordVectorsParser().push(undefined as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createEmbeddingParser('json', 'e.json').push(5 as unknown as string))).toBe('INVALID_ARGUMENT');
  });

  it('refuses options that are not objects, and option fields of the wrong type', () => {
    expect(codeOf(() => parseMetadataTsv('a\nb', null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseProjectorConfig('{}', null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseProjectorBytes(new ArrayBuffer(16), [2, 2], null as unknown as object))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => createWordVectorsParser({ fileName: 7 as unknown as string }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createProjectorTsvParser(undefined, { labelColumn: {} as unknown as string }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => parseEmbeddingFile('v.tsv', '1\t2\n3\t4\n', { metadata: 3 as unknown as string }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('refuses a file name or content of the wrong type, and an unknown text format', () => {
    expect(codeOf(() => detectEmbeddingFormat(undefined as unknown as string, ''))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => detectEmbeddingFormat('v.tsv', [1, 2] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseEmbeddingFile((() => 1) as unknown as string, ''))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createEmbeddingParser('x.tsv' as unknown as 'json', 'x.tsv'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseProjectorBytes(1e308 as unknown as ArrayBuffer, [2, 2]))).toBe('INVALID_ARGUMENT');
  });

  it('checks a metadata table handed in by hand', () => {
    const table = parseMetadataTsv('label\ttopic\nking\ta\nqueen\tb\n');
    expect(metadataToColumns(table, 2).labels).toEqual(['king', 'queen']);
    expect(codeOf(() => metadataToColumns(null as unknown as typeof table, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => metadataToColumns({ ...table, columns: [[null]] }, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => metadataToColumns(table, Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => metadataToColumns(table, 3))).toBe('LENGTH_MISMATCH');
  });

  it('applies metadata only to real embedding data', () => {
    expect(applyMetadataTsv(data, 'x\ny\nz').labels).toEqual(['x', 'y', 'z']);
    expect(codeOf(() => applyMetadataTsv({ count: 3 } as unknown as typeof data, 'x\ny\nz'))).toBe('INVALID_VALUE');
    expect(codeOf(() => applyMetadataTsv(data, ['x'] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => applyMetadataTsv(data, 'x\ny\nz', null as unknown as object))).toBe('INVALID_ARGUMENT');
  });

  it('loadEmbeddingFile rejects (never throws) for a file or options of the wrong type', async () => {
    await expect(loadEmbeddingFile(961110710 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(loadEmbeddingFile('1\t2\n3\t4\n', null as unknown as object)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(loadEmbeddingFile('1\t2\n3\t4\n', { onProgress: 1 as unknown as () => void })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const loaded = await loadEmbeddingFile('1\t2\n3\t4\n', { name: 'v.tsv', worker: false });
    expect(loaded.count).toBe(2);
  });
});

describe('label lookups check their arguments', () => {
  it('refuses labels, queries and maps of the wrong type', () => {
    expect(codeOf(() => labelIndex(null as unknown as string[]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => findLabel(true as unknown as typeof data, 'a'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => findLabel(data, 3 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => findLabel(data, 'a', null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => suggestLabels([1, 2] as unknown as string[], 'p'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => suggestLabels(['a'], 'a', Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => resolveLabel(['a'], 12 as unknown as Map<string, number>, 'a'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => resolveLabel(['a'], new Map(), undefined as unknown as string))).toBe('INVALID_ARGUMENT');
  });

  it('still finds, suggests and resolves labels', () => {
    expect(findLabel(data, 'B', { caseInsensitive: true })).toBe(1);
    expect(suggestLabels(['king', 'kingdom', 'queen'], 'kingg')).toEqual(['king', 'kingdom']);
    expect(suggestLabels(['a', 'ab'], 'a', Infinity)).toEqual(['ab']);
    expect(codeOf(() => resolveLabel(['king'], labelIndex(['king']), 'kin'))).toBe('INVALID_VALUE');
  });

  it('analogies and semantic axes name their bad arguments', () => {
    expect(codeOf(() => parseAnalogy(true as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => analogyVector(data, { a: 'a', b: 'b' } as unknown as { a: string; b: string; c: string })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => analogyVector(data, { a: 'a', b: 'b', c: 'c' }, { index: [] as unknown as Map<string, number> })),
    ).toBe('INVALID_ARGUMENT');
    expect(analogyVector(data, { a: 'a', b: 'b', c: 'c' }).exclude).toEqual([1, 0, 2]);
    expect(codeOf(() => semanticAxisProjection(data, ['a', 3] as unknown as [string, string]))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => semanticAxisProjection(data, ['a', 'b'], undefined, { sampleSize: 0 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(semanticAxisProjection(data, ['a', 'b'], null as unknown as undefined).axes.y.kind).toBe('spread');
  });
});

describe('data, colours and layout helpers check their arguments', () => {
  it('createEmbeddingData checks a huge dimensions before allocating, and column values', () => {
    const vectors = [
      [1, 2],
      [3, 4],
    ];
    expect(codeOf(() => createEmbeddingData({ vectors, dimensions: 1_585_509_340 }))).toBe('INVALID_SHAPE');
    expect(codeOf(() => createEmbeddingData({ vectors, dimensions: Symbol('d') as unknown as number }))).toBe(
      'INVALID_SHAPE',
    );
    expect(codeOf(() => createEmbeddingData({ vectors, columns: {} as unknown as [] }))).toBe('INVALID_VALUE');
    expect(codeOf(() => createEmbeddingData({ vectors, coordinates: null as unknown as [] }))).toBe('INVALID_VALUE');
    expect(codeOf(() => createMetadataColumn('c', 'ab' as unknown as string[]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createMetadataColumn('c', [Object.create(null)]))).toBe('INVALID_VALUE');
    expect(createMetadataColumn('c', ['1', 2, null])).toMatchObject({ kind: 'number', min: 1, max: 2 });
  });

  it('numericColor never looks a scheme up on Object.prototype, and refuses a non-number', () => {
    expect(codeOf(() => numericColor(0.5, 'constructor' as 'viridis'))).toBe('INVALID_VALUE');
    expect(codeOf(() => numericColorTable(Object.create(null) as 'viridis'))).toBe('INVALID_VALUE');
    expect(codeOf(() => numericColor('x' as unknown as number))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => categoryColor(Symbol('s') as unknown as number))).toBe('INVALID_VALUE');
    expect(numericColor(Number.NaN)).toEqual(numericColor(Number.NaN, 'cividis'));
    expect(numericColor(2).every(Number.isFinite)).toBe(true);
  });

  it('estimateLabelWidth is always finite; placeLabels checks candidates', () => {
    expect(codeOf(() => estimateLabelWidth('TF', Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => estimateLabelWidth('TF', Infinity))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => estimateLabelWidth(5 as unknown as string, 12))).toBe('INVALID_ARGUMENT');
    expect(estimateLabelWidth('ab', 10)).toBeCloseTo(12);
    const label = { index: 0, x: 0, y: 0, priority: 1, width: 10, height: 10 };
    expect(placeLabels([label], { width: 100, height: 100 })).toEqual([0]);
    expect(codeOf(() => placeLabels([label], undefined as unknown as { width: number; height: number }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => placeLabels(0 as unknown as [], { width: 1, height: 1 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => placeLabels([{ ...label, index: Number.NaN }], { width: 100, height: 100 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(placeLabels([{ ...label, x: Number.NaN }], { width: 100, height: 100 })).toEqual([]);
  });

  it('lasso, box and point clouds refuse shapes of the wrong type', () => {
    const points = new Float32Array([0, 0, 1, 1, 2, 2]);
    expect(codeOf(() => pointsInPolygon(points, true as unknown as []))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => pointsInPolygon(points, [[0, 0], [1], [2, 2]] as unknown as [number, number][]))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => pointsInRect(null as unknown as Float32Array, [0, 0], [1, 1]))).toBe('INVALID_ARGUMENT');
    expect(Array.from(pointsInRect(points, [0, 0], [1, 1]))).toEqual([0, 1]);
    expect(codeOf(() => createPointCloud(undefined as unknown as { points: [] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createPointCloud({ points: -1 as unknown as [] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createPointCloud({ points: [[1, 2]], dimensions: -1 as 2 }))).toBe('INVALID_SHAPE');
    expect(codeOf(() => createPointCloud({ points: [[1, 'x' as unknown as number]] }))).toBe('INVALID_VALUE');
    expect(
      createPointCloud({
        points: [
          [0, 0],
          [2, 2],
        ],
      }).count,
    ).toBe(2);
  });

  it('createTransition is typed and finite at every time', () => {
    const from = new Float32Array([0, 0, 0]);
    const to = new Float32Array([1, 2, 3]);
    expect(codeOf(() => createTransition(from, new Float32Array([Number.NaN, 1, 2]), 3, 3, 10, false))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => createTransition(from, to, 'c}' as unknown as 3, 3, 10, false))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createTransition(from, new Float32Array(6), 3, 3, 10, false))).toBe('LENGTH_MISMATCH');
    expect(codeOf(() => createTransition(from, to, 3, 3, Number.NaN, false))).toBe('INVALID_ARGUMENT');
    const transition = createTransition(from, to, 3, 3, 10, false);
    expect(codeOf(() => transition.at(Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(Array.from(transition.at(Infinity))).toEqual([1, 2, 3]);
  });

  it('exactKnn refuses a k outside 1–count before allocating', async () => {
    await expect(exactKnn(data, -2)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(exactKnn(data, 2 ** 31)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(exactKnn(data, 2, { metric: 'dot' as 'cosine' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('colours, states and exports check the shapes they are given', () => {
  const column = { name: 'topic', values: ['x', 'y', 'x'] };
  const withTopic = createEmbeddingData({
    vectors: [
      [1, 0],
      [0, 1],
      [1, 1],
    ],
    labels: ['a', 'b', 'c'],
    columns: [column],
  });

  it('computePointColors: a count that disagrees with the labels, and a colorBy of the wrong shape', () => {
    const base = { baseColor: [0.5, 0.5, 0.5] as [number, number, number] };
    expect(codeOf(() => computePointColors({ ...withTopic, count: 2 ** 31 }, { kind: 'none' }, base))).toBe(
      'LENGTH_MISMATCH',
    );
    expect(codeOf(() => computePointColors(withTopic, 'topic' as unknown as { kind: 'none' }, base))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() => computePointColors(withTopic, { kind: 'none' }, { baseColor: [1] as unknown as [0, 0, 0] })),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => computePointColors(withTopic, { kind: 'column', column: 'toString' }, base))).toBe(
      'INVALID_VALUE',
    );
    expect(computePointColors(withTopic, { kind: 'column', column: 'topic' }, base).legend?.kind).toBe('category');
  });

  it('computePointStates: indices must be numbers, flags one per point', () => {
    const coloring = { visible: new Uint8Array(3).fill(1), legend: null };
    const input = {
      data: withTopic,
      coloring,
      colorBy: undefined,
      selection: [0],
      focus: null,
      searchMatches: null,
      neighbors: [1],
      analogy: null,
      isolated: false,
    };
    expect(Array.from(computePointStates(input))).toEqual([3, 2, 1]);
    expect(codeOf(() => computePointStates({ ...input, selection: ['v'] as unknown as number[] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => computePointStates({ ...input, coloring: { visible: new Uint8Array(1), legend: null } }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => computePointStates({ ...input, searchMatches: 1 as unknown as null }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('exports refuse labels, coordinates, indices and rows of the wrong type', () => {
    expect(codeOf(() => coordinatesToCsv(['a'], null as unknown as Float32Array, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => coordinatesToCsv(false as unknown as string[], new Float32Array(2), 2))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => selectionToJson(['a'], null as unknown as number[]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => neighborsToCsv('q', 'x' as unknown as [], 'cosine'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => neighborsToJson('q', [{ label: 'a', score: 1, rank: Number.NaN }], 'cosine'))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(neighborsToJson('q', [{ label: 'a', score: Number.NaN, rank: 1 }], 'cosine')).toContain('"score": null');
  });
});

describe('explorer state and parameters', () => {
  it('primaryOf names a state without a selection, and never returns NaN', () => {
    expect(codeOf(() => primaryOf([1, 2] as unknown as { view: { selection: [] } } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => primaryOf({ view: { selection: [Number.NaN] } } as never))).toBe('INVALID_ARGUMENT');
    expect(primaryOf({ view: { selection: [2, 0] } } as never)).toBe(0);
    expect(primaryOf({ view: { selection: [] } } as never)).toBeNull();
  });

  it('an initial view must fit the data: known colour column, rows it has', () => {
    const withTopic = createEmbeddingData({
      vectors: [
        [1, 0],
        [0, 1],
        [1, 1],
      ],
      columns: [{ name: 'topic', values: ['x', 'y', 'x'] }],
    });
    expect(checkInitialView(withTopic, { colorBy: 'topic', mode: '2d' })).toEqual({ colorBy: 'topic', mode: '2d' });
    expect(codeOf(() => checkInitialView(withTopic, { colorBy: 'toString' }))).toBe('INVALID_VALUE');
    expect(codeOf(() => checkInitialView(withTopic, { selection: [8] }))).toBe('INVALID_VALUE');
    expect(codeOf(() => checkInitialView(withTopic, { k: ['NaN'] }))).toBe('INVALID_VALUE');
    expect(codeOf(() => checkSelection(withTopic, [1.5]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createExplorerController({ data: withTopic, initialState: { colorBy: 'nope' } }))).toBe(
      'INVALID_VALUE',
    );
    const controller = createExplorerController({ data: withTopic, initialState: { colorBy: 'topic' } });
    expect(controller.store.getState().view.colorBy).toBe('topic');
    expect(codeOf(() => controller.setControlledSelection([3]))).toBe('INVALID_VALUE');
  });

  it('validatePartialViewState checks only the fields there are', () => {
    expect(validatePartialViewState({ mode: '3d', colorBy: undefined })).toEqual({ mode: '3d' });
    expect(codeOf(() => validatePartialViewState({ extra: 1 }))).toBe('INVALID_VALUE');
  });

  it('parseMode, readEmbeddingSpaceParams and initialViewState answer bad input with typed errors', () => {
    expect(codeOf(() => parseMode([] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(parseMode(' 2D ')).toBe('2d');
    expect(codeOf(() => readEmbeddingSpaceParams(-1 as unknown as () => null))).toBe('INVALID_ARGUMENT');
    const read = readEmbeddingSpaceParams((name) => (name === 'mode' ? (4 as unknown as string) : null));
    expect(read.problems.map((p) => p.param)).toEqual(['mode']);
    expect(codeOf(() => initialViewState(undefined as unknown as { state: undefined; mode: undefined }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() =>
        initialViewState({ state: { k: ['NaN'] } as unknown as undefined, mode: 31 as unknown as undefined }),
      ),
    ).toBe('INVALID_VALUE');
    expect(initialViewState({ state: undefined, mode: '2d' }, { colorBy: 'topic' })).toEqual({
      colorBy: 'topic',
      mode: '2d',
    });
  });
});

describe('found by other fuzz seeds', () => {
  it('EmbeddingError ignores options that are not an object, as TensorscopeError does', () => {
    const error = new EmbeddingError('PARSE_ERROR', 'x', null as unknown as object);
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.location).toBeUndefined();
    expect(new EmbeddingError('PARSE_ERROR', 'x', { location: { file: 'f' } }).details).toEqual({ file: 'f' });
  });

  it('screen navigation checks points, indices and directions', () => {
    const points = new Float32Array([0, 0, 10, 0]);
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    expect(codeOf(() => nearestInDirection(undefined as unknown as Float32Array, 1, 'up'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => nearestInDirection(points, Symbol('s') as unknown as number, 'up'))).toBe('INVALID_VALUE');
    expect(codeOf(() => nearestInDirection(points, 0, 'constructor' as 'up'))).toBe('INVALID_VALUE');
    expect(codeOf(() => nearestToPoint(undefined as unknown as Float32Array, 1, 1))).toBe('INVALID_ARGUMENT');
    expect(nearestToPoint(points, 9, 1)).toBe(1);
  });

  it('JSON, bundles and projections refuse options that are not objects', async () => {
    expect(codeOf(() => parseEmbeddingJson('[[1,2],[3,4]]', null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => encodeEmbeddingBundle(data, null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => encodeEmbeddingBundle(data, { quantize: Object.create(null) }))).toBe('INVALID_VALUE');
    await expect(projectPca(data, null as unknown as object)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(runProjection({} as 'umap', data)).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    await expect(runProjection('tsne', data, {}, null as unknown as object)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('createUmap and createTsne check counts and values before any work', () => {
    expect(codeOf(() => createUmap(new Float32Array(0), 2 ** 31, 0))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createUmap(new Float32Array(4), 2 ** 31, {} as unknown as number))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createUmap(new Float32Array([1, Number.NaN]), 1, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createTsne(null as unknown as Float32Array, 6, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createTsne(new Float32Array(10), 5, 2, null as unknown as object))).toBe('INVALID_ARGUMENT');
    const values = new Float32Array([6, -110, Infinity, 1, -3, 3, 2, 0, -2, 10]);
    expect(codeOf(() => createTsne(values, 5, 2))).toBe('INVALID_ARGUMENT');
  });
});
