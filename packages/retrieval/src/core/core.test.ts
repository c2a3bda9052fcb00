import { TensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { analyze, singular } from './analyze.js';
import { createBm25Index } from './bm25.js';
import { chunkText } from './chunk.js';
import { loadCorpus } from './corpus.js';
import { recallAtK, reciprocalRank, passageOrder } from './metrics.js';
import { assemblePrompt } from './prompt.js';
import { checkQuery, guessLanguage } from './query.js';
import { reciprocalRankFusion, topK } from './ranking.js';
import { FIXTURE, PAIR_TOKENIZER } from './testing.js';
import { tokenOffsets } from './tokenizer.js';

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TensorscopeError);
    return (error as TensorscopeError<string>).code;
  }
  throw new Error('did not throw');
};

describe('analyze', () => {
  it('splits Korean into character bigrams so particles do not block a match', () => {
    expect(analyze('모델은')).toEqual(['모델', '델은']);
    expect(analyze('모델이')).toContain('모델');
    expect(analyze('책')).toEqual(['책']);
  });
  it('drops English stop words and folds plurals', () => {
    expect(analyze('The tokens of the queries')).toEqual(['token', 'query']);
    expect(singular('boxes')).toBe('box');
    expect(singular('glass')).toBe('glass');
    expect(singular('bus')).toBe('bus');
  });
});

describe('chunkText', () => {
  const text = 'One two. Three four five. Six.';
  it('cuts characters with a sliding window and reports the overlap', () => {
    const chunks = chunkText('abcdefghij', { size: 4, overlap: 1 });
    expect(chunks.map((c) => c.text)).toEqual(['abcd', 'defg', 'ghij']);
    expect(chunks.map((c) => c.overlap)).toEqual([0, 1, 1]);
    for (const c of chunks) expect('abcdefghij'.slice(c.start, c.end)).toBe(c.text);
  });
  it('never splits a surrogate pair', () => {
    const chunks = chunkText('a😀b😀c', { size: 2 });
    expect(chunks.map((c) => c.text)).toEqual(['a😀', 'b😀', 'c']);
  });
  it('packs whole sentences', () => {
    const chunks = chunkText(text, { by: 'sentences', size: 2, overlap: 1 });
    expect(chunks.map((c) => c.text.trim())).toEqual(['One two. Three four five.', 'Three four five. Six.']);
  });
  it('cuts tokens at character boundaries even when a token splits a character', () => {
    const korean = '토큰으로 나눕니다';
    const chunks = chunkText(korean, { by: 'tokens', size: 3, tokenizer: PAIR_TOKENIZER });
    expect(chunks.map((c) => c.text).join('')).toBe(korean);
    for (const c of chunks) expect(c.text).not.toMatch(/\uFFFD/);
    const { ids, offsets } = tokenOffsets(PAIR_TOKENIZER, korean);
    expect(offsets.length).toBe(ids.length + 1);
    expect(offsets[ids.length]).toBe(korean.length);
  });
  it('refuses an overlap as large as the chunk, a missing tokenizer and non-text', () => {
    expect(code(() => chunkText(text, { size: 10, overlap: 10 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => chunkText(text, { by: 'tokens' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => chunkText(undefined as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => chunkText(text, { size: 0 }))).toBe('INVALID_ARGUMENT');
  });
});

describe('BM25', () => {
  const docs = FIXTURE.map((p) => p.text);
  const index = createBm25Index(docs);
  it('ranks by the Okapi formula with Lucene idf', () => {
    const hits = index.search('memory bandwidth', 3);
    expect(hits[0]!.index).toBe(1);
    // Recompute the top score from the definition.
    const n = docs.length;
    const lengths = docs.map((d) => analyze(d).length);
    const avg = lengths.reduce((a, b) => a + b) / n;
    const score = ['memory', 'bandwidth'].reduce((sum, term) => {
      const df = docs.filter((d) => analyze(d).includes(term)).length;
      const tf = analyze(docs[1]!).filter((t) => t === term).length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      return sum + (idf * tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * lengths[1]!) / avg));
    }, 0);
    expect(hits[0]!.score).toBeCloseTo(score, 10);
  });
  it('matches Korean across particles', () => {
    expect(index.search('토큰', 1)[0]!.index).toBe(5);
    expect(index.search('문단을', 1)[0]!.index).toBe(6);
  });
  it('returns nothing for a query with no known term and explains the terms', () => {
    expect(index.search('zebra', 5)).toEqual([]);
    expect(index.explain('GPU zebra').map((t) => t.documents)).toEqual([1, 0]);
  });
  it('checks its arguments', () => {
    expect(code(() => createBm25Index('text' as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => createBm25Index(docs, { b: 2 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => index.search('gpu', 0))).toBe('INVALID_ARGUMENT');
  });
});

describe('ranking', () => {
  it('topK is stable on ties', () => {
    expect(topK([3, 1, 2], () => 1, 2).map((h) => h.index)).toEqual([1, 2]);
  });
  it('fuses with 1 / (60 + rank)', () => {
    const fused = reciprocalRankFusion([
      [
        { index: 1, score: 9 },
        { index: 2, score: 5 },
      ],
      [
        { index: 2, score: 0.9 },
        { index: 3, score: 0.5 },
      ],
    ]);
    expect(fused.map((h) => h.index)).toEqual([2, 1, 3]);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
  });
});

describe('metrics', () => {
  it('recall@k and reciprocal rank', () => {
    expect(recallAtK(['a', 'b', 'c'], ['c', 'd'], 2)).toBe(0);
    expect(recallAtK(['a', 'b', 'c'], ['c', 'd'], 3)).toBe(0.5);
    expect(reciprocalRank(['a', 'b', 'c'], ['c', 'b'])).toBe(0.5);
    expect(reciprocalRank(['a'], ['z'])).toBe(0);
  });
  it('ranks passages by their first chunk', () => {
    const hit = (id: string) => ({ chunk: { passage: { id } } }) as never;
    expect(passageOrder([hit('a'), hit('b'), hit('a'), hit('c')])).toEqual(['a', 'b', 'c']);
  });
});

describe('queries', () => {
  it('refuses blank, huge and non-text queries with typed errors', () => {
    expect(code(() => checkQuery('   '))).toBe('EMPTY_INPUT');
    expect(code(() => checkQuery('x'.repeat(1_000_000)))).toBe('TOO_LARGE');
    expect(code(() => checkQuery(42))).toBe('INVALID_ARGUMENT');
    expect(checkQuery('what is a GPU?')).toBe('what is a GPU?');
  });
  it('guesses the language', () => {
    expect(guessLanguage('GPU가 뭔가요?')).toBe('ko');
    expect(guessLanguage('what is a GPU?')).toBe('en');
  });
});

describe('loadCorpus', () => {
  it('reads arrays, { passages } and TSV', () => {
    expect(loadCorpus(FIXTURE)).toHaveLength(FIXTURE.length);
    expect(loadCorpus(JSON.stringify({ passages: FIXTURE }))[0]!.id).toBe('en-gpu-01');
    const tsv = 'id\tlang\ttext\ttitle\na\ten\tHello world.\tGreeting\nb\tko\t안녕하세요.\t인사\n';
    expect(loadCorpus(tsv).map((p) => [p.id, p.lang, p.title])).toEqual([
      ['a', 'en', 'Greeting'],
      ['b', 'ko', '인사'],
    ]);
  });
  it('names the bad row and field', () => {
    expect(code(() => loadCorpus([{ id: 'a', lang: 'fr', text: 'x' }]))).toBe('PARSE_ERROR');
    expect(
      code(() =>
        loadCorpus([
          { id: 'a', lang: 'en', text: 'x' },
          { id: 'a', lang: 'en', text: 'y' },
        ]),
      ),
    ).toBe('PARSE_ERROR');
    expect(code(() => loadCorpus('id\tlang\nx\ten'))).toBe('PARSE_ERROR');
    expect(code(() => loadCorpus('[1, 2'))).toBe('PARSE_ERROR');
    expect(code(() => loadCorpus([]))).toBe('EMPTY_INPUT');
    expect(code(() => loadCorpus(42))).toBe('INVALID_FORMAT');
    try {
      loadCorpus([
        { id: 'a', lang: 'en', text: 'x' },
        { id: 'b', lang: 'en' },
      ]);
    } catch (error) {
      expect((error as Error).message).toContain('Passage 2 has no "text"');
    }
  });
});

describe('assemblePrompt', () => {
  const chunks = FIXTURE.slice(0, 3).map((passage, index) => ({
    id: `${passage.id}#1`,
    index,
    passage,
    start: 0,
    end: passage.text.length,
    text: passage.text,
    overlap: 0,
  }));
  it('fills the budget best first and counts the exact text', () => {
    const full = assemblePrompt('What limits decoding?', chunks, { tokenizer: PAIR_TOKENIZER, budget: 10_000 });
    expect(full.included).toHaveLength(3);
    expect(full.tokens).toBe(PAIR_TOKENIZER.encode(full.text).length);
    expect(full.text).toContain('[2] (en-gpu-02#1)');
    expect(full.text.endsWith('Answer:')).toBe(true);
    const tight = assemblePrompt('What limits decoding?', chunks, {
      tokenizer: PAIR_TOKENIZER,
      budget: full.frame + full.included[0]!.tokens + 5,
    });
    expect(tight.included.map((p) => p.chunk.id)).toEqual(['en-gpu-01#1']);
    expect(tight.excluded).toHaveLength(2);
    expect(tight.tokens).toBeLessThanOrEqual(tight.budget);
    expect(assemblePrompt('질문', chunks, { tokenizer: PAIR_TOKENIZER, language: 'ko' }).text).toContain('질문: 질문');
  });
  it('needs a tokenizer and a whole budget', () => {
    expect(code(() => assemblePrompt('q', chunks, {} as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => assemblePrompt('q', chunks, { tokenizer: PAIR_TOKENIZER, budget: 1.5 }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
