import { checkString, TensorscopeArgumentError } from '@tensorscope/common';
import { markEmbeddingDataChecked } from './checkEmbeddingData.js';
import { EmbeddingError } from './errors.js';

// Kept here too so existing imports of the error from this module keep working.
export { EmbeddingError, type EmbeddingErrorCode, type EmbeddingErrorLocation } from './errors.js';

/** A metadata column with one string per point (e.g. a topic). `codes[i]` indexes `categories`. */
export interface CategoryColumn {
  kind: 'category';
  name: string;
  categories: string[];
  codes: Uint32Array;
}

/** A metadata column with one number per point (e.g. word frequency rank). NaN = missing. */
export interface NumberColumn {
  kind: 'number';
  name: string;
  values: Float32Array;
  min: number;
  max: number;
}

export type MetadataColumn = CategoryColumn | NumberColumn;

/** Vectors plus everything needed to show them: the one input type of the explorer. */
export interface EmbeddingData {
  /** Row-major `count × dimensions` vectors. */
  vectors: Float32Array;
  count: number;
  dimensions: number;
  /** One label per vector (a word, a sentence, an id). */
  labels: string[];
  /** Optional metadata columns, each with `count` entries. */
  columns: MetadataColumn[];
  /** Optional precomputed coordinates (e.g. UMAP run in Python), row-major `count × 2` or `count × 3`. */
  coordinates?: { values: Float32Array; dimensions: 2 | 3; name?: string };
}

/** A metadata column given as one plain value per point; `null`, `undefined`, `''` and NaN are missing. */
export interface MetadataValuesColumn {
  name: string;
  values: readonly (string | number | null | undefined)[];
}

/** Precomputed coordinates as {@link createEmbeddingData} accepts them. */
export interface CoordinatesInput {
  /** Row-major `count × dimensions` values, or one `[x, y]` / `[x, y, z]` row per point. */
  values: Float32Array | Float64Array | readonly (readonly number[])[];
  /** 2 or 3; required with a flat typed array, else the row length. */
  dimensions?: 2 | 3;
  /** Shown in the UI, e.g. "UMAP (Python)". */
  name?: string;
}

/** What {@link createEmbeddingData} accepts. */
export interface EmbeddingDataInput {
  /** Row-major `count × dimensions` values (with `dimensions`), or one array of numbers per vector. */
  vectors: Float32Array | Float64Array | readonly (readonly number[])[];
  /** Required with a flat typed array; for nested arrays it is the row length (and checked when given). */
  dimensions?: number;
  /** One label per vector. Default: "0", "1", … */
  labels?: readonly string[];
  /** Ready columns, or `{ name, values }` with one plain value per vector. */
  columns?: readonly (MetadataColumn | MetadataValuesColumn)[];
  /** Precomputed 2-D or 3-D coordinates, one row per vector. */
  coordinates?: CoordinatesInput | Float32Array | Float64Array | readonly (readonly number[])[];
}

/** The largest finite float32. Larger doubles become ±Infinity in a `Float32Array`. */
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Validates vectors, labels, metadata columns and coordinates and returns one {@link EmbeddingData}.
 * Rows and columns in messages are 1-based. Throws an {@link EmbeddingError}:
 * `EMPTY_INPUT` (no vectors), `INVALID_SHAPE` (one vector, fewer than 2 dimensions, ragged rows,
 * coordinates that are not 2-D or 3-D), `LENGTH_MISMATCH` (labels, a column or coordinates with a
 * different count than the vectors; a flat array that does not split into rows) and `INVALID_VALUE`
 * (NaN, ±Infinity, a value too large for float32, a non-number, a duplicate column name).
 *
 * A `Float32Array` is kept as is (not copied); nested arrays are copied into a new one. A plain
 * `{ name, values }` column becomes a category column when any present value is not a number (or a
 * numeric string), else a number column with NaN for missing values and its `min`/`max`.
 */
export function createEmbeddingData(input: EmbeddingDataInput): EmbeddingData {
  if (input === null || typeof input !== 'object') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `createEmbeddingData expects an object with vectors; received ${describeValue(input)}.`,
    );
  }
  const labelOf = (row: number) => (input.labels?.[row] === undefined ? '' : ` (“${clip(String(input.labels[row]))}”)`);
  const { vectors, count, dimensions } = readVectors(input.vectors, input.dimensions, labelOf);
  const labels = readLabels(input.labels, count);
  if (input.columns !== undefined && !Array.isArray(input.columns)) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `columns must be an array of metadata columns; received ${describeValue(input.columns)}.`,
    );
  }
  const columns = (input.columns ?? []).map((column, index) => readColumn(column, index, count));
  const names = new Map<string, number>();
  columns.forEach((column, index) => {
    const first = names.get(column.name);
    if (first !== undefined) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Columns ${first + 1} and ${index + 1} are both named “${column.name}”; column names must be unique.`,
        { details: { name: column.name } },
      );
    }
    names.set(column.name, index);
  });
  const data: EmbeddingData = { vectors, count, dimensions, labels, columns };
  if (input.coordinates !== undefined) data.coordinates = readCoordinates(input.coordinates, count);
  return markEmbeddingDataChecked(data);
}

/**
 * Turns one plain value per point into a metadata column: a category column when any present value
 * is not numeric (numbers and numeric strings such as "3.5" are numeric), else a number column.
 * `null`, `undefined`, `''` and NaN are missing: NaN in a number column, the category `''` in a
 * category column. Categories are in order of first appearance.
 */
export function createMetadataColumn(
  name: string,
  values: readonly (string | number | null | undefined)[],
): MetadataColumn {
  checkString(name, 'name');
  if (!Array.isArray(values)) throw new TensorscopeArgumentError('values', 'an array of values', values);
  const bad = values.findIndex(
    (value) => value !== null && value !== undefined && typeof value !== 'string' && typeof value !== 'number',
  );
  if (bad >= 0) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `Value ${bad + 1} of column “${clip(name)}” is ${describeValue(values[bad])}; expected a string, a number or null.`,
      { details: { column: name, row: bad + 1 } },
    );
  }
  const numbers = new Float32Array(values.length);
  let numeric = true;
  for (let i = 0; i < values.length; i++) {
    const number = toNumber(values[i]);
    if (number === undefined) {
      numeric = false;
      break;
    }
    numbers[i] = number;
  }
  if (numeric) {
    let min = Infinity;
    let max = -Infinity;
    for (const value of numbers) {
      if (Number.isNaN(value)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    return {
      kind: 'number',
      name,
      values: numbers,
      min: min === Infinity ? NaN : min,
      max: max === -Infinity ? NaN : max,
    };
  }
  const categories: string[] = [];
  const index = new Map<string, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((value, i) => {
    const key =
      value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? '' : String(value);
    let code = index.get(key);
    if (code === undefined) {
      code = categories.length;
      categories.push(key);
      index.set(key, code);
    }
    codes[i] = code;
  });
  return { kind: 'category', name, categories, codes };
}

/** The number a metadata value stands for: NaN when missing, `undefined` when it is not numeric. */
function toNumber(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return NaN;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.isNaN(value) ? NaN : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return NaN;
  const number = Number(trimmed);
  // Number() also reads hex ("0x1F") and binary; a metadata value like that is a code, not a quantity.
  return Number.isFinite(number) && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? number : undefined;
}

function readVectors(
  input: EmbeddingDataInput['vectors'],
  dimensionsOption: number | undefined,
  labelOf: (row: number) => string,
): { vectors: Float32Array; count: number; dimensions: number } {
  let vectors: Float32Array;
  let dimensions: number;
  if (input instanceof Float32Array || input instanceof Float64Array) {
    if (dimensionsOption === undefined) {
      throw new EmbeddingError(
        'INVALID_SHAPE',
        `A flat ${input.constructor.name} of vectors needs \`dimensions\` (values per vector).`,
      );
    }
    checkDimensions(dimensionsOption);
    dimensions = dimensionsOption;
    if (input.length % dimensions !== 0) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `${input.length} values do not split into vectors of ${dimensions} dimensions (${input.length} is not a multiple of ${dimensions}).`,
        { details: { values: input.length, dimensions } },
      );
    }
    vectors = input instanceof Float32Array ? input : new Float32Array(input);
    checkCount(input.length / dimensions);
    for (let i = 0; i < input.length; i++) {
      const value = input[i] as number;
      if (!(value <= FLOAT32_MAX && value >= -FLOAT32_MAX)) {
        const row = Math.floor(i / dimensions);
        throw badValue(row, i % dimensions, value, labelOf(row));
      }
    }
  } else if (Array.isArray(input)) {
    const rows = input as readonly (readonly number[])[];
    checkCount(rows.length);
    const first = rows[0];
    if (!Array.isArray(first)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Row 1${labelOf(0)} of vectors is ${describeValue(first)}; expected an array of numbers (one per dimension).`,
        { details: { row: 1 } },
      );
    }
    dimensions = dimensionsOption ?? first.length;
    checkDimensions(dimensions);
    if (first.length !== dimensions) {
      // Checked before the buffer is allocated: a huge `dimensions` must not be allocated first.
      throw new EmbeddingError(
        'INVALID_SHAPE',
        `Row 1${labelOf(0)} of vectors has ${first.length} values; expected ${dimensions}.`,
        { details: { row: 1, expected: dimensions, actual: first.length } },
      );
    }
    vectors = new Float32Array(rows.length * dimensions);
    rows.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== dimensions) {
        const what = Array.isArray(row) ? `has ${row.length} values` : `is ${describeValue(row)}`;
        const expected = dimensionsOption === undefined ? `row 1 has ${dimensions}` : `expected ${dimensions}`;
        throw new EmbeddingError('INVALID_SHAPE', `Row ${r + 1}${labelOf(r)} of vectors ${what}; ${expected}.`, {
          details: { row: r + 1, expected: dimensions, actual: Array.isArray(row) ? row.length : undefined },
        });
      }
      const offset = r * dimensions;
      for (let c = 0; c < dimensions; c++) {
        const value: unknown = row[c];
        if (typeof value !== 'number' || !(value <= FLOAT32_MAX && value >= -FLOAT32_MAX)) {
          throw badValue(r, c, value, labelOf(r));
        }
        vectors[offset + c] = value;
      }
    });
  } else {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `vectors must be a Float32Array (with dimensions) or an array of number arrays; received ${describeValue(input)}.`,
    );
  }
  return { vectors, count: vectors.length / dimensions, dimensions };
}

function checkCount(count: number): void {
  if (count === 0) {
    throw new EmbeddingError('EMPTY_INPUT', 'There are no vectors; the explorer needs at least 2 vectors.');
  }
  if (count < 2) {
    throw new EmbeddingError('INVALID_SHAPE', 'There is only 1 vector; the explorer needs at least 2 vectors.', {
      details: { count },
    });
  }
}

function checkDimensions(dimensions: unknown): asserts dimensions is number {
  if (typeof dimensions !== 'number') {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `dimensions must be a whole number ≥ 2; received ${describeValue(dimensions)}.`,
      { details: { dimensions: describeValue(dimensions) } },
    );
  }
  if (!Number.isInteger(dimensions) || dimensions < 2) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `Vectors have ${dimensions} dimension${dimensions === 1 ? '' : 's'}; they need at least 2.`,
      { details: { dimensions } },
    );
  }
}

function badValue(row: number, column: number, value: unknown, label: string): EmbeddingError {
  const reason =
    typeof value !== 'number'
      ? `is ${describeValue(value)}; expected a number`
      : Number.isFinite(value)
        ? `is ${value}, too large for a 32-bit float`
        : `is ${value}; every value must be a finite number`;
  return new EmbeddingError('INVALID_VALUE', `Row ${row + 1}${label}, column ${column + 1} of vectors ${reason}.`, {
    details: { row: row + 1, column: column + 1 },
  });
}

function readLabels(labels: readonly string[] | undefined, count: number): string[] {
  if (labels === undefined) return Array.from({ length: count }, (_, i) => String(i));
  if (!Array.isArray(labels)) {
    throw new EmbeddingError('INVALID_VALUE', `labels must be an array of strings; received ${describeValue(labels)}.`);
  }
  if (labels.length !== count) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `There ${labels.length === 1 ? 'is 1 label' : `are ${labels.length} labels`} for ${count} vectors.`,
      { details: { labels: labels.length, vectors: count } },
    );
  }
  return labels.map((label, i) => {
    if (typeof label === 'string') return label;
    if (typeof label === 'number') return String(label);
    throw new EmbeddingError('INVALID_VALUE', `Label ${i + 1} is ${describeValue(label)}; expected a string.`, {
      details: { row: i + 1 },
    });
  });
}

function readColumn(column: MetadataColumn | MetadataValuesColumn, index: number, count: number): MetadataColumn {
  if (column === null || typeof column !== 'object' || typeof column.name !== 'string') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `Column ${index + 1} must be an object with a name and values; received ${describeValue(column)}.`,
    );
  }
  const name = column.name;
  const mismatch = (length: number) =>
    new EmbeddingError('LENGTH_MISMATCH', `Column “${name}” has ${plural(length, 'value')} for ${count} vectors.`, {
      details: { column: name, values: length, vectors: count },
    });
  if ('kind' in column && column.kind === 'category') {
    if (!(column.codes instanceof Uint32Array) || !Array.isArray(column.categories)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Category column “${name}” needs \`categories\` (an array of strings) and \`codes\` (a Uint32Array).`,
        { details: { column: name } },
      );
    }
    if (column.codes.length !== count) throw mismatch(column.codes.length);
    const limit = column.categories.length;
    const bad = column.codes.findIndex((code) => code >= limit);
    if (bad >= 0) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Row ${bad + 1} of column “${name}” has category code ${column.codes[bad]}, but there are only ${limit} categories.`,
        { details: { column: name, row: bad + 1 } },
      );
    }
    return column;
  }
  if ('kind' in column && column.kind === 'number') {
    if (!(column.values instanceof Float32Array)) {
      throw new EmbeddingError('INVALID_VALUE', `Number column “${name}” needs \`values\` as a Float32Array.`, {
        details: { column: name },
      });
    }
    if (column.values.length !== count) throw mismatch(column.values.length);
    return column;
  }
  const values = (column as MetadataValuesColumn).values;
  if (!Array.isArray(values)) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `Column “${name}” needs an array of values (or kind 'category' / 'number'); received ${describeValue(values)}.`,
    );
  }
  if (values.length !== count) throw mismatch(values.length);
  return createMetadataColumn(name, values);
}

function readCoordinates(
  input: NonNullable<EmbeddingDataInput['coordinates']>,
  count: number,
): NonNullable<EmbeddingData['coordinates']> {
  if (typeof input !== 'object' || input === null) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `coordinates must be a Float32Array, an array of [x, y] / [x, y, z] rows or { values, dimensions }; received ${describeValue(input)}.`,
    );
  }
  const spec: CoordinatesInput =
    input instanceof Float32Array || input instanceof Float64Array || Array.isArray(input)
      ? { values: input as CoordinatesInput['values'] }
      : (input as CoordinatesInput);
  if (spec.name !== undefined && typeof spec.name !== 'string') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `coordinates.name must be a string; received ${describeValue(spec.name)}.`,
    );
  }
  const source = spec.values;
  let dimensions: number | undefined = spec.dimensions;
  let values: Float32Array;
  if (source instanceof Float32Array || source instanceof Float64Array) {
    if (dimensions === undefined) {
      throw new EmbeddingError('INVALID_SHAPE', 'Flat coordinates need `dimensions` (2 or 3).');
    }
    values = source instanceof Float32Array ? source : new Float32Array(source);
  } else if (Array.isArray(source)) {
    const rows = source as readonly (readonly number[])[];
    dimensions ??= Array.isArray(rows[0]) ? (rows[0].length as 2 | 3) : undefined;
    if (dimensions !== 2 && dimensions !== 3) {
      throw new EmbeddingError(
        'INVALID_SHAPE',
        `Coordinates must have 2 or 3 values per point; row 1 has ${Array.isArray(rows[0]) ? rows[0].length : 'none'}.`,
      );
    }
    if (rows.length !== count) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `There ${rows.length === 1 ? 'is' : 'are'} ${plural(rows.length, 'coordinate row')} for ${count} vectors.`,
        {
          details: { coordinates: rows.length, vectors: count },
        },
      );
    }
    const d = dimensions;
    values = new Float32Array(rows.length * d);
    rows.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== d) {
        throw new EmbeddingError(
          'INVALID_SHAPE',
          `Coordinate row ${r + 1} has ${Array.isArray(row) ? row.length : 'no'} values; expected ${d}.`,
          { details: { row: r + 1 } },
        );
      }
      for (let c = 0; c < d; c++) {
        const value: unknown = row[c];
        if (typeof value !== 'number') {
          throw new EmbeddingError(
            'INVALID_VALUE',
            `Coordinate row ${r + 1}, column ${c + 1} is ${describeValue(value)}; coordinates must be finite numbers.`,
            { details: { row: r + 1, column: c + 1 } },
          );
        }
        values[r * d + c] = value;
      }
    });
  } else {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `coordinates must be a Float32Array or an array of [x, y] / [x, y, z] rows; received ${describeValue(source)}.`,
    );
  }
  if (dimensions !== 2 && dimensions !== 3) {
    throw new EmbeddingError('INVALID_SHAPE', `Coordinates must have 2 or 3 dimensions (got ${dimensions}).`);
  }
  if (values.length !== count * dimensions) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `There are ${values.length} coordinate values for ${count} vectors; expected ${count} × ${dimensions} = ${count * dimensions}.`,
      { details: { values: values.length, expected: count * dimensions } },
    );
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Coordinate row ${Math.floor(i / dimensions) + 1}, column ${(i % dimensions) + 1} is ${values[i]}; coordinates must be finite.`,
        { details: { row: Math.floor(i / dimensions) + 1, column: (i % dimensions) + 1 } },
      );
    }
  }
  const result: NonNullable<EmbeddingData['coordinates']> = { values, dimensions };
  if (spec.name !== undefined) result.name = spec.name;
  return result;
}

/** A short English description of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(clip(value))}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return `a ${typeof value}`;
}

/** "1 value", "3 values". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Shortens text for an error message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
