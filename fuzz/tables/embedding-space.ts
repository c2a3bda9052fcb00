import {
  BUNDLE_MAGIC,
  DEFAULT_VIEW_STATE,
  computeDensityMap,
  createEmbeddingData,
  encodeEmbeddingBundle,
  type EmbeddingData,
} from '@tensorscope/embedding-space/core';
import fc from 'fast-check';
import { hostileValue, type FuzzEntry, type PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/embedding-space is fuzzed (see ../harness.ts). */

const LABELS = ['king', 'queen', 'man', 'woman', 'apple', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'];
const valid = (): EmbeddingData =>
  createEmbeddingData({
    vectors: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ],
    labels: LABELS,
    columns: [
      { name: 'topic', values: ['a', 'b', 'a', 'b', 'c', 'c'] },
      { name: 'freq', values: [1, 2, 3, 4, 5, 6] },
    ],
    coordinates: [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 1],
    ],
  });
const DATA = valid();

const HUGE = 2 ** 31;
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 10 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e20, 3e38, -1, HUGE),
);
const index = fc.oneof(fc.integer({ min: -3, max: 8 }), fc.constantFrom(HUGE, -HUGE, 1.5, Number.NaN), hostileValue);
const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('constructor', 'toString', '__proto__', '(a+)+$', '(x+x+)+y', '=SUM(A1)', '\u0000', '\uD800'),
);
const row = (min = 1, max = 4) => fc.array(number, { minLength: min, maxLength: max });
const floats = fc.oneof(
  fc.array(number, { maxLength: 16 }).map((a) => new Float32Array(a)),
  fc.constantFrom(new Float32Array(0), new Float32Array([1e20, 1e20, 1e20, 1e20]), new Float32Array([NaN, 1, 2, 3])),
  hostileValue,
);
const labels = fc.oneof(fc.array(hostileString, { maxLength: 8 }), fc.constant(LABELS), hostileValue);

/** Vectors, labels, columns and coordinates in every realistic broken way. */
const dataInput = fc.record(
  {
    vectors: fc.oneof(fc.array(row(2, 4), { maxLength: 6 }), floats, hostileValue),
    dimensions: fc.oneof(fc.integer({ min: -1, max: 5 }), hostileValue),
    labels,
    columns: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record({ name: hostileString, values: fc.array(fc.oneof(hostileString, number), { maxLength: 6 }) }),
          fc.record({
            kind: fc.constant('category'),
            name: hostileString,
            categories: fc.array(hostileString, { maxLength: 3 }),
            codes: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 6 }).map((a) => Uint32Array.from(a)),
          }),
          hostileValue,
        ),
        { maxLength: 3 },
      ),
      hostileValue,
    ),
    coordinates: fc.oneof(fc.array(row(2, 3), { maxLength: 6 }), floats, hostileValue),
  },
  { requiredKeys: [] },
);

/** Objects that claim to be EmbeddingData: lying counts, short vectors, NaN, wrong types. */
const fakeData = fc.oneof(
  fc.constant(DATA),
  fc.record({
    vectors: floats,
    count: fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom(HUGE, 1e9, Number.NaN)),
    dimensions: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom(HUGE, Number.NaN)),
    labels,
    columns: fc.oneof(fc.constant([]), fc.constant(DATA.columns), hostileValue),
  }),
  fc.constant({ ...DATA, count: HUGE }),
  fc.constant({ ...DATA, vectors: new Float32Array(18).fill(Number.NaN) }),
  fc.constant({ ...DATA, vectors: new Float32Array(18).fill(1e30) }),
  hostileValue,
);
const dataArg = fc.oneof({ weight: 3, arbitrary: fc.constant(DATA) }, { weight: 2, arbitrary: fakeData });
const options = fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 1, maxKeys: 3 }), hostileValue);
const points2 = fc.oneof(
  fc.array(number, { maxLength: 12 }).map((a) => new Float32Array(a)),
  fc.constant(new Float32Array([0, 0, 1, 1, 2, 2])),
  hostileValue,
);
const pair = fc.oneof(fc.tuple(number, number), hostileValue);

/** A density map of DATA's coordinates, and hand-made grids and clusters broken in every field. */
const DENSITY = computeDensityMap(new Float32Array([0, 0, 1, 0, 0, 1, 1, 1, 2, 2, 3, 1]), { gridSize: 16 });
const densityOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      dimensions: fc.oneof(fc.constantFrom(2, 3), number, hostileValue),
      gridSize: fc.oneof(fc.integer({ min: 14, max: 40 }), number, hostileValue),
      bandwidth: fc.oneof(number, fc.tuple(number, number), hostileValue),
      bandwidthScale: fc.oneof(number, hostileValue),
      axes: fc.oneof(fc.tuple(index, index), hostileValue),
      mask: fc.oneof(fc.constant(new Uint8Array(6)), fc.constant(new Uint8Array([1, 0, 1])), hostileValue),
      weights: fc.oneof(floats, hostileValue),
      levels: fc.oneof(fc.array(number, { maxLength: 4 }), hostileValue),
      persistence: fc.oneof(fc.array(number, { maxLength: 4 }), hostileValue),
      minShare: fc.oneof(fc.array(number, { maxLength: 4 }), hostileValue),
      maxClusters: fc.oneof(fc.array(number, { maxLength: 4 }), hostileValue),
      floor: fc.oneof(number, hostileValue),
      contourLevels: fc.oneof(fc.array(number, { maxLength: 4 }), hostileValue),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);
const gridArg = fc.oneof(
  fc.constant(DENSITY.grid),
  fc.record({ values: floats, size: fc.oneof(fc.constantFrom(2, 4, 16), number, hostileValue) }).map((broken) => ({
    ...DENSITY.grid,
    ...broken,
  })),
  fc.record({ max: number, x0: number, cellWidth: number }).map((broken) => ({ ...DENSITY.grid, ...broken })),
  hostileValue,
);
const clustersArg = fc.oneof(
  fc.constant(DENSITY.clusters),
  fc.constant({ levels: [{ clusters: [], assignment: new Int32Array([0, 5, -2, 0, 0, 0]) }] }),
  fc.constant({ levels: [{ clusters: [{ count: Number.NaN, parent: 3 }], assignment: new Int32Array(6) }] }),
  fc.record({ levels: fc.oneof(fc.array(hostileValue, { maxLength: 3 }), hostileValue) }),
  hostileValue,
);

/** Text files: real formats with a broken line, huge counts, NaN, markup and formula cells. */
const fileText = fc.oneof(
  fc.constantFrom(
    '1\t2\n3\t4\n',
    '1\t2\n3\n',
    '1\tNaN\n3\t4\n',
    '1e999\t2\n3\t4\n',
    '2 2\nking 1 2\nqueen 3 4\n',
    '999999999 3\nking 1 2 3\nqueen 3 4 5\n',
    '3 2\nking 1 2\n',
    'king 1 2\nqueen 3\n',
    '{"vectors": [[1,2],[3,4]], "metadata": {"constructor": ["a","b"]}}',
    '{"vectors": [[1,2],[3,4]], "metadata": [{"toString": 1}, {"toString": 2}]}',
    '{"vectors": [[1,2],[3,"x"]]}',
    '{"king": [1,2], "queen": [3, NaN]}',
    '[[1,2],[3]]',
    'label\ttopic\nking\t=SUM(A1)\nqueen\tb\n',
    'constructor\ttoString\na\tb\nc\td\n',
    `${'['.repeat(20000)}${']'.repeat(20000)}`,
    '',
  ),
  fc.string({ maxLength: 80 }),
  hostileValue,
);
const fileName = fc.oneof(
  fc.constantFrom('vectors.tsv', 'glove.txt', 'e.json', 'x.tsemb', 'tensors.bytes', 'metadata.tsv', 'x'),
  hostileValue,
);

/** A valid bundle's header, patched, and re-encoded (lying counts, NaN vectors, bad codes and offsets). */
function bundleWith(patch: (header: Record<string, unknown>) => void, body?: (bytes: Uint8Array) => void): Uint8Array {
  const bytes = encodeEmbeddingBundle(DATA, { quantize: 'float32' });
  const length = new DataView(bytes.buffer).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Record<string, unknown>;
  const bodyStart = (12 + length + 3) & ~3;
  const oldBody = bytes.slice(bodyStart);
  body?.(oldBody);
  patch(header);
  const text = new TextEncoder().encode(JSON.stringify(header));
  const start = (12 + text.length + 3) & ~3;
  const out = new Uint8Array(start + oldBody.length);
  out.set(new TextEncoder().encode(BUNDLE_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, text.length, true);
  out.set(text, 12);
  out.set(oldBody, start);
  return out;
}
const sections = (h: Record<string, unknown>) => h.sections as { name: string; offset: number; byteLength: number }[];
const bundles = fc.oneof(
  fc.constantFrom(
    bundleWith(() => {}),
    bundleWith(
      () => {},
      (b) => new DataView(b.buffer).setFloat32(0, Number.NaN, true),
    ),
    bundleWith(
      () => {},
      (b) => new DataView(b.buffer).setFloat32(4, Infinity, true),
    ),
    bundleWith((h) => ((h.columns as { categories: string[] }[])[0]!.categories = ['only'])),
    bundleWith((h) => (sections(h)[0]!.offset = -8)),
    bundleWith((h) => (sections(h)[0]!.offset = 1.5)),
    bundleWith((h) => (sections(h)[0]!.offset = HUGE)),
    bundleWith((h) => (sections(h)[0]!.byteLength = -4)),
    bundleWith((h) => (h.count = HUGE)),
    bundleWith((h) => (h.dimensions = 1e9)),
    bundleWith((h) => (h.labels = [1, 2, 3, 4, 5, 6])),
    bundleWith((h) => ((h.columns as { name: unknown }[])[0]!.name = 7)),
    bundleWith((h) => ((h.columns as { min: unknown }[])[1]!.min = 'x')),
    bundleWith((h) => (h.coordinates = { dimensions: 2, name: 5 })),
    bundleWith((h) => (h.meta = 'x')),
    bundleWith((h) => (h.sections = [null])),
    bundleWith((h) => (h.columns = [{ kind: 'category', name: 'c', categories: [1, 2], codeBytes: 1 }])),
  ),
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 255 })).map(([at, value]) =>
    bundleWith(
      () => {},
      (b) => (b[at % b.length] = value),
    ),
  ),
  fc.uint8Array({ maxLength: 40 }),
  hostileValue,
);

const viewStateValue = fc.oneof(
  fc.constant(DEFAULT_VIEW_STATE),
  fc.record(
    {
      projection: fc.oneof(
        fc.record({ kind: fc.constantFrom('pca', 'umap', 'tsne', 'axes', 'precomputed'), components: hostileValue }),
        hostileValue,
      ),
      mode: fc.oneof(fc.constantFrom('2d', '3d'), hostileValue),
      selection: fc.oneof(fc.array(index, { maxLength: 4 }), hostileValue),
      metric: fc.oneof(fc.constantFrom('cosine', 'dot'), hostileValue),
      k: index,
      colorBy: hostileString,
      search: hostileString,
      filters: fc.oneof(fc.constant({ topic: { values: ['a'] }, freq: { range: [2, 5] } }), hostileValue),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);
/** Metadata filters: valid ones for DATA, unknown columns and values, reversed and NaN ranges, hostile shapes. */
const columnFilter = fc.oneof(
  fc.record({ values: fc.oneof(fc.array(hostileString, { maxLength: 3 }), fc.constant(['a', 'c'])) }),
  fc.record({ range: fc.oneof(fc.tuple(number, number), fc.constant([1, 4]), fc.constant([6, 6])) }),
  fc.constant({ range: [1, 4], values: [] }),
  fc.constant({ values: ['a', 'a'] }),
  hostileValue,
);
const columnName = fc.oneof(fc.constantFrom('topic', 'freq', '__proto__', 'constructor', 'toString'), hostileString);
const columnFilters = fc.oneof(
  fc.dictionary(fc.constantFrom('topic', 'freq', 'constructor', 'toString'), columnFilter, { maxKeys: 2 }),
  fc.constant({ topic: { values: ['c'] }, freq: { range: [1, 2] } }),
  hostileValue,
);
const viewStateText = fc.oneof(
  fc.constantFrom(
    '['.repeat(100_000),
    `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
    `{"selection":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    '{"constructor": 1}',
    '{"__proto__": {"k": 5}}',
    'eyJrIjo1fQ',
  ),
  fc.json({ maxDepth: 3 }),
  hostileString,
  hostileValue,
);

const searchQuery = fc.oneof(
  fc.constantFrom('(a+)+$', '(a|a)*$', '(a*)*b', '^(a+)+!$', '(x+x+)+y', '([a-z]+)*\\d', '[', '\\', '(?<=a)b', ''),
  hostileString,
  hostileValue,
);
const manyA = Array.from({ length: 50 }, (_, i) => `${'a'.repeat(28 + (i % 5))}${i % 2 ? '!' : ''}`);

/** trustworthiness / knnPreservation: broken arrays and sizes, sometimes a valid 6-point case. */
const layoutQuality: FuzzEntry = {
  runs: 40,
  args: fc.oneof(
    fc.tuple(
      floats,
      fc.oneof(fc.integer({ min: -1, max: 8 }), fc.constantFrom(HUGE, 1e9), hostileValue),
      fc.oneof(fc.integer({ min: -1, max: 4 }), hostileValue),
      points2,
      fc.oneof(fc.integer({ min: -1, max: 3 }), hostileValue),
      fc.oneof(
        options,
        fc.record(
          { k: number, sample: number, metric: fc.constantFrom('cosine', 'euclidean', 'x'), seed: number },
          { requiredKeys: [] },
        ),
      ),
    ),
    fc.tuple(
      fc.constant(new Float32Array([1, 0, 0, 1, 1, 1, 0, 0, 2, 0, 3e38, 2])),
      fc.constant(6),
      fc.constant(2),
      fc.constant(new Float32Array([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, -3e38, 5])),
      fc.constant(2),
      fc.record({ k: fc.integer({ min: 0, max: 4 }), sample: fc.integer({ min: 0, max: 7 }) }, { requiredKeys: [] }),
    ),
  ),
};

/** A t-SNE or UMAP optimiser: made from hostile vectors, counts and options, stepped once, read. */
const layoutStepper = (maxCount: number): FuzzEntry => ({
  runs: 30,
  args: fc.tuple(
    floats,
    fc.oneof(fc.integer({ min: -1, max: maxCount }), fc.constantFrom(HUGE, 1e9)),
    fc.oneof(fc.integer({ min: -1, max: 4 }), hostileValue),
    options,
  ),
  call: (create: (...a: unknown[]) => { step(): void; coordinates(): unknown }, args) => {
    const layout = create(...args);
    layout.step();
    return layout.coordinates();
  },
});

const fuzz: PackageFuzz = {
  // The shared tensor-core runtime on the cpu backend: happy-dom looks like a browser, and the
  // default order would try wasm, whose Node build turns any later unhandled rejection into an exit.
  setup: async () => (await import('@tensorscope/tensor-core')).getRuntime({ backends: ['cpu'] }),
  tables: {
    '.': {
      EmbeddingSpace: {
        kind: 'component',
        runs: 40,
        props: fc.record(
          {
            data: fc.oneof(dataArg, dataInput),
            locale: fc.constantFrom('en', 'ko', 'xx', undefined, 3),
            theme: fc.constantFrom('light', 'dark', 'auto', 'bogus', null),
            height: fc.oneof(number, hostileValue),
            pointSize: fc.oneof(number, hostileValue),
            initialState: fc.oneof(viewStateValue, hostileValue),
            selection: fc.oneof(fc.array(index, { maxLength: 3 }), hostileValue),
          },
          { requiredKeys: [] },
        ),
      },
      EmbeddingFileDrop: {
        kind: 'component',
        props: fc.record(
          {
            locale: fc.constantFrom('en', 'ko', 'xx', undefined, 3),
            theme: fc.constantFrom('light', 'dark', 'bogus', null),
            accept: hostileValue,
            onLoad: hostileValue,
            onError: hostileValue,
            label: hostileValue,
          },
          { requiredKeys: [] },
        ),
      },
      EmbeddingScatter: {
        kind: 'component',
        props: fc.record(
          {
            points: fc.oneof(fc.array(row(2, 4), { maxLength: 5 }), floats, hostileValue),
            dimensions: fc.oneof(fc.constantFrom(2, 3), hostileValue),
            labels,
            locale: fc.constantFrom('en', 'ko', 'xx', undefined, 3),
            theme: fc.constantFrom('light', 'dark', 'bogus', null),
            height: fc.oneof(number, hostileValue),
            pointSize: fc.oneof(number, hostileValue),
          },
          { requiredKeys: [] },
        ),
      },
    },
    './core': {
      EmbeddingError: {
        kind: 'class',
        args: fc.tuple(fc.oneof(fc.constantFrom('PARSE_ERROR', 'INVALID_VALUE'), hostileValue), hostileValue, options),
      },
      MetadataTsvParser: {
        kind: 'class',
        args: fc.tuple(options, fileText),
        call: (Parser: new (o: unknown) => { push(t: unknown): void; finish(): unknown }, [o, text]) => {
          const parser = new Parser(o);
          parser.push(text);
          return parser.finish();
        },
        allowNaN: true,
      },
      analogyVector: {
        args: fc.tuple(
          dataArg,
          fc.oneof(
            fc.record({ a: hostileString, b: hostileString, c: hostileString }),
            fc.constant({ a: 'man', b: 'king', c: 'woman' }),
            hostileValue,
          ),
          options,
        ),
      },
      applyMetadataTsv: { args: fc.tuple(dataArg, fileText, options), allowNaN: true },
      categoryColor: { args: fc.tuple(index) },
      categoryColorHex: { args: fc.tuple(index) },
      checkEmbeddingData: { args: fc.tuple(fakeData), allowNaN: true },
      checkColumnFilter: { args: fc.tuple(dataArg, columnName, columnFilter) },
      checkColumnFilters: { args: fc.tuple(dataArg, columnFilters) },
      createCrossFilter: {
        args: fc.tuple(
          dataArg,
          fc.oneof(fc.constant(undefined), fc.record({ maxBins: fc.oneof(index, hostileValue) }), hostileValue),
          columnFilters,
          columnName,
          columnFilter,
          fc.oneof(fc.array(index, { maxLength: 4 }), floats, hostileValue),
        ),
        call: (
          create: (
            d: unknown,
            o: unknown,
          ) => {
            setFilters(f: unknown): unknown;
            setFilter(c: unknown, f: unknown): unknown;
            setSelection(s: unknown): unknown;
            snapshot(): unknown;
          },
          [d, o, filters, column, filter, selection],
        ) => {
          const cross = create(d, o);
          cross.setFilters(filters);
          cross.setFilter(column, filter);
          cross.setSelection(selection);
          return cross.snapshot();
        },
      },
      histogramEdges: { args: fc.tuple(number, number, fc.oneof(index, hostileValue), hostileValue) },
      computeDensityMap: { args: fc.tuple(fc.oneof(points2, floats), densityOptions) },
      densityClusters: { args: fc.tuple(gridArg, fc.oneof(points2, floats), densityOptions) },
      densityContours: { args: fc.tuple(gridArg, densityOptions) },
      kernelDensity: { args: fc.tuple(fc.oneof(points2, floats), densityOptions) },
      labelClusters: {
        args: fc.tuple(
          dataArg,
          clustersArg,
          fc.oneof(
            fc.constant(undefined),
            fc.record(
              {
                by: fc.oneof(fc.constantFrom('vectors', 'frequency', 'topic', 'freq', 'nope'), hostileValue),
                terms: fc.oneof(number, hostileValue),
                candidates: fc.oneof(number, hostileValue),
                rankColumn: fc.oneof(fc.constantFrom('freq', 'topic'), hostileValue),
              },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
      },
      runDensityMap: {
        kind: 'async',
        runs: 30,
        timeoutMs: 5000,
        args: fc.tuple(
          fc.oneof(points2, floats),
          densityOptions,
          fc.oneof(
            fc.constant(undefined),
            fc.record({ useWorker: fc.oneof(fc.boolean(), hostileValue) }),
            hostileValue,
          ),
        ),
      },
      computeLayout: {
        kind: 'async',
        runs: 20,
        timeoutMs: 5000,
        args: fc.tuple(
          dataArg,
          fc.oneof(
            fc.constant({ kind: 'pca', components: [0, 1, 2] }),
            fc.constant({ kind: 'precomputed' }),
            fc.record({ kind: fc.constantFrom('axes'), x: fc.tuple(hostileString, hostileString) }),
            fc.record({ kind: fc.constant('pca'), components: fc.array(index, { maxLength: 3 }) }),
            hostileValue,
          ),
          fc.oneof(fc.constantFrom('2d', '3d'), hostileValue),
          fc.constant(undefined),
        ),
      },
      computePointColors: {
        args: fc.tuple(
          dataArg,
          fc.oneof(fc.constantFrom('topic', 'freq', 'none', 'constructor', 'toString'), hostileValue),
          fc.oneof(fc.constant({ baseColor: [0.5, 0.5, 0.5] }), options),
        ),
        allowNaN: true,
      },
      computePointStates: {
        args: fc.tuple(
          fc.oneof(
            fc.record({
              data: dataArg,
              coloring: fc.oneof(fc.constant({ visible: new Uint8Array(6).fill(1), legend: null }), hostileValue),
              colorBy: hostileValue,
              selection: fc.oneof(fc.array(index, { maxLength: 3 }), hostileValue),
              focus: index,
              searchMatches: fc.oneof(fc.constant(null), hostileValue),
              neighbors: fc.oneof(fc.array(index, { maxLength: 3 }), hostileValue),
              analogy: fc.oneof(fc.constant(null), fc.array(index, { maxLength: 3 })),
              isolated: hostileValue,
            }),
            hostileValue,
          ),
        ),
      },
      coordinatesToCsv: {
        args: fc.tuple(
          labels,
          points2,
          fc.oneof(fc.constantFrom(2, 3), hostileValue),
          fc.oneof(fc.array(index), hostileValue),
        ),
      },
      coordinatesToJson: {
        args: fc.tuple(
          labels,
          points2,
          fc.oneof(fc.constantFrom(2, 3), hostileValue),
          fc.oneof(fc.array(index), hostileValue),
        ),
      },
      createEmbeddingData: { args: fc.tuple(dataInput), allowNaN: true },
      createMetadataColumn: {
        args: fc.tuple(
          hostileString,
          fc.oneof(fc.array(fc.oneof(hostileString, number), { maxLength: 6 }), hostileValue),
        ),
        allowNaN: true,
      },
      createEmbeddingParser: {
        args: fc.tuple(fileName, options, fileText),
        call: (create: (n: unknown, o: unknown) => { push(t: unknown): void; finish(): unknown }, [name, o, text]) => {
          const parser = create(name, o);
          parser.push(text);
          return parser.finish();
        },
        allowNaN: true,
      },
      createExplorerController: {
        runs: 30,
        args: fc.tuple(
          fc.oneof(fc.record({ data: dataArg, initialState: fc.oneof(viewStateValue, hostileValue) }), hostileValue),
        ),
        call: (create: (o: unknown) => { store: { getState(): unknown } }, [o]) => create(o).store.getState(),
        allowNaN: true,
      },
      createLabelSearch: {
        args: fc.tuple(
          fc.oneof(fc.constant(manyA), labels),
          searchQuery,
          fc.oneof(
            fc.record(
              {
                mode: fc.constantFrom('regex', 'substring', 'bogus'),
                limit: fc.oneof(number, hostileValue),
                caseSensitive: hostileValue,
              },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
        call: (create: (l: unknown) => { search(q: unknown, o: unknown): unknown }, [l, q, o]) =>
          create(l).search(q, o),
        timeoutMs: 1000,
      },
      createNeighborSearch: {
        kind: 'async',
        runs: 15,
        timeoutMs: 5000,
        args: fc.tuple(
          dataArg,
          fc.oneof(fc.constantFrom('cosine', 'euclidean', 'dot'), hostileValue),
          fc.oneof(floats, fc.constant(new Float32Array([1, 0, 0]))),
          index,
        ),
        call: (
          create: (
            d: unknown,
            m: unknown,
            r: unknown,
          ) => { query(v: unknown, k: unknown): Promise<unknown>; dispose(): void },
          [d, m, v, k],
        ) => {
          const search = create(d, m, undefined);
          return search.query(v, k).finally(() => search.dispose());
        },
      },
      createPointCloud: {
        args: fc.tuple(
          fc.oneof(
            fc.record(
              {
                points: fc.oneof(fc.array(row(1, 4), { maxLength: 5 }), floats, hostileValue),
                dimensions: hostileValue,
                labels,
              },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
      },
      createProjectorTsvParser: {
        args: fc.tuple(options, fileText),
        call: (create: (o: unknown) => { push(t: unknown): void; finish(): unknown }, [o, text]) => {
          const parser = create(o);
          parser.push(text);
          return parser.finish();
        },
      },
      createSifEncoder: {
        args: fc.tuple(
          fc.oneof(
            fc.constant({ words: ['king', 'queen'], vectors: new Float32Array([1, 0, 0, 1]), dimensions: 2 }),
            fc.constant({
              words: ['king', 'queen'],
              vectors: new Float32Array([1, 0, 0, 1]),
              dimensions: 2,
              frequencyRanks: [10, 20],
            }),
            fc.record(
              {
                words: labels,
                vectors: floats,
                dimensions: fc.oneof(fc.integer({ min: -1, max: 5 }), hostileValue),
                frequencyRanks: fc.oneof(fc.array(number, { maxLength: 6 }), hostileValue),
                vocabularySize: fc.oneof(number, hostileValue),
              },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
          fc.oneof(fc.constant(undefined), number, hostileValue),
          fc.oneof(fc.constantFrom('king queen', 'royal family', 'foo'), hostileString, hostileValue),
        ),
        call: (create: (w: unknown, a: unknown) => { embed(t: unknown): unknown }, [w, a, t]) => create(w, a).embed(t),
      },
      createTransition: {
        args: fc.tuple(
          floats,
          floats,
          fc.oneof(fc.constantFrom(2, 3), hostileValue),
          fc.oneof(fc.constantFrom(2, 3), hostileValue),
          number,
          hostileValue,
          number,
        ),
        call: (create: (...a: unknown[]) => { at(t: unknown): unknown }, [a, b, c, d, e, f, t]) =>
          create(a, b, c, d, e, f).at(t),
      },
      createTsne: layoutStepper(6),
      createUmap: layoutStepper(20),
      createWordVectorsParser: {
        args: fc.tuple(options, fileText),
        call: (create: (o: unknown) => { push(t: unknown): void; finish(): unknown }, [o, text]) => {
          const parser = create(o);
          parser.push(text);
          return parser.finish();
        },
      },
      decodeEmbeddingBundle: { args: fc.tuple(bundles), allowNaN: true },
      detectEmbeddingFormat: { args: fc.tuple(fileName, fc.oneof(fileText, fc.constant(new ArrayBuffer(8)))) },
      encodeEmbeddingBundle: {
        args: fc.tuple(
          dataArg,
          fc.oneof(
            fc.record({ quantize: fc.constantFrom('int8', 'float32', 'x'), meta: hostileValue }, { requiredKeys: [] }),
            hostileValue,
          ),
        ),
      },
      estimateLabelWidth: { args: fc.tuple(hostileString, number) },
      exactKnn: {
        kind: 'async',
        runs: 15,
        timeoutMs: 5000,
        args: fc.tuple(dataArg, index, fc.oneof(fc.constant(undefined), fc.record({ metric: hostileValue }))),
      },
      findLabel: { args: fc.tuple(fc.oneof(fc.constant(DATA), hostileValue), hostileString, options) },
      fitToUnitCube: {
        args: fc.tuple(
          floats,
          fc.oneof(fc.integer({ min: -1, max: 4 }), hostileValue),
          fc.oneof(fc.constant(undefined), number),
        ),
      },
      isEmbeddingErrorCode: {},
      knnPreservation: layoutQuality,
      labelIndex: { args: fc.tuple(labels) },
      loadEmbeddingFile: {
        kind: 'async',
        runs: 20,
        timeoutMs: 5000,
        args: fc.tuple(
          fc.oneof(
            fileText.map((t) => (typeof t === 'string' ? new Blob([t]) : t)),
            hostileValue,
          ),
          options,
        ),
        allowNaN: true,
      },
      metadataToColumns: {
        args: fc.tuple(
          fc.oneof(
            fc.record({
              fileName: hostileString,
              hasHeader: hostileValue,
              columnNames: fc.oneof(fc.array(hostileString, { maxLength: 3 }), hostileValue),
              columns: hostileValue,
              rows: index,
              skippedBlankLines: index,
            }),
            hostileValue,
          ),
          index,
          options,
        ),
      },
      nearestInDirection: {
        args: fc.tuple(points2, index, fc.oneof(fc.constantFrom('up', 'down', 'left', 'right'), hostileValue)),
      },
      nearestToPoint: { args: fc.tuple(points2, number, number, fc.oneof(fc.constant(undefined), number)) },
      neighborsToCsv: {
        args: fc.tuple(
          hostileString,
          fc.oneof(fc.array(fc.record({ index, label: hostileString, score: number, rank: index })), hostileValue),
          hostileString,
        ),
      },
      neighborsToJson: {
        args: fc.tuple(
          hostileString,
          fc.oneof(fc.array(fc.record({ index, label: hostileString, score: number, rank: index })), hostileValue),
          hostileString,
        ),
      },
      numericColor: { args: fc.tuple(number, fc.oneof(fc.constantFrom('viridis', 'magma', 'bogus'), hostileValue)) },
      numericColorTable: { args: fc.tuple(fc.oneof(fc.constantFrom('viridis', 'magma', 'bogus'), hostileValue)) },
      parseAnalogy: {
        args: fc.tuple(
          fc.oneof(fc.constantFrom('king - man + woman', 'a:b::c:', '- - +'), hostileString, hostileValue),
        ),
      },
      parseEmbeddingFile: { args: fc.tuple(fileName, fileText, options), allowNaN: true },
      placeByNeighbors: {
        args: fc.tuple(
          fc.oneof(fc.constant(new Float32Array([0, 0, 0, 1, 1, 1, 2, 0, 1])), floats),
          fc.oneof(
            fc.array(fc.record({ index, score: number, rank: number }, { requiredKeys: [] }), { maxLength: 20 }),
            hostileValue,
          ),
          fc.oneof(fc.constantFrom('cosine', 'euclidean', 'dot'), hostileString, hostileValue),
        ),
      },
      parseEmbeddingJson: { args: fc.tuple(fileText, options), allowNaN: true },
      parseMetadataTsv: { args: fc.tuple(fileText, options) },
      parseProjectorBytes: {
        args: fc.tuple(
          fc.oneof(floats, fc.constant(new Float32Array([1, 2, 3, Number.NaN]).buffer), hostileValue),
          fc.oneof(fc.tuple(index, index), hostileValue),
          options,
        ),
      },
      parseProjectorConfig: {
        args: fc.tuple(
          fc.oneof(
            fc.constantFrom(
              '{"embeddings": [{"tensorName": "x", "tensorShape": [2, 2], "tensorPath": "t.bytes"}]}',
              '{"embeddings": [{"tensorName": "x", "tensorShape": [2147483648, 2147483648]}]}',
              '{"embeddings": [{"tensorShape": "x"}]}',
              '{"embeddings": null}',
            ),
            fileText,
          ),
          options,
        ),
      },
      parseProjectorTsv: { args: fc.tuple(fileText, options) },
      parseViewState: { args: fc.tuple(viewStateText), timeoutMs: 1000 },
      parseWordVectorsText: { args: fc.tuple(fileText, options) },
      placeLabels: {
        args: fc.tuple(
          fc.oneof(
            fc.array(fc.record({ index, x: number, y: number, priority: number, width: number, height: number }), {
              maxLength: 5,
            }),
            hostileValue,
          ),
          fc.oneof(fc.record({ width: number, height: number }), hostileValue),
          fc.oneof(fc.record({ max: number }), hostileValue),
        ),
      },
      pointsInPolygon: { args: fc.tuple(points2, fc.oneof(fc.array(pair, { maxLength: 5 }), hostileValue)) },
      pointsInRect: { args: fc.tuple(points2, pair, pair) },
      prefersReducedMotion: {},
      primaryOf: {
        args: fc.tuple(
          fc.oneof(
            fc.record({
              view: fc.oneof(fc.record({ selection: fc.oneof(fc.array(index), hostileValue) }), hostileValue),
            }),
            hostileValue,
          ),
        ),
      },
      projectPca: {
        kind: 'async',
        runs: 20,
        timeoutMs: 5000,
        args: fc.tuple(
          dataArg,
          fc.oneof(
            fc.record(
              { components: fc.array(index, { maxLength: 3 }), dimensions: hostileValue },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
      },
      projectPrecomputed: { args: fc.tuple(dataArg) },
      resolveLabel: {
        args: fc.tuple(
          labels,
          fc.oneof(fc.constant(new Map([['king', 0]])), hostileValue),
          hostileString,
          hostileValue,
        ),
      },
      runProjection: {
        kind: 'async',
        runs: 10,
        timeoutMs: 10_000,
        args: fc.tuple(
          fc.oneof(fc.constantFrom('umap', 'tsne'), hostileValue),
          dataArg,
          fc.oneof(
            fc.record({
              iterations: fc.constantFrom(5, -1, Number.NaN),
              nNeighbors: index,
              epochs: fc.constantFrom(5, -1),
            }),
            hostileValue,
          ),
        ),
      },
      selectionToJson: {
        args: fc.tuple(
          labels,
          fc.oneof(fc.array(index, { maxLength: 4 }), hostileValue),
          fc.oneof(fc.record({ values: points2, dimensions: hostileValue }), fc.constant(undefined), hostileValue),
        ),
      },
      semanticAxisProjection: {
        args: fc.tuple(
          dataArg,
          fc.oneof(fc.constant(['man', 'woman']), fc.tuple(hostileString, hostileString), hostileValue),
          fc.oneof(fc.constant(undefined), fc.constant(['king', 'apple']), hostileValue),
          options,
        ),
      },
      serializeViewState: { args: fc.tuple(viewStateValue) },
      suggestLabels: { args: fc.tuple(labels, hostileString, fc.oneof(fc.constant(undefined), number)) },
      trustworthiness: layoutQuality,
      validateViewState: { args: fc.tuple(viewStateValue) },
      wordVectorsOf: {
        args: fc.tuple(
          dataArg,
          fc.oneof(
            fc.record({ rankColumn: fc.oneof(hostileString, fc.constant('freq')), name: hostileString }),
            options,
          ),
        ),
      },
    },
    './element': {
      EmbeddingSpaceElement: {
        kind: 'class',
        args: fc.tuple(
          fc.constantFrom('mode', 'view-state', 'view', 'height', 'locale', 'theme', 'src'),
          fc.oneof(
            hostileString,
            viewStateText.filter((t) => typeof t === 'string'),
          ),
          hostileValue,
        ),
        call: (_Element: unknown, [name, value, data]) => {
          const tag = 'tensorscope-embedding-space';
          if (!customElements.get(tag)) customElements.define(tag, _Element as CustomElementConstructor);
          const element = document.createElement(tag) as HTMLElement & { data?: unknown };
          element.setAttribute(name as string, String(value));
          element.data = data;
          return element.getAttribute(name as string);
        },
      },
      defineEmbeddingSpaceElement: { args: fc.tuple(options) },
      initialViewState: {
        args: fc.tuple(
          fc.oneof(fc.record({ state: viewStateValue, mode: hostileValue }, { requiredKeys: [] }), hostileValue),
          options,
        ),
      },
      parseMode: {},
      readEmbeddingSpaceParams: {
        args: fc.tuple(
          fc.oneof(
            fc.func(
              fc.oneof(
                viewStateText.filter((t) => typeof t === 'string'),
                fc.constant(null),
              ),
            ),
            hostileValue,
          ),
        ),
      },
    },
    './points': {
      EmbeddingPoints: {
        exempt:
          'a react-three-fiber child (useThree/useFrame) that only renders inside a WebGL <Canvas>; its positions, ' +
          'colours and states come from computeLayout / computePointColors / computePointStates (fuzzed here); ' +
          'covered by the story test "Embeddings/EmbeddingPoints (in your own Canvas)" › InsideAHostCanvas',
      },
    },
  },
};

/**
 * Issue "Hardening" is still open for these exports: on some hostile input (mostly wrong argument
 * types) they throw an untyped error or return a wrong result. They are fuzzed and their problems
 * printed on every run without failing it; the run fails as soon as one of them comes out clean, so
 * this list can only shrink. Empty since the issue was finished for this package: any problem now
 * fails the run.
 */
const OPEN: Record<string, string> = {};
for (const table of Object.values(fuzz.tables)) {
  for (const [name, entry] of Object.entries(table)) if (OPEN[name]) entry.open = OPEN[name];
}

export default fuzz;
