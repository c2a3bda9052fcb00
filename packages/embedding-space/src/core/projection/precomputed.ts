import { checkObject } from '@tensorscope/common';
import { type EmbeddingData } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { fitCoordinates } from './normalize.js';
import type { ProjectionResult } from './types.js';

/**
 * The layout that came with the data (`data.coordinates`, e.g. UMAP run in Python), normalised
 * like every other projection. Axis labels are `'<name> 1'`, … (name default `'Coordinate'`).
 * Throws `EmbeddingError('INVALID_VALUE')` when the data has no `coordinates`, and
 * `'LENGTH_MISMATCH'` when they do not hold `count × dimensions` values.
 */
export function projectPrecomputed(data: EmbeddingData): ProjectionResult {
  checkObject(data, 'data');
  const given = data.coordinates;
  if (!given) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      'The data has no precomputed coordinates (data.coordinates is missing); choose PCA, UMAP or t-SNE.',
    );
  }
  const { values, dimensions } = given;
  if (dimensions !== 2 && dimensions !== 3) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `data.coordinates.dimensions must be 2 or 3; received ${String(dimensions)}.`,
    );
  }
  if (values.length !== data.count * dimensions) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `data.coordinates has ${values.length} values; ${data.count} points × ${dimensions} need ${data.count * dimensions}.`,
      { details: { expected: data.count * dimensions, actual: values.length } },
    );
  }
  const name = given.name ?? 'Coordinate';
  return {
    coordinates: fitCoordinates(values, dimensions),
    dimensions,
    axisLabels: Array.from({ length: dimensions }, (_, a) => `${name} ${a + 1}`),
    raw: values,
  };
}
