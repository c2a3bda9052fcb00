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
