import {
  checkArray,
  checkObject,
  checkString,
  checkStringArray,
  toCsv,
  TensorscopeArgumentError,
  describeValue,
  type CsvValue,
} from '@tensorscope/common';
import { checkAnyNumber, checkList } from './args.js';
import { EmbeddingError } from './errors.js';

/** A neighbour of a query point, as a nearest-neighbour list shows it. */
export interface NeighborRow {
  label: string;
  score: number;
  /** 1 = nearest. */
  rank: number;
}

/**
 * The shortest decimal text that reads back (through `Math.fround`) as the same float32, e.g.
 * `0.1` rather than `0.10000000149011612`. Non-finite values give `''` (an empty CSV field,
 * which pandas and spreadsheets read as missing).
 */
export function formatFloat32(value: number): string {
  if (!Number.isFinite(value)) return '';
  const f = Math.fround(value);
  // float32 carries at most 9 significant digits; any shorter form that round-trips equals the
  // 6-digit rounding (its error is below half a unit in the 6th digit), so start there.
  for (let digits = 6; digits < 9; digits++) {
    const text = String(Number(f.toPrecision(digits)));
    if (Math.fround(Number(text)) === f) return text;
  }
  return String(Number(f.toPrecision(9)));
}

function checkCoordinates(labels: readonly string[], coords: Float32Array, dims: number, indices?: ArrayLike<number>) {
  checkStringArray(labels, 'labels');
  checkList(coords, 'coordinates');
  if (dims !== 2 && dims !== 3) {
    const shown = typeof dims === 'number' ? String(dims) : describeValue(dims);
    throw new EmbeddingError('INVALID_SHAPE', `Coordinates must have 2 or 3 dimensions, got ${shown}.`, {
      details: { dims: shown },
    });
  }
  if (coords.length !== labels.length * dims) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `Expected ${labels.length} × ${dims} = ${labels.length * dims} coordinates for ${labels.length} labels, got ${coords.length}.`,
      { details: { labels: labels.length, dims, coordinates: coords.length } },
    );
  }
  if (indices !== undefined) checkIndices(labels.length, indices);
}

function checkIndices(count: number, indices: ArrayLike<number>) {
  checkList(indices, 'indices');
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Point index ${typeof index === 'number' ? index : describeValue(index)} (entry ${k} of the selection) is out of range: expected 0–${count - 1}.`,
        { details: { index: typeof index === 'number' ? index : describeValue(index), entry: k } },
      );
    }
  }
}

/**
 * The coordinates of the points (all, or those in `indices`, in that order) as CSV with the
 * header `label,x,y` or `label,x,y,z`, written by the shared `toCsv` (RFC 4180, CRLF; a label
 * a spreadsheet would run as a formula, such as `=1+1`, is prefixed with `'`); numbers are the
 * shortest text that reads back as the same float32.
 */
export function coordinatesToCsv(
  labels: readonly string[],
  coords: Float32Array,
  dims: 2 | 3,
  indices?: ArrayLike<number>,
): string {
  checkCoordinates(labels, coords, dims, indices);
  const rows: CsvValue[][] = [dims === 3 ? ['label', 'x', 'y', 'z'] : ['label', 'x', 'y']];
  const count = indices === undefined ? labels.length : indices.length;
  for (let k = 0; k < count; k++) {
    const i = indices === undefined ? k : (indices[k] as number);
    const row: CsvValue[] = [labels[i]];
    for (let d = 0; d < dims; d++) row.push(formatFloat32(coords[i * dims + d] as number));
    rows.push(row);
  }
  return toCsv(rows);
}

/** As {@link coordinatesToCsv}, but a JSON array of `{ index, label, x, y[, z] }` (NaN → null). */
export function coordinatesToJson(
  labels: readonly string[],
  coords: Float32Array,
  dims: 2 | 3,
  indices?: ArrayLike<number>,
): string {
  checkCoordinates(labels, coords, dims, indices);
  const count = indices === undefined ? labels.length : indices.length;
  const axes = ['x', 'y', 'z'];
  const items: string[] = [];
  for (let k = 0; k < count; k++) {
    const i = indices === undefined ? k : (indices[k] as number);
    let item = `{"index":${i},"label":${JSON.stringify(labels[i])}`;
    for (let d = 0; d < dims; d++) {
      const text = formatFloat32(coords[i * dims + d] as number);
      item += `,"${axes[d]}":${text === '' ? 'null' : text}`;
    }
    items.push(`${item}}`);
  }
  return `[${items.join(',\n')}]\n`;
}

/**
 * The nearest neighbours of `query` as CSV: header `query,rank,label,score,metric`, one row per
 * neighbour in the given order, scores at full double precision (empty when not finite), written by
 * the shared `toCsv` like {@link coordinatesToCsv}.
 */
export function neighborsToCsv(query: string, neighbors: readonly NeighborRow[], metric: string): string {
  checkNeighbors(query, neighbors, metric);
  return toCsv([
    ['query', 'rank', 'label', 'score', 'metric'],
    ...neighbors.map((n): CsvValue[] => [query, n.rank, n.label, n.score, metric]),
  ]);
}

/** The nearest neighbours of `query` as JSON: `{ query, metric, neighbors: [{ rank, label, score }] }`. */
export function neighborsToJson(query: string, neighbors: readonly NeighborRow[], metric: string): string {
  checkNeighbors(query, neighbors, metric);
  const rows = neighbors.map((n) => ({
    rank: n.rank,
    label: n.label,
    score: Number.isFinite(n.score) ? n.score : null,
  }));
  return `${JSON.stringify({ query, metric, neighbors: rows }, null, 2)}\n`;
}

/**
 * A selection as JSON: `{ count, points: [{ index, label, x?, y?, z? }] }`, with coordinates when
 * `coords` is given (shortest float32 text, NaN → null), in selection order.
 */
export function selectionToJson(
  labels: readonly string[],
  indices: ArrayLike<number>,
  coordinates?: { values: Float32Array; dimensions: 2 | 3 },
): string {
  if (coordinates !== undefined) {
    checkObject(coordinates, 'coordinates');
    checkCoordinates(labels, coordinates.values, coordinates.dimensions, indices);
  } else checkIndices(checkStringArray(labels, 'labels').length, indices);
  const points: string[] = [];
  const axes = ['x', 'y', 'z'];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    let item = `{"index":${i},"label":${JSON.stringify(labels[i])}`;
    if (coordinates) {
      for (let d = 0; d < coordinates.dimensions; d++) {
        const text = formatFloat32(coordinates.values[i * coordinates.dimensions + d] as number);
        item += `,"${axes[d]}":${text === '' ? 'null' : text}`;
      }
    }
    points.push(`${item}}`);
  }
  return `{"count":${indices.length},"points":[${points.join(',\n')}]}\n`;
}

/** The arguments of {@link neighborsToCsv} / {@link neighborsToJson}: text, and rows of the documented shape. */
function checkNeighbors(query: unknown, neighbors: unknown, metric: unknown): void {
  checkString(query, 'query');
  checkString(metric, 'metric');
  checkArray(neighbors, 'neighbors').forEach((item, i) => {
    const row = checkObject(item, `neighbors[${i}]`);
    checkString(row.label, `neighbors[${i}].label`);
    checkAnyNumber(row.score, `neighbors[${i}].score`);
    if (typeof row.rank !== 'number' || !Number.isInteger(row.rank)) {
      throw new TensorscopeArgumentError(`neighbors[${i}].rank`, 'a whole number (1 = nearest)', row.rank);
    }
  });
}
