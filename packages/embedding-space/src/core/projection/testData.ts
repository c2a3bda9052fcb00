import { createSeededRandom, gaussian } from '@tensorscope/common';
import type { EmbeddingData } from '../embeddingData.js';

/** @internal Test helper: `EmbeddingData` around row-major vectors. */
export function embeddingOf(vectors: Float32Array, count: number, dimensions: number): EmbeddingData {
  return {
    vectors,
    count,
    dimensions,
    labels: Array.from({ length: count }, (_, i) => `p${i}`),
    columns: [],
  };
}

/**
 * @internal Test helper: `clusters` Gaussian blobs of `perCluster` points in `dimensions`
 * dimensions, centres `separation` apart along successive axes, unit spread. Point i belongs to
 * cluster `Math.floor(i / perCluster)`.
 */
export function gaussianClusters(
  clusters: number,
  perCluster: number,
  dimensions: number,
  separation: number,
  seed = 1,
): EmbeddingData {
  const random = createSeededRandom(seed);
  const count = clusters * perCluster;
  const vectors = new Float32Array(count * dimensions);
  for (let i = 0; i < count; i++) {
    const c = Math.floor(i / perCluster);
    for (let j = 0; j < dimensions; j++) {
      vectors[i * dimensions + j] = gaussian(random) + (j === c % dimensions ? separation : 0);
    }
  }
  return embeddingOf(vectors, count, dimensions);
}

/**
 * @internal Test helper: the mean silhouette of a two-group labelling of a layout, from −1 to 1:
 * about 0 when the groups overlap, near 1 when each is a tight blob far from the other.
 */
export function silhouette(coords: Float32Array, dims: number, group: (i: number) => 0 | 1): number {
  const count = coords.length / dims;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const sums = [0, 0];
    const sizes = [0, 0];
    for (let j = 0; j < count; j++) {
      if (j === i) continue;
      let d = 0;
      for (let a = 0; a < dims; a++) d += ((coords[i * dims + a] as number) - (coords[j * dims + a] as number)) ** 2;
      sums[group(j)]! += Math.sqrt(d);
      sizes[group(j)]! += 1;
    }
    const own = sums[group(i)]! / Math.max(1, sizes[group(i)]!);
    const other = sums[1 - group(i)]! / Math.max(1, sizes[1 - group(i)]!);
    total += (other - own) / Math.max(own, other);
  }
  return total / count;
}
