import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coordinatesToCsv,
  coordinatesToJson,
  formatFloat32,
  neighborsToCsv,
  neighborsToJson,
  selectionToJson,
} from './exportData.js';

/** A strict RFC 4180 reader, to check what the writer produces. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '\r' || text[i] === '\n') throw new Error(`bare line break at ${i}`);
      field += text[i++];
    }
  }
  if (field !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('formatFloat32', () => {
  it('writes the shortest text that reads back as the same float32', () => {
    expect(formatFloat32(Math.fround(0.1))).toBe('0.1');
    expect(formatFloat32(0.5)).toBe('0.5');
    expect(formatFloat32(Math.fround(1 / 3))).toBe('0.33333334');
    expect(formatFloat32(-123456792)).toBe('-123456790');
    expect(formatFloat32(NaN)).toBe('');
    expect(formatFloat32(Infinity)).toBe('');
  });

  it('round-trips every float32', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatFloat32(value);
        expect(Math.fround(Number(text))).toBe(Math.fround(value) === 0 ? 0 : Math.fround(value));
        const significant = text.replace(/^-|\.|e.*$/g, '').replace(/^0+|0+$/g, '');
        expect(significant.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});

describe('coordinatesToCsv', () => {
  it('writes a header and one quoted-when-needed row per point', () => {
    const csv = coordinatesToCsv(
      ['plain', 'a,b', 'say "hi"', 'two\nlines'],
      new Float32Array([0, 1, 2, 3, 4, 5, 6, 0.1]),
      2,
    );
    expect(csv).toBe('label,x,y\r\nplain,0,1\r\n"a,b",2,3\r\n"say ""hi""",4,5\r\n"two\nlines",6,0.1\r\n');
  });

  it('exports a selection in its order, in 3-D, with NaN as an empty field', () => {
    const csv = coordinatesToCsv(['a', 'b'], new Float32Array([1, 2, 3, NaN, 5, 6]), 3, [1, 0]);
    expect(csv).toBe('label,x,y,z\r\nb,,5,6\r\na,1,2,3\r\n');
  });

  it('rejects mismatched lengths, bad dimensions and out-of-range indices', () => {
    expect(() => coordinatesToCsv(['a'], new Float32Array(3), 2)).toThrow(/Expected 1 × 2 = 2 coordinates/);
    expect(() => coordinatesToCsv(['a'], new Float32Array(4), 4 as 2)).toThrow(/2 or 3 dimensions, got 4/);
    expect(() => coordinatesToCsv(['a'], new Float32Array(2), 2, [1])).toThrow(/Point index 1 .* expected 0–0/);
  });

  it('reads back to the same labels and float32 values (RFC 4180)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') }), fc.float(), fc.float()),
          {
            maxLength: 20,
          },
        ),
        (points) => {
          const coords = new Float32Array(points.flatMap(([, x, y]) => [x, y]));
          const rows = parseCsv(
            coordinatesToCsv(
              points.map(([label]) => label),
              coords,
              2,
            ),
          );
          expect(rows[0]).toEqual(['label', 'x', 'y']);
          expect(rows.length).toBe(points.length + 1);
          points.forEach(([label], i) => {
            const [readLabel, x, y] = rows[i + 1] as string[];
            // A label starting with a carriage return could run as a formula: it reads back with a ' prefix.
            expect(readLabel).toBe(label.startsWith('\r') ? `'${label}` : label);
            for (const [text, value] of [
              [x, coords[i * 2]],
              [y, coords[i * 2 + 1]],
            ] as const) {
              if (Number.isFinite(value)) expect(Math.fround(Number(text))).toBe(value === 0 ? 0 : value);
              else expect(text).toBe('');
            }
          });
        },
      ),
    );
  });
});

describe('formula cells', () => {
  const labels = ['=1+1', '@SUM(A1)', '-2+3', '+cmd', '-0.5'];

  it('escapes labels a spreadsheet would run, in coordinates and neighbours', () => {
    const csv = coordinatesToCsv(labels, new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, -9, 10]), 2);
    expect(csv).toBe("label,x,y\r\n'=1+1,1,2\r\n'@SUM(A1),3,4\r\n'-2+3,5,6\r\n'+cmd,7,8\r\n-0.5,-9,10\r\n");
    const neighbors = labels.map((label, i) => ({ label, score: -i / 2, rank: i + 1 }));
    expect(neighborsToCsv('=HYPERLINK("x")', neighbors, 'cosine').split('\r\n').slice(0, 3)).toEqual([
      'query,rank,label,score,metric',
      `"'=HYPERLINK(""x"")",1,'=1+1,0,cosine`,
      `"'=HYPERLINK(""x"")",2,'@SUM(A1),-0.5,cosine`,
    ]);
  });
});

describe('neighbors', () => {
  const neighbors = [
    { label: 'queen', score: 0.7839043, rank: 1 },
    { label: 'prince, royal', score: 0.5, rank: 2 },
  ];

  it('writes CSV with the query and metric on every row', () => {
    expect(neighborsToCsv('king', neighbors, 'cosine')).toBe(
      'query,rank,label,score,metric\r\nking,1,queen,0.7839043,cosine\r\nking,2,"prince, royal",0.5,cosine\r\n',
    );
  });

  it('writes JSON that parses back', () => {
    expect(JSON.parse(neighborsToJson('king', [...neighbors, { label: 'x', score: NaN, rank: 3 }], 'dot'))).toEqual({
      query: 'king',
      metric: 'dot',
      neighbors: [
        { rank: 1, label: 'queen', score: 0.7839043 },
        { rank: 2, label: 'prince, royal', score: 0.5 },
        { rank: 3, label: 'x', score: null },
      ],
    });
  });
});

describe('JSON exports', () => {
  it('writes coordinates as objects with null for NaN', () => {
    expect(JSON.parse(coordinatesToJson(['a', 'b"'], new Float32Array([0.1, NaN, 2, 3]), 2))).toEqual([
      { index: 0, label: 'a', x: 0.1, y: null },
      { index: 1, label: 'b"', x: 2, y: 3 },
    ]);
  });

  it('writes a selection with or without coordinates', () => {
    expect(JSON.parse(selectionToJson(['a', 'b', 'c'], [2, 0]))).toEqual({
      count: 2,
      points: [
        { index: 2, label: 'c' },
        { index: 0, label: 'a' },
      ],
    });
    const withCoords = selectionToJson(['a', 'b'], new Int32Array([1]), {
      values: new Float32Array([1, 2, 3, 4, 5, 6]),
      dimensions: 3,
    });
    expect(JSON.parse(withCoords)).toEqual({ count: 1, points: [{ index: 1, label: 'b', x: 4, y: 5, z: 6 }] });
    expect(() => selectionToJson(['a'], [3])).toThrow(/out of range/);
  });
});
