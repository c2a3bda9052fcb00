/** Share of |coordinate| values that must fall inside [-1, 1] after {@link fitToUnitCube}. */
export const ROBUST_EXTENT_QUANTILE = 0.99;

/**
 * Centres row-major `count × dims` coordinates on their per-axis median and scales every axis by
 * the same factor so that the 99th percentile of |coordinate| becomes 1. One uniform factor keeps
 * the layout's proportions; the median and the percentile (not the mean and the maximum) keep one
 * far outlier from dragging the layout off-centre or squashing everything else into a dot: nearly
 * all points land in [-1, 1], outliers beyond. Non-finite values are left as they are and ignored
 * for the centre and the extent. Pure: returns a new array.
 */
export function fitToUnitCube(coords: Float32Array, dims: number, quantile = ROBUST_EXTENT_QUANTILE): Float32Array {
  if (!Number.isInteger(dims) || dims < 1 || coords.length % dims !== 0) {
    throw new RangeError(`fitToUnitCube: ${coords.length} values do not split into rows of ${dims}.`);
  }
  const count = coords.length / dims;
  const centre = new Float64Array(dims);
  const column = new Float32Array(count);
  for (let j = 0; j < dims; j++) {
    let m = 0;
    for (let i = 0; i < count; i++) {
      const v = coords[i * dims + j] as number;
      if (Number.isFinite(v)) column[m++] = v;
    }
    centre[j] = median(column.subarray(0, m));
  }

  const out = new Float32Array(coords.length);
  const magnitudes = new Float32Array(coords.length);
  let m = 0;
  for (let i = 0; i < coords.length; i++) {
    const v = (coords[i] as number) - (centre[i % dims] as number);
    out[i] = v;
    if (Number.isFinite(v)) magnitudes[m++] = Math.abs(v);
  }
  const extent = quantileOf(magnitudes.subarray(0, m), quantile);
  // Fall back to the maximum when most values coincide (e.g. all points but a few at the centre).
  const scale = extent > 0 ? extent : quantileOf(magnitudes.subarray(0, m), 1);
  if (scale > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / scale;
  return out;
}

/** The median of `values` (mean of the middle two for an even count); 0 when empty. Sorts in place. */
function median(values: Float32Array): number {
  if (values.length === 0) return 0;
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/** The q-quantile (nearest rank) of `values`; 0 when empty. Sorts `values` in place. */
function quantileOf(values: Float32Array, q: number): number {
  if (values.length === 0) return 0;
  values.sort();
  const rank = Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1));
  return values[rank] as number;
}
