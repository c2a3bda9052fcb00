import { checkFiniteNumbers, checkInteger, checkNumber } from '@tensorscope/common';
import { EmbeddingError } from '../errors.js';

/** Share of |coordinate| values that must fall inside [-1, 1] after {@link fitToUnitCube}. */
export const ROBUST_EXTENT_QUANTILE = 0.99;

/**
 * Centres row-major `count × dims` coordinates on their per-axis median and scales every axis by
 * the same factor so that the 99th percentile of |coordinate| becomes 1. One uniform factor keeps
 * the layout's proportions; the median and the percentile (not the mean and the maximum) keep one
 * far outlier from dragging the layout off-centre or squashing everything else into a dot: nearly
 * all points land in [-1, 1], outliers beyond. Pure: returns a new array of finite numbers.
 *
 * Throws `INVALID_ARGUMENT` for coordinates that are not an array of finite numbers (naming the
 * first NaN or ±Infinity), a `dims` that is not a whole number ≥ 1 or a `quantile` outside [0, 1],
 * and `LENGTH_MISMATCH` when the values do not split into rows of `dims`.
 */
export function fitToUnitCube(coords: Float32Array, dims: number, quantile = ROBUST_EXTENT_QUANTILE): Float32Array {
  const values = checkFiniteNumbers(coords, 'coords');
  checkInteger(dims, 'dims', { min: 1 });
  checkNumber(quantile, 'quantile', { min: 0, max: 1 });
  return fitCoordinates(values, dims, quantile);
}

/**
 * {@link fitToUnitCube} for the package's own layouts: the same fit, where non-finite values (an
 * iterative layout that diverged) are left as they are and ignored for the centre and the extent.
 */
export function fitCoordinates(
  coords: ArrayLike<number>,
  dims: number,
  quantile = ROBUST_EXTENT_QUANTILE,
): Float32Array {
  return fitWithTransform(coords, dims, quantile).coordinates;
}

/**
 * {@link fitCoordinates} and the transform it applied: `coordinates = (coords − centre) / scale`
 * per axis (`scale` is 1 when nothing was scaled), so a new point can be fitted the same way.
 */
export function fitWithTransform(
  coords: ArrayLike<number>,
  dims: number,
  quantile = ROBUST_EXTENT_QUANTILE,
): { coordinates: Float32Array; centre: Float64Array; scale: number } {
  if (!Number.isInteger(dims) || dims < 1 || coords.length % dims !== 0) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `fitToUnitCube: ${coords.length} values do not split into rows of ${dims}.`,
      { details: { values: coords.length, dims } },
    );
  }
  // Nothing to fit (and a `dims` row buffer must not be allocated for a huge `dims` of no values).
  if (coords.length === 0) return { coordinates: new Float32Array(0), centre: new Float64Array(0), scale: 1 };
  const count = coords.length / dims;
  const centre = new Float64Array(dims);
  // One scratch buffer: each axis's finite values for its median, then every |centred value|
  // (fresh multi-megabyte arrays cost more than the loops at a few hundred thousand points).
  const scratch = new Float64Array(coords.length);
  for (let j = 0; j < dims; j++) {
    let m = 0;
    for (let i = 0; i < count; i++) {
      const v = coords[i * dims + j] as number;
      if (Number.isFinite(v)) scratch[m++] = v;
    }
    centre[j] = median(scratch.subarray(0, m));
  }

  // Centred values in double precision: two float32 values far apart (±3e38) differ by more than
  // a float32 can hold, and Infinity / Infinity would be NaN. They are computed again for the
  // output rather than kept.
  let m = 0;
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < dims; j++) {
      const v = (coords[i * dims + j] as number) - (centre[j] as number);
      if (Number.isFinite(v)) scratch[m++] = Math.abs(v);
    }
  }
  const magnitudes = scratch.subarray(0, m);
  const extent = quantileOf(magnitudes, quantile);
  // Fall back to the maximum when most values coincide (e.g. all points but a few at the centre).
  const scale = extent > 0 ? extent : quantileOf(magnitudes, 1);
  const out = new Float32Array(coords.length);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < dims; j++) {
      const v = (coords[i * dims + j] as number) - (centre[j] as number);
      out[i * dims + j] = scale > 0 ? v / scale : v;
    }
  }
  return { coordinates: out, centre, scale: scale > 0 ? scale : 1 };
}

/** The median of `values` (mean of the middle two for an even count); 0 when empty. Reorders `values`. */
function median(values: Float32Array | Float64Array): number {
  if (values.length === 0) return 0;
  const mid = values.length >> 1;
  const upper = selectKth(values, mid);
  if (values.length % 2) return upper;
  // After selection every value left of `mid` is ≤ the upper middle: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if ((values[i] as number) > lower) lower = values[i] as number;
  return (lower + upper) / 2;
}

/** The q-quantile (nearest rank) of `values`; 0 when empty. Reorders `values`. */
function quantileOf(values: Float32Array | Float64Array, q: number): number {
  if (values.length === 0) return 0;
  const rank = Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1));
  return selectKth(values, rank);
}

/**
 * Hoare's quickselect with a median-of-three pivot: reorders `values` so that `values[k]` is the
 * k-th smallest, smaller-or-equal values before it and larger-or-equal after. Expected O(n), versus
 * O(n log n) for sorting (a million coordinates: a few ms instead of ~100 ms).
 */
export function selectKth(values: Float32Array | Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as the pivot, moved to `mid`.
    if ((values[mid] as number) < (values[left] as number)) swap(values, mid, left);
    if ((values[right] as number) < (values[left] as number)) swap(values, right, left);
    if ((values[right] as number) < (values[mid] as number)) swap(values, right, mid);
    const pivot = values[mid] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}

function swap(values: Float32Array | Float64Array, a: number, b: number): void {
  const t = values[a] as number;
  values[a] = values[b] as number;
  values[b] = t;
}
