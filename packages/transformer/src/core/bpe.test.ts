// @vitest-environment node
import { createSeededRandom } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import {
  bpeTokenBytes,
  bpeTokenStrings,
  decodeBpe,
  encodeBpe,
  readBpeTokenizer,
  trainBpe,
  type BpeTokenizer,
} from './bpe.js';

const bytesOf = (text: string) => Array.from(new TextEncoder().encode(text));
const code = (name: string, field?: string) =>
  expect.objectContaining({
    code: name,
    ...(field === undefined ? {} : { details: expect.objectContaining({ field }) }),
  });
const tokenizerWith = (merges: [number, number][]): BpeTokenizer =>
  readBpeTokenizer({ kind: 'byte-bpe', version: 1, merges, vocabSize: 256 + merges.length });

const ENGLISH =
  'The jury said it did find that many of the registration and election laws are outmoded. ' +
  "It's the jury's view that they aren't working; the jury doesn't think so (yet).\n\n  Indented   text\tand tabs.\r\n";
const KOREAN = '한국어 문장도 바이트 단위로 정확히 되돌아옵니다. 형태소 분석은 하지 않습니다!';
const EMOJI = '👍🏽 family: 👨‍👩‍👧‍👦, flag: 🇰🇷, keycap: 1️⃣, math: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, combining: é';

describe('trainBpe', () => {
  it('merges the most frequent pair first; ties go to the smaller (first, second) ids', () => {
    // "aaabdaaabac" is one chunk. Pairs: aa ×4 (overlaps count), ab ×2, bd, da, ba, ac ×1 → aa = 256.
    // Then "Z a b d Z a b a c": (256, 97) and (97, 98) both ×2 → the tie goes to (97, 98) = 257.
    // Then "Z Y d Z Y a c": (256, 257) ×2 → 258. Wikipedia's example, same merges.
    const progress: [number, number][] = [];
    const tokenizer = trainBpe('aaabdaaabac', {
      vocabSize: 259,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(tokenizer).toEqual({
      kind: 'byte-bpe',
      version: 1,
      merges: [
        [97, 97],
        [97, 98],
        [256, 257],
      ],
      vocabSize: 259,
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(Array.from(encodeBpe(tokenizer, 'aaabdaaabac'))).toEqual([258, 100, 258, 97, 99]);
    expect(bpeTokenStrings(tokenizer, [256, 257, 258])).toEqual(['aa', 'ab', 'aaab']);
  });

  it('never merges across chunks, and stops early when no pair is left', () => {
    // Chunks "ab", " ab", " ab": (a, b) ×3, then (space, ab) ×2; "b " never forms.
    const tokenizer = trainBpe('ab ab ab', { vocabSize: 300 });
    expect(tokenizer.merges).toEqual([
      [97, 98],
      [32, 256],
    ]);
    expect(tokenizer.vocabSize).toBe(258);
    expect(Array.from(encodeBpe(tokenizer, 'ab ab'))).toEqual([256, 257]);
  });

  it('keeps letters, digits and symbols apart, and the last space before a word with the word', () => {
    const tokenizer = trainBpe('x1 x1 x1 !!  yy', { vocabSize: 266 });
    const strings = bpeTokenStrings(
      tokenizer,
      Array.from({ length: tokenizer.vocabSize - 256 }, (_, i) => 256 + i),
    );
    expect(strings).not.toContain('x1');
    expect(strings).toContain(' x');
    expect(strings).toContain(' yy');
    expect(strings).toContain(' !!');
    expect(bpeTokenStrings(tokenizer, encodeBpe(tokenizer, 'x1  yy'))).toEqual(['x', '1', ' ', ' yy']);
  });

  it('is deterministic and returns a frozen tokenizer', () => {
    const text = ENGLISH.repeat(3) + KOREAN;
    const a = trainBpe(text, { vocabSize: 320 });
    expect(trainBpe(text, { vocabSize: 320 })).toEqual(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.merges) && Object.isFrozen(a.merges[0])).toBe(true);
  });

  it('refuses bad arguments with typed errors', () => {
    expect(() => trainBpe(7 as never, { vocabSize: 300 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => trainBpe('abc', undefined as never)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => trainBpe('abc', { vocabSize: 255 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => trainBpe('abc', { vocabSize: 300.5 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => trainBpe('abc', { vocabSize: 1e9 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => trainBpe('abc', { vocabSize: 300, onProgress: 'x' as never })).toThrow(code('INVALID_ARGUMENT'));
    expect(trainBpe('', { vocabSize: 300 }).vocabSize).toBe(256);
  });
});

describe('encodeBpe', () => {
  it('is plain UTF-8 bytes with no merges', () => {
    const bytesOnly = trainBpe('', { vocabSize: 256 });
    for (const text of [ENGLISH, KOREAN, EMOJI]) expect(Array.from(encodeBpe(bytesOnly, text))).toEqual(bytesOf(text));
  });

  it('applies merges greedily by rank, like GPT-2, on text never seen', () => {
    // Merge 0 is "bc", merge 1 "ab". In "abc" the lowest-ranked pair (b, c) wins, although "ab" comes
    // first in the text: [a, bc], not [ab, c].
    const tokenizer = tokenizerWith([
      [98, 99],
      [97, 98],
    ]);
    expect(Array.from(encodeBpe(tokenizer, 'abc'))).toEqual([97, 256]);
    expect(Array.from(encodeBpe(tokenizer, 'abab'))).toEqual([257, 257]);
    // A merge of merges forms once its halves exist.
    const nested = tokenizerWith([
      [97, 97],
      [256, 97],
    ]);
    // "aaaaa": (a, a) everywhere first → [aa, aa, a], then (aa, a) → [aa, aaa].
    expect(Array.from(encodeBpe(nested, 'aaaaa'))).toEqual([256, 257]);
    expect(Array.from(encodeBpe(nested, 'aaa'))).toEqual([257]);
    expect(Array.from(encodeBpe(nested, 'aa'))).toEqual([256]);
    const trained = trainBpe('the cat sat on the mat. the hat!', { vocabSize: 270 });
    const unseen = 'Then the thermometer sat there, matted.';
    const ids = encodeBpe(trained, unseen);
    expect(decodeBpe(trained, ids)).toBe(unseen);
    expect(ids.length).toBeLessThan(bytesOf(unseen).length);
    expect(Array.from(encodeBpe(trained, unseen))).toEqual(Array.from(ids)); // the cached path agrees
  });

  it('round-trips English, Korean and emoji exactly, BOM and line ends included', () => {
    const tokenizer = trainBpe(ENGLISH.repeat(5) + KOREAN.repeat(3) + EMOJI, { vocabSize: 400 });
    for (const text of [ENGLISH, KOREAN, EMOJI, '\uFEFFstarts with a BOM', 'a\r\nb\n\n\nc \t ', '', ' ']) {
      const ids = encodeBpe(tokenizer, text);
      expect(ids).toBeInstanceOf(Int32Array);
      expect(decodeBpe(tokenizer, ids)).toBe(text);
      expect(bpeTokenStrings(tokenizer, ids).length).toBe(ids.length);
    }
    expect(encodeBpe(tokenizer, KOREAN).length).toBeLessThan(bytesOf(KOREAN).length);
  });

  it('decode(encode(s)) === s for random strings', () => {
    const random = createSeededRandom(7);
    const alphabet = [
      ...'abcdefghijklmnopqrstuvwxyzABC0123456789',
      ...' \n\t\r.,;:!?\'"()-_/\\',
      ...'한국어글자',
      '\u0000',
      '\uFEFF',
      '\u0301',
      'é',
      'ß',
      '€',
      '😀',
      '👍🏽',
      '🇰🇷',
      '𝔘',
    ];
    const pick = () => alphabet[Math.floor(random() * alphabet.length)]!;
    const sample = (length: number) => Array.from({ length }, pick).join('');
    const tokenizer = trainBpe(sample(4000), { vocabSize: 512 });
    for (let i = 0; i < 300; i++) {
      const text = sample(Math.floor(random() * 60));
      expect(decodeBpe(tokenizer, encodeBpe(tokenizer, text))).toBe(text);
    }
  });

  it('refuses a bad tokenizer or text with typed errors', () => {
    expect(() => encodeBpe({ kind: 'bpe' } as never, 'x')).toThrow(code('INVALID_FORMAT', 'tokenizer.kind'));
    expect(() => encodeBpe(null as never, 'x')).toThrow(code('INVALID_FORMAT'));
    expect(() => encodeBpe(tokenizerWith([]), 5 as never)).toThrow(code('INVALID_ARGUMENT'));
  });
});

describe('decodeBpe, bpeTokenStrings, bpeTokenBytes', () => {
  // 한 is ED 95 9C. 256 = " " + ED (a space, then a cut byte), 257 = ED 95 (half a character),
  // 258 = 한. Merge 0 outranks merge 1, so " 한" encodes as [256, 95, 9C] and 한 never forms there.
  const korean = tokenizerWith([
    [32, 0xed],
    [0xed, 0x95],
    [257, 0x9c],
  ]);

  it('shows bytes that are not a whole UTF-8 character as <0xNN>', () => {
    expect(bpeTokenStrings(korean, [257, 258, 256, 0x9c, 65])).toEqual([
      '<0xED><0x95>',
      '한',
      ' <0xED>',
      '<0x9C>',
      'A',
    ]);
    expect(bpeTokenStrings(korean, encodeBpe(korean, '한 한'))).toEqual(['한', ' <0xED>', '<0x95>', '<0x9C>']);
  });

  it('decodes invalid UTF-8 to U+FFFD as TextDecoder does', () => {
    expect(decodeBpe(korean, [257])).toBe(new TextDecoder().decode(Uint8Array.of(0xed, 0x95)));
    expect(decodeBpe(korean, [257])).toBe('\uFFFD');
    expect(decodeBpe(korean, [257, 0x9c])).toBe('한');
    expect(decodeBpe(korean, [256, 0x95, 0x9c])).toBe(' 한');
    expect(decodeBpe(korean, new Int32Array([0x9c, 258]))).toBe('\uFFFD한');
  });

  it('returns a copy of a token’s bytes', () => {
    const bytes = bpeTokenBytes(korean, 258);
    expect(Array.from(bytes)).toEqual([0xed, 0x95, 0x9c]);
    bytes[0] = 0;
    expect(Array.from(bpeTokenBytes(korean, 258))).toEqual([0xed, 0x95, 0x9c]);
    expect(Array.from(bpeTokenBytes(korean, 65))).toEqual([65]);
  });

  it('refuses ids outside the vocabulary with typed errors', () => {
    expect(() => decodeBpe(korean, [259])).toThrow(code('OUT_OF_RANGE'));
    expect(() => decodeBpe(korean, [-1])).toThrow(code('OUT_OF_RANGE'));
    expect(() => decodeBpe(korean, [1.5])).toThrow(code('INVALID_VALUE'));
    expect(() => decodeBpe(korean, 'abc' as never)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => bpeTokenStrings(korean, [Number.NaN])).toThrow(code('INVALID_VALUE'));
    expect(() => bpeTokenBytes(korean, 259)).toThrow(code('OUT_OF_RANGE'));
    expect(() => bpeTokenBytes(korean, '1' as never)).toThrow(code('INVALID_ARGUMENT'));
  });
});

describe('readBpeTokenizer', () => {
  const good = { kind: 'byte-bpe', version: 1, merges: [[104, 101] as const, [256, 108] as const], vocabSize: 258 };

  it('reads a tokenizer back from JSON, leaving extra fields out', () => {
    const trained = trainBpe(ENGLISH.repeat(4), { vocabSize: 300 });
    const read = readBpeTokenizer({ ...JSON.parse(JSON.stringify(trained)), meta: { corpus: 'test' } });
    expect(read).toEqual(trained);
    expect('meta' in read).toBe(false);
    expect(Array.from(encodeBpe(read, ENGLISH))).toEqual(Array.from(encodeBpe(trained, ENGLISH)));
  });

  it('refuses bad objects with typed errors naming the field', () => {
    const bad = (patch: Record<string, unknown>) => ({ ...good, ...patch });
    expect(() => readBpeTokenizer('{}')).toThrow(code('INVALID_FORMAT', 'tokenizer'));
    expect(() => readBpeTokenizer([])).toThrow(code('INVALID_FORMAT', 'tokenizer'));
    expect(() => readBpeTokenizer(bad({ kind: 'wordpiece' }))).toThrow(code('INVALID_FORMAT', 'tokenizer.kind'));
    expect(() => readBpeTokenizer(bad({ version: 2 }))).toThrow(code('UNSUPPORTED_VERSION', 'tokenizer.version'));
    expect(() => readBpeTokenizer(bad({ merges: {} }))).toThrow(code('INVALID_FORMAT', 'tokenizer.merges'));
    expect(() => readBpeTokenizer(bad({ merges: [[104]], vocabSize: 257 }))).toThrow(
      code('INVALID_SHAPE', 'tokenizer.merges[0]'),
    );
    expect(() => readBpeTokenizer(bad({ merges: [[104, '101']], vocabSize: 257 }))).toThrow(
      code('INVALID_VALUE', 'tokenizer.merges[0][1]'),
    );
    // Merge 0 may only join bytes; 256 is itself (a later id).
    expect(() => readBpeTokenizer(bad({ merges: [[256, 101]], vocabSize: 257 }))).toThrow(
      code('OUT_OF_RANGE', 'tokenizer.merges[0][0]'),
    );
    expect(() =>
      readBpeTokenizer(
        bad({
          merges: [
            [104, 101],
            [104, 258],
          ],
        }),
      ),
    ).toThrow(code('OUT_OF_RANGE', 'tokenizer.merges[1][1]'));
    expect(() => readBpeTokenizer(bad({ merges: [[104, -1]], vocabSize: 257 }))).toThrow(
      code('OUT_OF_RANGE', 'tokenizer.merges[0][1]'),
    );
    expect(() =>
      readBpeTokenizer(
        bad({
          merges: [
            [104, 101],
            [104, 101],
          ],
        }),
      ),
    ).toThrow(code('INVALID_VALUE', 'tokenizer.merges[1]'));
    expect(() => readBpeTokenizer(bad({ vocabSize: 300 }))).toThrow(code('LENGTH_MISMATCH', 'tokenizer.vocabSize'));
    expect(() => readBpeTokenizer(bad({ vocabSize: undefined }))).toThrow(
      code('LENGTH_MISMATCH', 'tokenizer.vocabSize'),
    );
    expect(readBpeTokenizer(good).vocabSize).toBe(258);
  });
});
