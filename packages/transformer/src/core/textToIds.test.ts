// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBpe, readBpeTokenizer } from './bpe.js';
import { readConfig } from './config.js';
import { mapTokensToIds, splitWords, textToIds } from './textToIds.js';

const BPE = readBpeTokenizer(
  JSON.parse(readFileSync(new URL('../../checkpoints/brown-bpe.json', import.meta.url), 'utf8')),
);
const config = (vocabSize: number, contextLength: number) =>
  readConfig({ vocabSize, contextLength, dModel: 4, heads: 1, layers: 1 });
const IDS = { config: config(32, 32), tokenizer: { kind: 'ids' as const } };
const BROWN = { config: config(1024, 8), tokenizer: BPE };
const code = (name: string) => expect.objectContaining({ code: name });

describe('splitWords', () => {
  it('keeps words (Hangul included) whole and punctuation apart, dropping whitespace', () => {
    expect(splitWords('The cat sat.  고양이가 앉았다!')).toEqual(['The', 'cat', 'sat', '.', '고양이가', '앉았다', '!']);
    expect(splitWords('   ')).toEqual([]);
  });
});

describe('mapTokensToIds', () => {
  it('numbers tokens by first appearance', () => {
    expect(mapTokensToIds(['a', 'b', 'c', 'a', 'b'], 8)).toEqual({
      ids: Int32Array.from([0, 1, 2, 0, 1]),
      vocabulary: ['a', 'b', 'c'],
    });
  });
  it('refuses more distinct tokens than the vocabulary, naming the count', () => {
    const error = (() => {
      try {
        mapTokensToIds(['a', 'b', 'c'], 2);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toEqual(code('OUT_OF_VOCABULARY'));
    expect((error as Error).message).toContain('3 different tokens');
    expect(() => mapTokensToIds([1] as never, 2)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('textToIds', () => {
  it('maps an ids model’s tokens by appearance, repeats the text and appends the continuation', () => {
    const input = textToIds(IDS, 'the cat sat', { repeat: 2, continuation: [{ id: 1, token: 'cat' }] });
    expect(input.tokens).toEqual(['the', 'cat', 'sat', 'the', 'cat', 'sat', 'cat']);
    expect(Array.from(input.ids)).toEqual([0, 1, 2, 0, 1, 2, 1]);
    expect(input).toMatchObject({ dropped: 0, total: 7, firstContinuation: 6, vocabulary: ['the', 'cat', 'sat'] });
  });

  it('uses the tokenize it is given (o200k pieces in the demo)', () => {
    const input = textToIds(IDS, 'ab ab', { tokenize: (text) => text.split('') });
    expect(input.tokens).toEqual(['a', 'b', ' ', 'a', 'b']);
    expect(Array.from(input.ids)).toEqual([0, 1, 2, 0, 1]);
  });

  it('slides the window over long input and says how much was dropped', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i % 10}`).join(' ');
    const input = textToIds(IDS, words, { repeat: 2 });
    expect(input.total).toBe(40);
    expect(input.dropped).toBe(8);
    expect(input.ids.length).toBe(32);
    expect(input.tokens[0]).toBe('w8');
    expect(input.firstContinuation).toBe(32);
  });

  it('encodes BPE text exactly and labels tokens with their text', () => {
    const input = textToIds(BROWN, 'The jury said', { continuation: [{ id: 32, token: ' ' }] });
    expect(decodeBpe(BPE, input.ids.subarray(0, input.firstContinuation))).toBe('The jury said');
    expect(input.ids[input.ids.length - 1]).toBe(32);
    expect(input.tokens.join('').startsWith('The jury said')).toBe(true);
    expect(input.vocabulary).toBeNull();
    const long = textToIds(BROWN, 'The jury said it did find that many of the laws are outmoded.');
    expect(long.ids.length).toBe(8);
    expect(long.dropped).toBe(long.total - 8);
    expect(long.firstContinuation).toBe(8);
  });

  it('refuses empty, huge and out-of-vocabulary input with typed errors', () => {
    expect(() => textToIds(IDS, '  ')).toThrow(code('EMPTY_INPUT'));
    expect(() => textToIds(IDS, '...', { tokenize: () => [] })).toThrow(code('EMPTY_INPUT'));
    expect(() => textToIds(BROWN, '')).toThrow(code('EMPTY_INPUT'));
    expect(() => textToIds(IDS, 'a'.repeat(20_001))).toThrow(code('TOO_LARGE'));
    const many = Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ');
    expect(() => textToIds({ ...IDS, config: config(32, 64) }, many)).toThrow(code('OUT_OF_VOCABULARY'));
    expect(() => textToIds(IDS, 'a', { repeat: 0 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => textToIds(IDS, 'a', { tokenize: 'x' as never })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => textToIds(IDS, 'a', { tokenize: () => [3] as never })).toThrow(code('INVALID_VALUE'));
    expect(() => textToIds(IDS, 'a', { continuation: [{ id: 99, token: 'x' }] })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => textToIds(IDS, 7 as never)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => textToIds({ config: IDS.config } as never, 'a')).toThrow(code('INVALID_ARGUMENT'));
    expect(() => textToIds({ ...IDS, tokenizer: { kind: 'words' } } as never, 'a')).toThrow(code('INVALID_ARGUMENT'));
    expect(() => textToIds({ tokenizer: IDS.tokenizer } as never, 'a')).toThrow(code('INVALID_ARGUMENT'));
  });
});
