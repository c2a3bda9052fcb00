import { describe, expect, it } from 'vitest';
import { attentionToCsv } from './csv.js';
import { errorOf } from './testData.js';

describe('attentionToCsv', () => {
  it('writes a header row and one row per query token', () => {
    const csv = attentionToCsv(Float32Array.from([1, 0, 0.3, 0.7]), ['학교', ' cat'], ['학교', ' cat']);
    expect(csv).toBe('query \\ key,학교," cat"\r\n학교,1,0\r\n" cat",0.3,0.7\r\n');
  });

  it('quotes, escapes formulas, leaves masked cells empty and adds a BOM on request', () => {
    const csv = attentionToCsv([0.123456789, 0.5, 0.25, 0.75], ['a,b', '"q"'], ['=SUM(A1)', '-'], {
      mask: Uint8Array.from([1, 0, 1, 1]),
      digits: 3,
      corner: '',
      bom: true,
    });
    expect(csv).toBe('\uFEFF,\'=SUM(A1),\'-\r\n"a,b",0.123,\r\n"""q""",0.25,0.75\r\n');
    expect(attentionToCsv([1], ['='], ['+'], { escapeFormulas: false })).toBe('query \\ key,+\r\n=,1\r\n');
  });

  it('escapes every token a spreadsheet would run, through the shared writer', () => {
    const tokens = ['=1+1', '@SUM(A1)', '-2+3', '+cmd', '-0.5', 'plain'];
    const csv = attentionToCsv(new Float32Array(36).fill(0.5), tokens, tokens, { corner: 'q' });
    const [header, ...rows] = csv.split('\r\n');
    expect(header).toBe("q,'=1+1,'@SUM(A1),'-2+3,'+cmd,-0.5,plain");
    expect(rows.map((row) => row.split(',')[0])).toEqual(["'=1+1", "'@SUM(A1)", "'-2+3", "'+cmd", '-0.5', 'plain', '']);
  });

  it('rejects a matrix of the wrong size', () => {
    expect(errorOf(() => attentionToCsv([1, 2, 3], ['a', 'b'], ['a', 'b'])).code).toBe('LENGTH_MISMATCH');
    expect(errorOf(() => attentionToCsv([1], ['a'], ['a'], { mask: new Uint8Array(2) })).code).toBe('LENGTH_MISMATCH');
  });
});
