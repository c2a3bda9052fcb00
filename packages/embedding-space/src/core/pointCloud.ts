import {
  checkArray,
  checkObject,
  describeValue,
  TensorscopeArgumentError,
  TensorscopeError,
} from '@tensorscope/common';

/** Points ready to draw: coordinates centred and scaled into [-1, 1] on every axis. */
export interface PointCloud {
  /** `count × 3` positions (z = 0 for 2-D input), centred and scaled to fit [-1, 1]. */
  positions: Float32Array;
  count: number;
  dimensions: 2 | 3;
  labels: readonly string[];
}

export interface PointCloudInput {
  /** Row-major coordinates, `count × dimensions`. */
  points: Float32Array | readonly (readonly number[])[];
  /** 2 or 3 coordinates per point. Default 3 (or the row length of nested arrays). */
  dimensions?: 2 | 3;
  /** One label per point. Default: "0", "1", … */
  labels?: readonly string[];
}

/**
 * Validates coordinates and fits them into the unit cube. Throws a `TensorscopeError` that names
 * the problem: wrong dimensions, too few points, a non-finite value or a label count mismatch.
 */
export function createPointCloud(input: PointCloudInput): PointCloud {
  checkObject(input, 'input');
  if (input.dimensions !== undefined && typeof input.dimensions !== 'number') {
    throw new TensorscopeArgumentError('input.dimensions', '2 or 3', input.dimensions);
  }
  if (input.labels !== undefined) checkArray(input.labels, 'input.labels');
  let flat: Float32Array;
  let dimensions: number;
  if (input.points instanceof Float32Array) {
    flat = input.points;
    dimensions = input.dimensions ?? 3;
  } else {
    const rows = checkArray(input.points, 'input.points') as readonly (readonly number[])[];
    rows.forEach((row, i) => {
      if (!Array.isArray(row)) {
        throw new TensorscopeArgumentError(`input.points[${i}]`, 'an array of 2 or 3 coordinates', row);
      }
    });
    dimensions = input.dimensions ?? (rows[0]?.length as number) ?? 3;
    checkDimensions(dimensions);
    flat = new Float32Array(rows.length * dimensions);
    rows.forEach((row, i) => {
      if (row.length !== dimensions) {
        throw new TensorscopeError(
          'INVALID_SHAPE',
          `Point ${i} has ${row.length} coordinates; expected ${dimensions}.`,
          {
            details: { row: i, expected: dimensions, actual: row.length },
          },
        );
      }
      row.forEach((value: unknown, d) => {
        if (typeof value !== 'number') {
          throw new TensorscopeError(
            'INVALID_VALUE',
            `Point ${i} has ${describeValue(value)} as coordinate ${d}; expected a number.`,
            { details: { row: i, column: d } },
          );
        }
        flat[i * dimensions + d] = value;
      });
    });
  }
  checkDimensions(dimensions);
  if (flat.length % dimensions !== 0) {
    throw new TensorscopeError(
      'LENGTH_MISMATCH',
      `${flat.length} values do not split into points of ${dimensions} coordinates.`,
    );
  }
  const count = flat.length / dimensions;
  if (count < 1) throw new TensorscopeError('EMPTY_INPUT', 'There are no points to show.');
  const labels = input.labels ?? Array.from({ length: count }, (_, i) => String(i));
  if (labels.length !== count) {
    throw new TensorscopeError('LENGTH_MISMATCH', `There are ${labels.length} labels for ${count} points.`, {
      details: { labels: labels.length, points: count },
    });
  }
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    for (let d = 0; d < dimensions; d++) {
      const value = flat[i * dimensions + d] as number;
      if (!Number.isFinite(value)) {
        throw new TensorscopeError(
          'INVALID_VALUE',
          `Point ${i} (“${typeof labels[i] === 'string' ? labels[i] : describeValue(labels[i])}”) has a non-finite coordinate ${d}: ${value}.`,
          {
            details: { row: i, column: d },
          },
        );
      }
      if (value < (min[d] as number)) min[d] = value;
      if (value > (max[d] as number)) max[d] = value;
    }
  }
  let half = 0;
  for (let d = 0; d < dimensions; d++) half = Math.max(half, ((max[d] as number) - (min[d] as number)) / 2);
  const scale = half > 0 ? 1 / half : 1;
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    for (let d = 0; d < dimensions; d++) {
      const centre = ((min[d] as number) + (max[d] as number)) / 2;
      positions[i * 3 + d] = ((flat[i * dimensions + d] as number) - centre) * scale;
    }
  }
  return { positions, count, dimensions: dimensions as 2 | 3, labels };
}

function checkDimensions(dimensions: number): void {
  if (dimensions !== 2 && dimensions !== 3) {
    throw new TensorscopeError(
      'INVALID_SHAPE',
      `Points must have 2 or 3 coordinates each (got ${dimensions}). Project higher-dimensional vectors first.`,
    );
  }
}
