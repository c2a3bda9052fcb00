/**
 * The euclidean length of `values[start, end)`, scaled before squaring: the sum of squares of
 * large values (a float64 row of 1e200s, float32 rows near 3.4e38 over many dimensions) would
 * overflow to Infinity and turn a unit row into zeros or NaN; dividing by the largest magnitude
 * first keeps every square ≤ 1. NaN when a value is NaN, Infinity when one is infinite.
 */
export function vectorNorm(values: ArrayLike<number>, start = 0, end = values.length): number {
  let largest = 0;
  for (let k = start; k < end; k++) {
    const magnitude = Math.abs(values[k] as number);
    if (!(magnitude <= largest)) largest = magnitude;
  }
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  for (let k = start; k < end; k++) {
    const scaled = (values[k] as number) / largest;
    sum += scaled * scaled;
  }
  return largest * Math.sqrt(sum);
}
