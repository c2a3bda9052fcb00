import { checkInteger, checkOptions, checkStringArray } from '@tensorscope/common';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import { fail } from './errors.js';
import { fitTfIdf, type SparseRow } from './tfidf.js';
import { loadTensorCore } from '@tensorscope/tensor-core/lazy';
import type { DenseVectors } from './vectors.js';

export interface LsaOptions {
  /** Dimensions of the latent space. Default 64 (at most the number of documents). */
  dimensions?: number;
  /** Features kept by document frequency. Default 20,000. */
  maxFeatures?: number;
  runtime?: TensorRuntime;
}

/** A latent semantic space learned from one corpus. */
export interface LsaSpace {
  /** Each document's coordinates, `count × dimensions` (= U·Σ of the SVD). */
  documents: DenseVectors;
  /** The singular values, largest first. */
  singularValues: Float64Array;
  /** Distinct features (terms and character trigrams) in the TF-IDF matrix. */
  features: number;
  /** Coordinates of a text in the same space (its TF-IDF row times V); null when it has no known feature. */
  embed(text: string): Float32Array | null;
}

/** The TF-IDF matrix is handed to the backend whole: 16 M cells is 64 MiB of float32. */
export const MAX_LSA_CELLS = 16 * 1024 * 1024;
/** tensor-core's PCA decomposes an n × n matrix on the CPU; it refuses more than 4096 columns. */
export const MAX_LSA_DOCUMENTS = 4096;

/**
 * Latent semantic analysis (Deerwester et al. 1990): TF-IDF rows `X` (documents × features), then
 * a truncated SVD `X ≈ U Σ Vᵀ`. Documents are `UΣ`, a new text `x` is `x V`, so both live in one
 * space and cosine compares them.
 *
 * The SVD runs through tensor-core: an uncentred PCA of `Xᵀ` (features as rows) has the
 * eigenvectors of `X Xᵀ` as its components, i.e. `U`, its explained variance is `σ² / (F − 1)`, and
 * its projection is `Xᵀ U = V Σ`. The documents × documents covariance is small (≤ 4096²) even when
 * the vocabulary is large.
 *
 * What it is: co-occurrence statistics of this corpus, nothing more. It relates words only through
 * the passages they share; it knows no word this corpus does not contain.
 */
export async function fitLsa(documents: readonly string[], options?: LsaOptions): Promise<LsaSpace> {
  const texts = checkStringArray(documents, 'documents');
  const o = checkOptions(options);
  const n = texts.length;
  if (n < 2) throw fail('EMPTY_INPUT', `A latent semantic space needs at least 2 chunks; there are ${n}.`);
  if (n > MAX_LSA_DOCUMENTS) {
    throw fail('TOO_LARGE', `The vector index holds at most ${MAX_LSA_DOCUMENTS} chunks; this corpus has ${n}.`, {
      details: { chunks: n, max: MAX_LSA_DOCUMENTS },
    });
  }
  const wantedFeatures = checkInteger(o.maxFeatures ?? 20_000, 'options.maxFeatures', { min: 2 });
  const maxFeatures = Math.max(2, Math.min(wantedFeatures, Math.floor(MAX_LSA_CELLS / n)));
  const { model, rows } = fitTfIdf(texts, maxFeatures);
  const f = model.vocabulary.size;
  if (f < 2) throw fail('EMPTY_INPUT', 'The chunks hold fewer than 2 distinct terms; there is nothing to relate.');
  const k = Math.min(checkInteger(o.dimensions ?? 64, 'options.dimensions', { min: 1, max: 4096 }), n, f);
  // Xᵀ: features × documents, dense.
  const transposed = new Float32Array(f * n);
  rows.forEach((row, doc) => row.indices.forEach((feature, j) => (transposed[feature * n + doc] = row.values[j]!)));
  const core = await loadTensorCore();
  const result = await core.pca(
    { data: transposed, shape: [f, n] },
    { components: k, center: false, runtime: o.runtime },
  );
  const singularValues = Float64Array.from(result.explainedVariance, (v) => Math.sqrt(Math.max(0, v) * (f - 1)));
  const vectors = new Float32Array(n * k);
  for (let j = 0; j < k; j++) {
    for (let doc = 0; doc < n; doc++) vectors[doc * k + j] = result.components.data[j * n + doc]! * singularValues[j]!;
  }
  // V = (Xᵀ U) Σ⁻¹; a direction with σ ≈ 0 carries nothing and maps to 0.
  const loadings = new Float32Array(f * k);
  for (let feature = 0; feature < f; feature++) {
    for (let j = 0; j < k; j++) {
      const sigma = singularValues[j]!;
      loadings[feature * k + j] = sigma > 1e-9 ? result.projected.data[feature * k + j]! / sigma : 0;
    }
  }
  return {
    documents: { data: vectors, count: n, dimensions: k },
    singularValues,
    features: f,
    embed: (text) => project(loadings, k, model.transform(text)),
  };
}

function project(loadings: Float32Array, k: number, row: SparseRow): Float32Array | null {
  if (row.indices.length === 0) return null;
  const out = new Float32Array(k);
  row.indices.forEach((feature, i) => {
    const weight = row.values[i]!;
    for (let j = 0; j < k; j++) out[j] = out[j]! + weight * loadings[feature * k + j]!;
  });
  return out;
}
