/**
 * t-SNE's per-point calibration: finds the Gaussian precision β for which the conditional
 * probabilities `p_j ∝ exp(−β · d_j)` over one point's neighbours have perplexity
 * `2^H = perplexity` (H the Shannon entropy in bits), by binary search on β. Writes the
 * probabilities (summing to 1) into `out` and returns β.
 *
 * @param squaredDistances Squared distances from the point to its neighbours.
 */
export function calibrateRow(
  squaredDistances: ArrayLike<number>,
  perplexity: number,
  out: Float64Array,
  tolerance = 1e-5,
  maxSteps = 200,
): number {
  const k = squaredDistances.length;
  const target = Math.log(perplexity); // entropy in nats
  let minimum = Infinity;
  for (let j = 0; j < k; j++) minimum = Math.min(minimum, squaredDistances[j] as number);
  let beta = 1;
  let lo = 0;
  let hi = Infinity;
  for (let step = 0; step < maxSteps; step++) {
    // Shifting by the minimum distance leaves the probabilities unchanged and avoids underflow.
    let sum = 0;
    let weighted = 0;
    for (let j = 0; j < k; j++) {
      const shifted = (squaredDistances[j] as number) - minimum;
      const p = Math.exp(-beta * shifted);
      out[j] = p;
      sum += p;
      weighted += shifted * p;
    }
    const entropy = Math.log(sum) + (beta * weighted) / sum;
    if (Math.abs(entropy - target) < tolerance) break;
    if (entropy > target) {
      lo = beta;
      beta = hi === Infinity ? beta * 2 : (beta + hi) / 2;
    } else {
      hi = beta;
      beta = (beta + lo) / 2;
    }
  }
  let sum = 0;
  for (let j = 0; j < k; j++) sum += out[j] as number;
  for (let j = 0; j < k; j++) out[j] = (out[j] as number) / sum;
  return beta;
}
