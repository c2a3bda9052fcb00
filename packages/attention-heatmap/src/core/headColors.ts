import {
  TensorscopeArgumentError,
  checkFiniteNumbers,
  checkInteger,
  checkNumber,
  checkOptions,
} from '@tensorscope/common';
/**
 * Paul Tol's discrete rainbow (14 colours), ordered so neighbouring heads differ: colour-blind
 * safe, and head 11 is not head 1 again (BertViz's category10 repeats after 10 heads).
 * https://personal.sron.nl/~pault/#sec:qualitative
 */
export const HEAD_COLORS: readonly string[] = [
  '#1965B0',
  '#DC050C',
  '#4EB265',
  '#F1932D',
  '#882E72',
  '#7BAFDE',
  '#E8601C',
  '#90C987',
  '#AE76A3',
  '#F6C141',
  '#5289C7',
  '#CAE0AB',
  '#D1BBD7',
  '#F7F056',
];

/** The colour of a head (cycles only after 14 heads). */
export function headColor(head: number): string {
  checkInteger(head, 'head', { min: 0 });
  return HEAD_COLORS[head % HEAD_COLORS.length] as string;
}

/**
 * The keys of one attention row worth drawing: the strongest ones until `mass` of the row's total
 * is covered (exBERT keeps 70 %), at most `topK`. Ties go to the lower index.
 */
export function pruneRow(row: Float32Array, options?: { mass?: number; topK?: number }): number[] {
  if (!(row instanceof Float32Array)) throw new TensorscopeArgumentError('row', 'a Float32Array', row);
  checkFiniteNumbers(row, 'row');
  const chosen = checkOptions(options);
  const mass = chosen.mass === undefined ? 0.7 : checkNumber(chosen.mass, 'options.mass', { min: 0, max: 1 });
  const topK = chosen.topK === undefined ? row.length : checkInteger(chosen.topK, 'options.topK', { min: 0 });
  const order = Array.from(row.keys()).sort((a, b) => (row[b] as number) - (row[a] as number) || a - b);
  let total = 0;
  for (const v of row) total += v;
  const kept: number[] = [];
  let covered = 0;
  for (const index of order) {
    if (kept.length >= topK || covered >= mass * total || (row[index] as number) <= 0) break;
    kept.push(index);
    covered += row[index] as number;
  }
  return kept;
}
