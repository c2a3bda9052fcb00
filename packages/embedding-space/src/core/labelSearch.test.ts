import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLabelSearch } from './labelSearch.js';

const words = ['the', 'king', 'kingdom', 'viking', 'King', 'kings', 'queen', 'the king', 'Kingston', 'kin'];
const labelsOf = (indices: Int32Array) => Array.from(indices, (i) => words[i]);

describe('createLabelSearch (substring)', () => {
  const search = createLabelSearch(words);

  it('ranks exact matches, then prefixes, then the rest, each in index order', () => {
    const result = search.search('king');
    expect(labelsOf(result.indices)).toEqual(['king', 'King', 'kingdom', 'kings', 'Kingston', 'viking', 'the king']);
    expect(result.total).toBe(7);
    expect(result.error).toBeUndefined();
  });

  it('matches case exactly when asked', () => {
    expect(labelsOf(search.search('King', { caseSensitive: true }).indices)).toEqual(['King', 'Kingston']);
  });

  it('limits the indices but counts every match', () => {
    const result = search.search('k', { limit: 2 });
    expect(labelsOf(result.indices)).toEqual(['king', 'kingdom']);
    expect(result.total).toBe(8);
    expect(search.search('k', { limit: 0 }).indices.length).toBe(0);
  });

  it('matches every label for an empty query and none for an absent one', () => {
    expect(Array.from(search.search('').indices)).toEqual(words.map((_, i) => i));
    expect(search.search('zzz')).toEqual({ indices: new Int32Array(0), total: 0 });
  });

  it('does not match across the boundary between two labels', () => {
    // 'the' ends label 0 and 'king' starts label 1: the joined text contains "the\nking".
    expect(search.search('ek').total).toBe(0);
    expect(search.search('the\nking').total).toBe(0);
  });

  it('rejects a bad limit', () => {
    expect(() => search.search('k', { limit: -1 })).toThrow(/limit/);
    expect(() => search.search('k', { limit: 1.5 })).toThrow(/whole number/);
  });

  it('handles labels that contain line breaks and an empty label list', () => {
    const odd = createLabelSearch(['a\nb', 'ab', 'b', '']);
    expect(Array.from(odd.search('b').indices)).toEqual([2, 0, 1]);
    expect(Array.from(odd.search('a\nb').indices)).toEqual([0]);
    expect(createLabelSearch([]).search('a').total).toBe(0);
  });
});

describe('createLabelSearch (regex)', () => {
  const search = createLabelSearch(words);

  it('anchors ^ and $ to each label', () => {
    expect(labelsOf(search.search('^k.*g$', { mode: 'regex' }).indices)).toEqual(['king', 'King']);
    expect(labelsOf(search.search('ing$', { mode: 'regex', caseSensitive: true }).indices)).toEqual([
      'king',
      'viking',
      'King',
      'the king',
    ]);
  });

  it('decides patterns that could cross a line break on each label alone', () => {
    expect(search.search('[^z]+', { mode: 'regex' }).total).toBe(words.length);
    expect(labelsOf(search.search('\\s', { mode: 'regex' }).indices)).toEqual(['the king']);
    expect(labelsOf(search.search('e(?=\\n)', { mode: 'regex' }).indices)).toEqual([]);
    expect(labelsOf(search.search('(?<=e )k', { mode: 'regex' }).indices)).toEqual(['the king']);
  });

  it('returns an INVALID_VALUE error that quotes the engine instead of throwing', () => {
    const result = search.search('(king', { mode: 'regex' });
    expect(result.total).toBe(0);
    expect(result.indices.length).toBe(0);
    expect(result.error?.code).toBe('INVALID_VALUE');
    expect(result.error?.message).toMatch(/"\(king" is not a valid regular expression/);
    expect(result.error?.message).toMatch(/Unterminated group/);
  });

  it('accepts legacy escapes that the u flag rejects', () => {
    expect(labelsOf(search.search('th\\e', { mode: 'regex' }).indices)).toEqual(['the', 'the king']);
  });
});

describe('createLabelSearch properties', () => {
  const label = fc.string({ unit: fc.constantFrom('a', 'b', 'A', ' ', '\n', 'é'), maxLength: 6 });

  it('finds exactly the labels that contain the query, ranked by tier then index', () => {
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 30 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', ' '), minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (labels, query, caseSensitive) => {
          const result = createLabelSearch(labels).search(query, { caseSensitive, limit: Infinity });
          const fold = (s: string) => (caseSensitive ? s : s.toLowerCase());
          const q = fold(query);
          const tier = (s: string) => (fold(s) === q ? 0 : fold(s).startsWith(q) ? 1 : 2);
          const expected = labels
            .map((text, index) => ({ text, index }))
            .filter(({ text }) => fold(text).includes(q))
            .sort((a, b) => tier(a.text) - tier(b.text) || a.index - b.index)
            .map(({ index }) => index);
          expect(Array.from(result.indices)).toEqual(expected);
          expect(result.total).toBe(expected.length);
        },
      ),
    );
  });

  it('never returns a label that the regex does not match on its own', () => {
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 30 }),
        fc.constantFrom('^a', 'b$', '^$', 'a.b', '[^a]+', '\\s', 'A|b', '^(a|b)*$', '(?<!a)b', 'a(?=\\n)', '\\bb'),
        (labels, pattern) => {
          const result = createLabelSearch(labels).search(pattern, { mode: 'regex', limit: Infinity });
          const regex = new RegExp(pattern, 'iu');
          const expected = labels.flatMap((text, index) => (regex.test(text) ? [index] : []));
          expect(Array.from(result.indices).sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });
});
