import { describe, expect, it } from 'vitest';

import { parseWordVectorsText } from './wordVectorsText.js';
import { thrown } from '../thrown.testing.js';

describe('parseWordVectorsText', () => {
  it('reads GloVe lines: a word, then space-separated values', () => {
    const data = parseWordVectorsText('the 0.418 0.24968 -0.41242\n, 0.013441 0.23682 -0.16899\n한국 1 2 3\n');
    expect(data.labels).toEqual(['the', ',', '한국']);
    expect(data.dimensions).toBe(3);
    expect(Array.from(data.vectors)).toEqual(
      [0.418, 0.24968, -0.41242, 0.013441, 0.23682, -0.16899, 1, 2, 3].map(Math.fround),
    );
  });

  it('treats numeric words as words', () => {
    expect(parseWordVectorsText('1999 1 2\n2000 3 4\n').labels).toEqual(['1999', '2000']);
  });

  it('detects a word2vec / fastText header line and tolerates trailing spaces and CRLF', () => {
    const data = parseWordVectorsText('2 3\r\nkönig 1 2 3 \r\nqueen\t4 5 6 \r\n');
    expect(data.count).toBe(2);
    expect(data.labels).toEqual(['könig', 'queen']);
    expect(Array.from(data.vectors)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not take a GloVe first line for a header', () => {
    const data = parseWordVectorsText('2 3 4\n5 6 7\n');
    expect(data.labels).toEqual(['2', '5']);
    expect(data.dimensions).toBe(2);
  });

  it('checks the vector count of a word2vec header', () => {
    const error = thrown(() => parseWordVectorsText('3 2\na 1 2\nb 3 4\n', { fileName: 'wiki.vec' }));
    expect(error.code).toBe('LENGTH_MISMATCH');
    expect(error.message).toBe(
      'The word2vec header on line 1 of wiki.vec says there are 3 vectors, but the file has 2.',
    );
    expect(error.location).toEqual({ file: 'wiki.vec', line: 1, column: 1 });
  });

  it('checks each line against the dimensions of a word2vec header', () => {
    const error = thrown(() => parseWordVectorsText('2 3\na 1 2 3\nb 3 4\n'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe(
      'Line 3 of vectors.txt has 2 values; the word2vec header on line 1 says 3. Every vector needs the same number of values.',
    );
    expect(error.location).toEqual({ file: 'vectors.txt', line: 3, column: 4 });
  });

  it('names the line and column (the word is column 1) of a bad value', () => {
    const error = thrown(() => parseWordVectorsText('a 1 2 3\nb 4 five 6\n'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe("Line 2, column 3 of vectors.txt: 'five' is not a number.");
    expect(error.location).toEqual({ file: 'vectors.txt', line: 2, column: 3 });
  });

  it('names a line with extra values', () => {
    const error = thrown(() => parseWordVectorsText('a 1 2\nb 1 2 3\n'));
    expect(error.message).toBe(
      'Line 2 of vectors.txt has 3 values; the first line has 2. Every vector needs the same number of values.',
    );
    expect(error.location).toEqual({ file: 'vectors.txt', line: 2, column: 4 });
  });

  it('rejects a header that promises vectors and a file without any', () => {
    expect(thrown(() => parseWordVectorsText('5 3\n')).code).toBe('EMPTY_INPUT');
    expect(thrown(() => parseWordVectorsText('5 1\n')).code).toBe('INVALID_SHAPE');
  });

  it('replaces the words with labels from a metadata TSV', () => {
    const data = parseWordVectorsText('a 1 2\nb 3 4\n', { metadata: 'label\tpos\nA\tnoun\nB\tverb\n' });
    expect(data.labels).toEqual(['A', 'B']);
    expect(data.columns[0]?.name).toBe('pos');
  });
});
