import { type EmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';

/**
 * Checks an `EmbeddingData` handed to a component (which may have been built by hand rather
 * than by `createEmbeddingData` or a loader): at least 2 vectors of at least 2 dimensions, a
 * vector buffer of `count × dimensions` finite numbers, one label per vector, columns and
 * coordinates of the right length. Returns the data unchanged or throws an `EmbeddingError`. Each
 * object is checked once: data from `createEmbeddingData` or a loader is already checked.
 */
export function checkEmbeddingData<T extends EmbeddingData>(data: T): T {
  if (typeof data === 'object' && data !== null && checked.has(data)) return data;
  if (typeof data !== 'object' || data === null || !(data.vectors instanceof Float32Array)) {
    throw new EmbeddingError('INVALID_VALUE', 'Embedding data needs `vectors` as a Float32Array (count × dimensions).');
  }
  const { count, dimensions, vectors, labels } = data;
  if (!Number.isInteger(count) || count < 2) {
    throw new EmbeddingError('EMPTY_INPUT', `Embedding data needs at least 2 vectors; it has ${count}.`, {
      details: { expected: '≥ 2', actual: count },
    });
  }
  if (!Number.isInteger(dimensions) || dimensions < 2) {
    throw new EmbeddingError('INVALID_SHAPE', `Vectors need at least 2 dimensions; these have ${dimensions}.`, {
      details: { expected: '≥ 2', actual: dimensions },
    });
  }
  if (vectors.length !== count * dimensions) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `vectors has ${vectors.length} values; ${count} vectors × ${dimensions} dimensions need ${count * dimensions}.`,
      { details: { expected: count * dimensions, actual: vectors.length } },
    );
  }
  if (!Array.isArray(labels) || !Array.isArray(data.columns)) {
    throw new EmbeddingError('INVALID_VALUE', 'Embedding data needs `labels` and `columns` as arrays.');
  }
  if (labels.length !== count) {
    throw new EmbeddingError('LENGTH_MISMATCH', `There are ${labels.length} labels for ${count} vectors.`, {
      details: { expected: count, actual: labels.length },
    });
  }
  for (let i = 0; i < vectors.length; i++) {
    if (!Number.isFinite(vectors[i]!)) {
      const row = Math.floor(i / dimensions);
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Vector ${row + 1} (“${labels[row]}”) has ${vectors[i]} in dimension ${(i % dimensions) + 1}; every value must be a finite number.`,
        { details: { row: row + 1, column: (i % dimensions) + 1 } },
      );
    }
  }
  for (const column of data.columns) {
    if (
      typeof column !== 'object' ||
      column === null ||
      !(column.kind === 'category' ? column.codes instanceof Uint32Array : column.values instanceof Float32Array)
    ) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        'Each metadata column needs `codes` (Uint32Array) or `values` (Float32Array).',
      );
    }
    const length = column.kind === 'category' ? column.codes.length : column.values.length;
    if (length !== count) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `Column “${column.name}” has ${length} values for ${count} vectors.`,
        {
          details: { column: column.name, expected: count, actual: length },
        },
      );
    }
  }
  if (
    data.coordinates !== undefined &&
    (typeof data.coordinates !== 'object' ||
      data.coordinates === null ||
      !(data.coordinates.values instanceof Float32Array) ||
      (data.coordinates.dimensions !== 2 && data.coordinates.dimensions !== 3))
  ) {
    throw new EmbeddingError('INVALID_SHAPE', 'coordinates needs `values` (Float32Array) and `dimensions` 2 or 3.');
  }
  if (data.coordinates && data.coordinates.values.length !== count * data.coordinates.dimensions) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `coordinates has ${data.coordinates.values.length} values; ${count} points × ${data.coordinates.dimensions} need ${count * data.coordinates.dimensions}.`,
    );
  }
  checked.add(data);
  return data;
}

/**
 * Data that already passed validation (built by `createEmbeddingData`, a loader or this check), so
 * a component handed loader output does not scan millions of values a second time. Embedding data
 * is treated as immutable: a caller that edits `vectors` in place must pass a new object.
 */
const checked = new WeakSet<EmbeddingData>();

/** Records that `data` is valid (its producer checked everything {@link checkEmbeddingData} checks). */
export function markEmbeddingDataChecked<T extends EmbeddingData>(data: T): T {
  checked.add(data);
  return data;
}
