import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createProjectorTsvParser, parseProjectorTsv } from './projectorTsv.js';
import { thrown } from '../thrown.testing.js';

// String(-0) is '0'; numpy and others write the sign.
const write = (x: number) => (Object.is(x, -0) ? '-0' : String(x));
const VECTORS = '0.1\t0.2\t0.3\n1\t2\t3\n-1\t-2\t-3\n';

describe('parseProjectorTsv: vectors', () => {
  it('reads tab-separated floats, one vector per line', () => {
    const data = parseProjectorTsv(VECTORS);
    expect(data.count).toBe(3);
    expect(data.dimensions).toBe(3);
    expect(Array.from(data.vectors)).toEqual([0.1, 0.2, 0.3, 1, 2, 3, -1, -2, -3].map(Math.fround));
    expect(data.labels).toEqual(['0', '1', '2']);
  });

  it('tolerates CRLF, a missing final newline, blank lines, trailing tabs and a byte order mark', () => {
    const data = parseProjectorTsv('\ufeff1\t2\r\n\r\n3\t4\t\r\n5\t6');
    expect(Array.from(data.vectors)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parseProjectorTsv('1\t2\n3\t4\n\n\n').count).toBe(2);
  });

  it('takes the first field as a label when the first line starts with a non-number (as the Projector does)', () => {
    const data = parseProjectorTsv('사과\t1\t2\nbanana split\t3\t4\n42\t5\t6\n');
    expect(data.labels).toEqual(['사과', 'banana split', '42']);
    expect(Array.from(data.vectors)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads scientific notation and long mantissas exactly like Number()', () => {
    const data = parseProjectorTsv('1.5e-3\t-2E+2\n0.12345678901234567890\t.5\n');
    expect(Array.from(data.vectors)).toEqual([1.5e-3, -200, 0.12345678901234568, 0.5].map(Math.fround));
  });

  it.each([
    ['1\t2\t3\n4\t5\t6\n1\t2\tabc\n', 3, 3, "Line 3, column 3 of vectors.tsv: 'abc' is not a number."],
    ['1\t2\n3\t1.5x\n', 2, 2, "Line 2, column 2 of vectors.tsv: '1.5x' is not a number."],
    ['1\t2\n3\t\t4\n', 2, 2, 'Line 2, column 2 of vectors.tsv: the value is empty; expected a number.'],
    ['1\t2\n3\tNaN\n', 2, 2, "Line 2, column 2 of vectors.tsv: 'NaN' is not a finite number"],
    ['w\t1\t2\nv\t3\t-inf\n', 2, 3, "Line 2, column 3 of vectors.tsv: '-inf' is not a finite number"],
    ['1\t2\n3\t1e39\n', 2, 2, "Line 2, column 2 of vectors.tsv: '1e39' is too large for a 32-bit float"],
    [
      '1\t2\nthe\t3\n',
      2,
      1,
      'A label in the first column is only recognised when the first field of the first line is not a number',
    ],
  ])('names the line and column of a bad value: %j', (text, line, column, message) => {
    const error = thrown(() => parseProjectorTsv(text));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.location).toEqual({ file: 'vectors.tsv', line, column });
    expect(error.message).toContain(message);
  });

  it('names a line with the wrong number of values and the count of the first line', () => {
    const row = (n: number) => Array.from({ length: n }, (_, i) => i).join('\t');
    const text = [row(100), row(100), row(100), row(99), row(100)].join('\n');
    const error = thrown(() => parseProjectorTsv(text));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe(
      'Line 4 of vectors.tsv has 99 values; the first line has 100. Every vector needs the same number of values.',
    );
    expect(error.location).toEqual({ file: 'vectors.tsv', line: 4, column: 100 });
    expect(error.details).toMatchObject({ expected: 100, actual: 99 });
  });

  it('counts lines from the top of the file, blank lines included', () => {
    const error = thrown(() => parseProjectorTsv('\n\n1\t2\n3\t4\t5\n', undefined, { vectorsFileName: 'emb.tsv' }));
    expect(error.message).toBe(
      'Line 4 of emb.tsv has 3 values; the first vector (line 3) has 2. Every vector needs the same number of values.',
    );
    expect(error.location).toEqual({ file: 'emb.tsv', line: 4, column: 3 });
  });

  it.each([
    ['', 'EMPTY_INPUT', 'vectors.tsv has no vectors'],
    ['\n\n', 'EMPTY_INPUT', 'vectors.tsv has no vectors'],
    ['1\t2\n', 'INVALID_SHAPE', 'vectors.tsv has only 1 vector; the explorer needs at least 2 vectors.'],
    ['1\n2\n', 'INVALID_SHAPE', 'Line 1 of vectors.tsv has 1 value; vectors need at least 2 dimensions.'],
  ])('rejects too little data: %j', (text, code, message) => {
    const error = thrown(() => parseProjectorTsv(text));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('gives the same result however the text is cut into pieces (property)', () => {
    const text = 'α\t1.25\t-3e2\r\nβ\t0.5\t.75\n\n한국어\t7\t8\n';
    const whole = parseProjectorTsv(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }), (cuts) => {
        const parser = createProjectorTsvParser();
        const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
        for (let i = 1; i < points.length; i++) parser.push(text.slice(points[i - 1], points[i]));
        const data = parser.finish();
        expect(data.labels).toEqual(whole.labels);
        expect(Array.from(data.vectors)).toEqual(Array.from(whole.vectors));
      }),
    );
  });

  it('reads back any float32 matrix written as TSV (round-trip property)', () => {
    const matrix = fc
      .record({ n: fc.integer({ min: 2, max: 8 }), d: fc.integer({ min: 2, max: 8 }) })
      .chain(({ n, d }) =>
        fc.array(fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { minLength: d, maxLength: d }), {
          minLength: n,
          maxLength: n,
        }),
      );
    fc.assert(
      fc.property(matrix, fc.boolean(), (rows, crlf) => {
        const text = rows.map((row) => row.map(write).join('\t')).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
        const data = parseProjectorTsv(text);
        expect(data.count).toBe(rows.length);
        expect(Array.from(data.vectors)).toEqual(rows.flat());
        rows.flat().forEach((x, i) => expect(Object.is(data.vectors[i], x)).toBe(true));
      }),
    );
  });
});

describe('parseProjectorTsv: metadata', () => {
  it('reads a single-column metadata file without a header as labels (Hangul included)', () => {
    const data = parseProjectorTsv(VECTORS, '사과\n배\n고양이\n');
    expect(data.labels).toEqual(['사과', '배', '고양이']);
    expect(data.columns).toEqual([]);
  });

  it('reads a multi-column metadata file with a header: first column labels, the rest columns', () => {
    const data = parseProjectorTsv(
      VECTORS,
      'word\ttopic\tfrequency\r\ncat\tanimal\t12\r\n개\tanimal\t\r\nrose\tplant\t3.5\r\n',
    );
    expect(data.labels).toEqual(['cat', '개', 'rose']);
    expect(data.columns.map((column) => [column.name, column.kind])).toEqual([
      ['topic', 'category'],
      ['frequency', 'number'],
    ]);
    const frequency = data.columns[1];
    if (frequency?.kind !== 'number') throw new Error('expected a number column');
    expect(Array.from(frequency.values)).toEqual([12, NaN, 3.5]);
  });

  it('takes labels from another column by name', () => {
    const data = parseProjectorTsv(VECTORS, 'id\tname\n1\ta\n2\tb\n3\tc\n', { labelColumn: 'name' });
    expect(data.labels).toEqual(['a', 'b', 'c']);
    expect(data.columns.map((column) => column.name)).toEqual(['id']);
  });

  it('replaces labels from the vectors file with those of the metadata', () => {
    expect(parseProjectorTsv('x\t1\t2\ny\t3\t4\n', 'a\nb\n').labels).toEqual(['a', 'b']);
  });

  it('says both counts and the header rule when a single-column file has a header line', () => {
    const error = thrown(() => parseProjectorTsv(VECTORS, 'word\ncat\ndog\nrose\n'));
    expect(error.code).toBe('LENGTH_MISMATCH');
    expect(error.message).toBe(
      'metadata.tsv has 4 rows of metadata for 3 vectors. It has a single column, so it has no header row (a file with more than one column starts with a header of column names). If the first line (“word”) is a header, remove it.',
    );
    expect(error.location).toEqual({ file: 'metadata.tsv' });
  });

  it('says the first line was read as a header when a multi-column file has one row too few', () => {
    const error = thrown(() => parseProjectorTsv(VECTORS, 'cat\tanimal\ndog\tanimal\nrose\tplant\n'));
    expect(error.code).toBe('LENGTH_MISMATCH');
    expect(error.message).toContain('metadata.tsv has 2 rows of metadata for 3 vectors.');
    expect(error.message).toContain('read as a header of column names because it has 2 columns');
    expect(error.message).toContain('add a header line of column names');
  });

  it('names a metadata line with more fields than the header', () => {
    const error = thrown(() => parseProjectorTsv(VECTORS, 'a\tb\n1\t2\n3\t4\t5\n6\t7\n'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe('Line 3 of metadata.tsv has 3 fields; the header on line 1 has 2 columns.');
    expect(error.location).toEqual({ file: 'metadata.tsv', line: 3, column: 3 });
  });
});
