import { checkNumber, checkOptions } from '@tensorscope/common';
import { checkLabelMap, checkLabelPair, optionalBoolean } from './args.js';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import { type EmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';
import { labelIndex, resolveLabel } from './labelIndex.js';
import { vectorNorm } from './vectorNorm.js';

/** One axis of a semantic projection. */
export type SemanticAxis =
  | { kind: 'labels'; from: string; to: string; fromIndex: number; toIndex: number; direction: Float32Array }
  | { kind: 'spread'; direction: Float32Array };

/** Options of {@link semanticAxisProjection}. */
export interface SemanticAxisOptions {
  /** Label → index, e.g. from {@link labelIndex}; built when missing. */
  index?: ReadonlyMap<string, number>;
  /** Work on unit-length vectors, i.e. cosine geometry (default true). */
  normalize?: boolean;
  /** Rows used to find the spread direction when `y` is missing (default 20,000, evenly spaced). */
  sampleSize?: number;
  /** Power iterations for the spread direction (default 30). */
  iterations?: number;
}

/** Coordinates of every point on the two semantic axes, plus the axes themselves. */
export interface SemanticAxisProjection {
  /** Row-major `count × 2`, centred on the mean of the points. */
  coordinates: Float32Array;
  axes: { x: SemanticAxis; y: SemanticAxis };
  /** The mean point's coordinates, subtracted from every point's: `[x, y]`. */
  shift: [number, number];
}

function rowOf(data: EmbeddingData, i: number, normalize: boolean): Float64Array {
  const d = data.dimensions;
  const row = Float64Array.from(data.vectors.subarray(i * d, (i + 1) * d));
  if (normalize) {
    const norm = vectorNorm(row);
    if (norm > 0) for (let k = 0; k < d; k++) row[k] = (row[k] as number) / norm;
  }
  return row;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += (a[k] as number) * (b[k] as number);
  return sum;
}

/** Scales `v` to unit length in place; returns its former length. */
function unit(v: Float64Array): number {
  const norm = vectorNorm(v);
  if (norm > 0) for (let k = 0; k < v.length; k++) v[k] = (v[k] as number) / norm;
  return norm;
}

function labelDirection(
  data: EmbeddingData,
  index: ReadonlyMap<string, number>,
  pair: [string, string],
  name: 'x' | 'y',
  normalize: boolean,
): { direction: Float64Array; fromIndex: number; toIndex: number } {
  const fromIndex = resolveLabel(data.labels, index, pair[0], `${name} axis start`);
  const toIndex = resolveLabel(data.labels, index, pair[1], `${name} axis end`);
  const from = rowOf(data, fromIndex, normalize);
  const direction = rowOf(data, toIndex, normalize);
  for (let k = 0; k < direction.length; k++) direction[k] = (direction[k] as number) - (from[k] as number);
  if (unit(direction) < 1e-9) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `The ${name} axis from ${JSON.stringify(pair[0])} to ${JSON.stringify(pair[1])} has no direction: the two vectors are equal. Expected two different points.`,
      { details: { axis: name, from: pair[0], to: pair[1] } },
    );
  }
  return { direction, fromIndex, toIndex };
}

/**
 * The direction of largest variance of the (centred, optionally normalised) points once `x` is
 * projected out: the top eigenvector of their covariance, by power iteration on an evenly spaced
 * sample. Deterministic; its sign is chosen so its largest component is positive.
 */
function spreadDirection(
  data: EmbeddingData,
  x: Float64Array,
  mean: Float64Array,
  normalize: boolean,
  sampleSize: number,
  iterations: number,
): Float64Array {
  const d = data.dimensions;
  const step = Math.max(1, data.count / sampleSize);
  const rows: Float64Array[] = [];
  for (let s = 0; Math.floor(s) < data.count; s += step) {
    const row = rowOf(data, Math.floor(s), normalize);
    for (let k = 0; k < d; k++) row[k] = (row[k] as number) - (mean[k] as number);
    const along = dot(row, x);
    for (let k = 0; k < d; k++) row[k] = (row[k] as number) - along * (x[k] as number);
    rows.push(row);
  }
  // A fixed, generic start vector, orthogonal to x.
  let w = Float64Array.from({ length: d }, (_, k) => Math.sin(k * 12.9898 + 1) + 0.5);
  const removeX = (v: Float64Array) => {
    const along = dot(v, x);
    for (let k = 0; k < d; k++) v[k] = (v[k] as number) - along * (x[k] as number);
  };
  removeX(w);
  unit(w);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(d);
    for (const row of rows) {
      const p = dot(row, w);
      for (let k = 0; k < d; k++) next[k] = (next[k] as number) + p * (row[k] as number);
    }
    removeX(next);
    if (unit(next) === 0) break;
    w = next;
  }
  let largest = 0;
  for (let k = 1; k < d; k++) if (Math.abs(w[k] as number) > Math.abs(w[largest] as number)) largest = k;
  if ((w[largest] as number) < 0) for (let k = 0; k < d; k++) w[k] = -(w[k] as number);
  return w;
}

/**
 * A 2-D "semantic axes" layout like the Embedding Projector's custom projection: x is the unit
 * direction from `x[0]`'s vector to `x[1]`'s (e.g. ["man", "woman"]); y is the direction from
 * `y[0]` to `y[1]` made orthogonal to x by Gram–Schmidt, or, when `y` is missing, the direction
 * in which the points spread most once x is taken out (power iteration on a sample). Each
 * point's coordinates are its dot products with the two axes, minus those of the mean point.
 * With `normalize` (default) every vector is scaled to unit length first, so the axes measure
 * cosine geometry rather than word frequency (which vector length tracks in word2vec/GloVe).
 *
 * Throws `EmbeddingError('INVALID_VALUE')` for an unknown label (suggesting up to three near
 * spellings), for an axis between two equal vectors, or for a y axis parallel to x.
 */
export function semanticAxisProjection(
  data: EmbeddingData,
  x: [string, string],
  y?: [string, string],
  options: SemanticAxisOptions = {},
): SemanticAxisProjection {
  checkEmbeddingData(data);
  x = checkLabelPair(x, 'x');
  // `null` is read as no y axis, as before.
  if (y !== undefined && y !== null) y = checkLabelPair(y, 'y');
  options = checkOptions(options);
  const normalize = optionalBoolean(options.normalize, 'options.normalize') ?? true;
  const index = options.index === undefined ? labelIndex(data.labels) : checkLabelMap(options.index, 'options.index');
  const sampleSize =
    options.sampleSize === undefined ? 20_000 : checkNumber(options.sampleSize, 'options.sampleSize', { min: 1 });
  const iterations =
    options.iterations === undefined ? 30 : checkNumber(options.iterations, 'options.iterations', { min: 0 });
  const d = data.dimensions;
  const xAxis = labelDirection(data, index, x, 'x', normalize);
  const mean = new Float64Array(d);
  const { vectors } = data;
  for (let i = 0; i < data.count; i++) {
    const offset = i * d;
    let scale = 1;
    if (normalize) {
      const norm = vectorNorm(vectors, offset, offset + d);
      if (norm > 0) scale = 1 / norm;
    }
    for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) + (vectors[offset + k] as number) * scale;
  }
  if (data.count > 0) for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) / data.count;

  let yDirection: Float64Array;
  let yAxisInfo: SemanticAxis;
  if (y) {
    const yAxis = labelDirection(data, index, y, 'y', normalize);
    yDirection = yAxis.direction;
    const along = dot(yDirection, xAxis.direction);
    for (let k = 0; k < d; k++) yDirection[k] = (yDirection[k] as number) - along * (xAxis.direction[k] as number);
    if (unit(yDirection) < 1e-6) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `The y axis (${JSON.stringify(y[0])} → ${JSON.stringify(y[1])}) points the same way as the x axis (${JSON.stringify(x[0])} → ${JSON.stringify(x[1])}). Expected two axes with different directions.`,
        { details: { x, y } },
      );
    }
    yAxisInfo = {
      kind: 'labels',
      from: y[0],
      to: y[1],
      fromIndex: yAxis.fromIndex,
      toIndex: yAxis.toIndex,
      direction: Float32Array.from(yDirection),
    };
  } else {
    yDirection = spreadDirection(data, xAxis.direction, mean, normalize, sampleSize, iterations);
    yAxisInfo = { kind: 'spread', direction: Float32Array.from(yDirection) };
  }

  const coordinates = new Float32Array(data.count * 2);
  const meanX = dot(mean, xAxis.direction);
  const meanY = dot(mean, yDirection);
  const xd = xAxis.direction;
  for (let i = 0; i < data.count; i++) {
    const offset = i * d;
    let px = 0;
    let py = 0;
    for (let k = 0; k < d; k++) {
      const v = data.vectors[offset + k] as number;
      px += v * (xd[k] as number);
      py += v * (yDirection[k] as number);
    }
    const norm = normalize ? vectorNorm(data.vectors, offset, offset + d) : 1;
    const scale = norm > 0 ? 1 / norm : 1;
    coordinates[i * 2] = px * scale - meanX;
    coordinates[i * 2 + 1] = py * scale - meanY;
  }
  return {
    coordinates,
    shift: [meanX, meanY],
    axes: {
      x: {
        kind: 'labels',
        from: x[0],
        to: x[1],
        fromIndex: xAxis.fromIndex,
        toIndex: xAxis.toIndex,
        direction: Float32Array.from(xd),
      },
      y: yAxisInfo,
    },
  };
}
