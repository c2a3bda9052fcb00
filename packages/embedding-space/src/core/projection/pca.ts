import { checkArray, checkObject, checkOptions, describeValue } from '@tensorscope/common';
import { checkAnyNumber, optionalSignal } from '../args.js';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import type { PcaResult, TensorRuntime } from '@tensorscope/tensor-core';
import { type EmbeddingData } from '../embeddingData.js';
import { loadTensorCore } from '../compute.js';
import { EmbeddingError } from '../errors.js';
import { throwIfAborted } from './abort.js';
import { fitWithTransform } from './normalize.js';
import type { PcaProjectionOptions, ProjectionResult } from './types.js';

/**
 * Components computed at least, so that switching between the first ten is instant (the cost is
 * the `d × d` covariance, the same for 3 or 10 components).
 */
export const PCA_PRECOMPUTED_COMPONENTS = 10;

interface CachedPca {
  components: number;
  runtime: TensorRuntime | undefined;
  result: Promise<PcaResult>;
}

const cache = new WeakMap<EmbeddingData, CachedPca>();

/**
 * Exact PCA of every row on tensor-core (GPU when available), shown on any triple of components.
 * tensor-core is loaded lazily, so TensorFlow.js stays out of the entry chunk. The decomposition
 * is cached per `data` object: switching the component triple reuses it (at least the first
 * {@link PCA_PRECOMPUTED_COMPONENTS} components are computed the first time).
 *
 * `components` are **0-based** (`[0, 1, 2]` = PC1–PC3); axis labels read `'PC1 (12.3 %)'`.
 * Rejects with `EmbeddingError('INVALID_VALUE')` for a component outside the data's dimensions,
 * `'EMPTY_INPUT'` for fewer than 2 rows, and `'ABORTED'` when `signal` fires.
 */
export async function projectPca(data: EmbeddingData, options: PcaProjectionOptions = {}): Promise<ProjectionResult> {
  checkEmbeddingData(data);
  options = checkOptions(options);
  const dimensions = options.dimensions ?? 3;
  if (dimensions !== 2 && dimensions !== 3) {
    const shown = typeof dimensions === 'number' ? String(dimensions) : describeValue(dimensions);
    throw new EmbeddingError('INVALID_VALUE', `PCA dimensions must be 2 or 3; received ${shown}.`);
  }
  if (options.components !== undefined) {
    checkArray(options.components, 'options.components').forEach((c, i) =>
      checkAnyNumber(c, `options.components[${i}]`),
    );
  }
  if (options.runtime !== undefined) checkObject(options.runtime, 'options.runtime');
  optionalSignal(options.signal, 'options.signal');
  const requested = options.components ?? [0, 1, 2];
  if (requested.length < dimensions) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `PCA needs ${dimensions} components for a ${dimensions}D view; received [${requested.join(', ')}].`,
    );
  }
  const chosen = requested.slice(0, dimensions);
  for (const c of chosen) {
    if (!Number.isInteger(c) || c < 0 || c >= data.dimensions) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `PCA component ${String(c)} is outside 0..${data.dimensions - 1} (0-based; the vectors have ${data.dimensions} dimensions).`,
        { details: { argument: 'components', actual: c, expected: `0..${data.dimensions - 1}` } },
      );
    }
  }
  if (data.count < 2) {
    throw new EmbeddingError('EMPTY_INPUT', `PCA needs at least 2 vectors; the data has ${data.count}.`);
  }
  throwIfAborted(options.signal, 'PCA');

  const needed = Math.max(...chosen) + 1;
  const result = await pcaOf(data, needed, options.runtime);
  throwIfAborted(options.signal, 'PCA');

  const stride = result.projected.shape[1];
  const raw = new Float32Array(data.count * dimensions);
  const source = result.projected.data;
  for (let i = 0; i < data.count; i++) {
    for (let a = 0; a < dimensions; a++) raw[i * dimensions + a] = source[i * stride + (chosen[a] as number)] as number;
  }
  const ratios = chosen.map((c) => result.explainedVarianceRatio[c] as number);
  const fitted = fitWithTransform(raw, dimensions);
  const d = data.dimensions;
  const axes = new Float32Array(dimensions * d);
  const shift = new Float64Array(dimensions);
  for (let a = 0; a < dimensions; a++) {
    const row = result.components.data.subarray((chosen[a] as number) * d, ((chosen[a] as number) + 1) * d);
    axes.set(row, a * d);
    let projectedMean = 0;
    for (let k = 0; k < d; k++) projectedMean += (result.mean[k] as number) * (row[k] as number);
    shift[a] = projectedMean + (fitted.centre[a] as number);
  }
  return {
    coordinates: fitted.coordinates,
    placement: { axes, shift, scale: fitted.scale, normalize: false },
    dimensions,
    axisLabels: chosen.map((c, a) => `PC${c + 1} (${((ratios[a] as number) * 100).toFixed(1)} %)`),
    explainedVarianceRatio: ratios,
    raw,
  };
}

/** The cached (or a new) PCA of `data` with at least `needed` components. */
function pcaOf(data: EmbeddingData, needed: number, runtime: TensorRuntime | undefined): Promise<PcaResult> {
  const cached = cache.get(data);
  if (cached && cached.components >= needed && (runtime === undefined || cached.runtime === runtime)) {
    return cached.result;
  }
  const components = Math.min(data.dimensions, Math.max(needed, PCA_PRECOMPUTED_COMPONENTS));
  const result = (async () => {
    const { pca } = await loadTensorCore();
    return pca({ data: data.vectors, shape: [data.count, data.dimensions] }, { components, runtime });
  })();
  const entry: CachedPca = { components, runtime, result };
  cache.set(data, entry);
  // A failed computation is not kept: the next call tries again.
  result.catch(() => {
    if (cache.get(data) === entry) cache.delete(data);
  });
  return result;
}
