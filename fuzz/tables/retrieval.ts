import fc from 'fast-check';
import { hostileValue, type FuzzEntry, type PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/retrieval is fuzzed (see ../harness.ts). */

const PASSAGES = [
  { id: 'en-1', lang: 'en', text: 'A GPU multiplies matrices. Memory bandwidth limits decoding.' },
  { id: 'en-2', lang: 'en', text: 'Tokens are pieces of text. Korean often needs more tokens.' },
  { id: 'ko-1', lang: 'ko', text: '검색 증강 생성은 답하기 전에 문단을 찾습니다. 찾은 문단은 프롬프트에 들어갑니다.' },
  { id: 'ko-2', lang: 'ko', text: '토크나이저는 문장을 토큰으로 나눕니다.' },
];
/** A deterministic tokenizer with the `{ encode, tokenBytes }` shape (one token per UTF-8 byte). */
const BYTES = {
  name: 'bytes',
  encode: (text: string) => Array.from(new TextEncoder().encode(text)),
  tokenBytes: (id: number) => new Uint8Array([id]),
};

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '모델은 토큰을 나눕니다. 어텐션!',
    'GPUs and tokens… queries?',
    '   ',
    '',
    '(a+)+$',
    '\uD800a',
    '😀😀',
  ),
  fc.constant('x'.repeat(5000)),
  hostileValue,
);
const number = fc.oneof(
  fc.integer({ min: -3, max: 400 }),
  fc.constantFrom(NaN, Infinity, 1.5, 2 ** 31, '3'),
  hostileValue,
);
const chunkOptions = fc.oneof(
  fc.record(
    {
      by: fc.constantFrom<unknown>('characters', 'tokens', 'sentences', 'words', undefined),
      size: number,
      overlap: number,
      tokenizer: fc.constantFrom<unknown>(BYTES, undefined, {}, { encode: () => [1], tokenBytes: () => 'x' }),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);
const passages = fc.oneof(
  { weight: 3, arbitrary: fc.constant(PASSAGES) },
  {
    weight: 2,
    arbitrary: fc.array(
      fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 4 }), hostileValue),
          lang: fc.constantFrom<unknown>('ko', 'en', 'fr', 5),
          text,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('id\tlang\ttext\na\ten\thello', 'id\tlang\nx', '[{"id":1', '{}') },
  { weight: 1, arbitrary: hostileValue },
);
const documents = fc.oneof(fc.array(text, { maxLength: 5 }), fc.constant(PASSAGES.map((p) => p.text)), hostileValue);
const hitList = fc.oneof(
  fc.array(fc.record({ index: fc.integer({ min: 0, max: 5 }), score: fc.double() }), { maxLength: 5 }),
  hostileValue,
);
const labelled = fc.oneof(
  fc.constant([{ id: 'q', lang: 'en', text: 'memory bandwidth', relevant: ['en-1'], kind: 'keyword' }]),
  fc.array(hostileValue, { maxLength: 2 }),
  hostileValue,
);
const strings = fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 5 }), hostileValue);
const wordVectors = fc.oneof(
  fc.constant({
    words: ['gpu', 'token'],
    vectors: new Float32Array([1, 0, 0, 1]),
    dimensions: 2,
    frequencyRanks: [10, 20],
  }),
  fc.record(
    { words: strings, vectors: hostileValue, dimensions: number, frequencyRanks: hostileValue },
    { requiredKeys: [] },
  ),
  hostileValue,
);

/** Builds an index over the small corpus (shared by the entries that search one). */
const index = async (options?: unknown) => {
  const core = await import('@tensorscope/retrieval/core');
  return core.createRetrievalIndex(PASSAGES, { lsaDimensions: 2, ...(options as object) });
};

const component: FuzzEntry = {
  kind: 'component',
  runs: 40,
  props: fc.record(
    {
      passages,
      text,
      options: chunkOptions,
      queries: labelled,
      initialQuery: text,
      showMap: hostileValue,
      chunking: chunkOptions,
      locale: fc.constantFrom<unknown>('en', 'ko', 'xx', null, 5),
      theme: fc.constantFrom<unknown>('light', 'dark', 'auto', 'bogus', {}),
      style: hostileValue,
      className: hostileValue,
    },
    { requiredKeys: [] },
  ),
};

const fuzz: PackageFuzz = {
  tables: {
    '.': { RetrievalExplorer: component, ChunkView: component },
    './core': {
      analyze: { args: fc.tuple(text) },
      analyzeWithOffsets: { args: fc.tuple(text) },
      chunkText: { args: fc.tuple(text, chunkOptions) },
      tokenOffsets: { args: fc.tuple(fc.constantFrom<unknown>(BYTES, {}, null), text) },
      loadO200k: { exempt: 'loads gpt-tokenizer; takes no input (exercised by the stories and the explorer tests)' },
      createBm25Index: {
        args: fc.tuple(
          documents,
          fc.oneof(fc.record({ k1: number, b: number, analyzer: hostileValue }, { requiredKeys: [] }), hostileValue),
        ),
        call: (
          create: (d: unknown, o: unknown) => { search(q: unknown, k: unknown): unknown },
          [docs, options, query, k],
        ) => create(docs, options).search(query ?? 'gpu', k ?? 3),
      },
      reciprocalRankFusion: {
        args: fc.tuple(fc.oneof(fc.array(hitList, { maxLength: 3 }), hostileValue), number, number),
      },
      fitLsa: {
        kind: 'async',
        args: fc.tuple(documents, fc.oneof(fc.record({ dimensions: number }, { requiredKeys: [] }), hostileValue)),
        runs: 30,
      },
      createSifEncoder: {
        args: fc.tuple(wordVectors, number, text),
        call: (create: (w: unknown, a: unknown) => { embed(t: unknown): unknown }, [w, a, t]) => create(w, a).embed(t),
      },
      wordVectorsFrom: { args: fc.tuple(hostileValue, text, text) },
      loadCorpus: { args: fc.tuple(passages) },
      checkQuery: { args: fc.tuple(text) },
      guessLanguage: { args: fc.tuple(text) },
      createRetrievalIndex: {
        kind: 'async',
        runs: 25,
        timeoutMs: 10_000,
        args: fc.tuple(
          passages,
          fc.oneof(
            fc.record(
              { chunking: chunkOptions, lsaDimensions: number, wordVectors, onProgress: hostileValue },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
          text,
          hostileValue,
        ),
        call: async (
          create: (
            p: unknown,
            o: unknown,
          ) => Promise<{ search(q: unknown, o: unknown): Promise<unknown>; dispose(): void }>,
          [p, o, query, searchOptions],
        ) => {
          const built = await create(p, o);
          try {
            return await built.search(query, searchOptions);
          } finally {
            built.dispose();
          }
        },
      },
      evaluateRetrieval: {
        kind: 'async',
        runs: 20,
        timeoutMs: 10_000,
        args: fc.tuple(labelled, fc.oneof(fc.record({ k: number, depth: number }, { requiredKeys: [] }), hostileValue)),
        call: async (evaluate: (i: unknown, q: unknown, o: unknown) => Promise<unknown>, [queries, options]) => {
          const built = await index();
          try {
            return await evaluate(built, queries, options);
          } finally {
            built.dispose();
          }
        },
      },
      passageOrder: { args: fc.tuple(fc.oneof(fc.constant([{ chunk: { passage: { id: 'a' } } }]), hostileValue)) },
      recallAtK: { args: fc.tuple(strings, strings, number) },
      reciprocalRank: { args: fc.tuple(strings, strings) },
      assemblePrompt: {
        args: fc.tuple(
          text,
          fc.oneof(
            fc.constant([{ id: 'a#1', text: 'A GPU multiplies matrices.', passage: PASSAGES[0] }]),
            hostileValue,
          ),
          fc.oneof(
            fc.record(
              { tokenizer: fc.constantFrom<unknown>(BYTES, undefined, {}), budget: number, language: hostileValue },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
      },
      retrievalMap: {
        kind: 'async',
        runs: 20,
        args: fc.tuple(
          fc.oneof(fc.constant(null), hostileValue),
          number,
          fc.oneof(fc.constantFrom<unknown>('en', 'ko', undefined), hostileValue),
        ),
        call: async (map: (i: unknown, r: unknown, k: unknown, l: unknown) => unknown, [result, k, locale]) => {
          const built = await index();
          try {
            return map(built, result ?? null, k, locale);
          } finally {
            built.dispose();
          }
        },
      },
      checkChunking: { args: fc.tuple(chunkOptions) },
      createRetrievalExplorer: {
        kind: 'async',
        runs: 20,
        timeoutMs: 10_000,
        args: fc.tuple(
          fc.oneof(
            fc.record(
              {
                passages,
                tokenizer: fc.constant(BYTES),
                k: number,
                budget: number,
                vector: hostileValue,
                chunking: chunkOptions,
              },
              { requiredKeys: ['passages'] },
            ),
            hostileValue,
          ),
          text,
          chunkOptions,
        ),
        call: async (
          create: (o: unknown) => {
            start(): Promise<void>;
            search(q: unknown): Promise<void>;
            setChunking(s: unknown): Promise<void>;
            dispose(): void;
          },
          [options, query, chunking],
        ) => {
          const explorer = create(options);
          try {
            await explorer.start();
            await explorer.search(query);
            await explorer.setChunking(chunking);
          } finally {
            explorer.dispose();
          }
        },
      },
    },
    './corpus': {},
    './element': {
      RetrievalElement: {
        kind: 'class',
        call: (_target: never, [query, map, data]: unknown[]) => {
          const element = document.createElement('tensorscope-retrieval') as HTMLElement & { data?: unknown };
          element.setAttribute('query', String(query));
          element.setAttribute('map', String(map));
          element.data = data;
          document.body.append(element);
          element.remove();
          return undefined;
        },
        args: fc.tuple(text, fc.constantFrom<unknown>('false', 'true', 'x'), passages),
      },
      defineRetrievalElement: { args: fc.tuple(fc.oneof(fc.constant(undefined), hostileValue)) },
    },
  },
  setup: async () => {
    const core = await import('@tensorscope/tensor-core');
    await core.getRuntime({ backends: ['cpu'] });
    const { defineRetrievalElement } = await import('@tensorscope/retrieval/element');
    defineRetrievalElement();
    return undefined;
  },
};
export default fuzz;
