import { describe, expect, it } from 'vitest';
import { csvCell, recordsToCsv, toCsv } from './csv.js';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['+cmd', "'+cmd"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['\tx', "'\tx"],
  ])('escapes the formula cell %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('keeps numbers, also signed numeric text, as numbers', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(csvCell('+1e-3')).toBe('+1e-3');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes, line breaks and outer spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' cat')).toBe('" cat"');
    expect(csvCell(null)).toBe('');
    expect(csvCell('고양이')).toBe('고양이');
  });

  it('can leave formulas alone when asked', () => {
    expect(csvCell('=1+1', { escapeFormulas: false })).toBe('=1+1');
  });
});

describe('toCsv / recordsToCsv', () => {
  it('writes CRLF lines and an optional BOM', () => {
    expect(
      toCsv([
        ['a', 1],
        ['=b', null],
      ]),
    ).toBe("a,1\r\n'=b,\r\n");
    expect(toCsv([['x']], { bom: true })).toBe('\uFEFFx\r\n');
  });

  it('writes a header row from the columns', () => {
    const rows = [{ name: '@evil', value: 2 }];
    expect(
      recordsToCsv(
        [
          { key: 'name', header: 'Name' },
          { key: 'value', header: 'Value' },
        ],
        rows,
      ),
    ).toBe("Name,Value\r\n'@evil,2\r\n");
  });
});

describe('hostile input (issue "Hardening")', () => {
  it("reads only a row's own fields: a column named constructor is empty, not Object (regression)", () => {
    expect(recordsToCsv([{ key: 'constructor', header: 'c' }], [{}, { constructor: 'x' }] as never)).toBe(
      'c\r\n\r\nx\r\n',
    );
  });

  it('refuses rows and cells of the wrong type with typed errors', () => {
    expect(() => toCsv(5 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => toCsv([{}] as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => csvCell(Object.create(null))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => csvCell('x', null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
