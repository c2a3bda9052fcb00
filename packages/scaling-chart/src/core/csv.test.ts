// @vitest-environment node
import { expect, it } from 'vitest';
import { toCsv } from './csv.js';

it('writes RFC 4180 CSV, quoting where needed', () => {
  const csv = toCsv(
    [
      { key: 'name', header: 'Name' },
      { key: 'value', header: 'Value, FLOP' },
      { key: 'note', header: 'Note' },
    ],
    [
      { name: 'GPT-3', value: 3.14e23, note: 'paper "Table D.1"' },
      { name: 'Line\nbreak', value: null, note: undefined },
    ],
  );
  expect(csv).toBe('Name,"Value, FLOP",Note\r\nGPT-3,3.14e+23,"paper ""Table D.1"""\r\n"Line\nbreak",,\r\n');
});

it('escapes model names a spreadsheet would run as formulas, and keeps numbers as numbers', () => {
  const csv = toCsv(
    [
      { key: 'name', header: 'model' },
      { key: 'value', header: 'value' },
    ],
    [
      { name: '=1+1', value: -2 },
      { name: '@SUM(A1)', value: '-0.5' },
      { name: '-2+3', value: 1e21 },
      { name: '+cmd', value: 0 },
    ],
  );
  expect(csv).toBe("model,value\r\n'=1+1,-2\r\n'@SUM(A1),-0.5\r\n'-2+3,1e+21\r\n'+cmd,0\r\n");
});

it('reads only own fields and refuses bad columns and cells (regression: TypeError, "function Object()")', () => {
  const csv = toCsv([{ key: 'constructor', header: 'c' }], [{ name: 'x' } as Record<string, unknown>]);
  expect(csv).toBe('c\r\n\r\n');
  expect(() => toCsv('x' as never, [])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  expect(() => toCsv([{ key: 'a', header: 'a' }], [{ a: {} }])).toThrow(
    expect.objectContaining({ code: 'INVALID_VALUE' }),
  );
});
