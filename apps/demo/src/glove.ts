import { decodeEmbeddingBundle, type EmbeddingData } from '@tensorscope/embedding-space/core';
// A `?url` import: Vite emits the 2.3 MB bundle as a file of this site; nothing is fetched until
// a section that needs it calls loadGlove().
import gloveUrl from '../../../data/glove/glove-20k.tsemb?url';

let glove: Promise<EmbeddingData> | undefined;

/**
 * The 20,000 most frequent words of the real GloVe vectors (100 dimensions, int8, with a `topic`
 * and a `frequency rank` column; see data/glove/README.md). Fetched once per page, from this
 * site's own origin.
 */
export function loadGlove(): Promise<EmbeddingData> {
  glove ??= fetch(gloveUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`Could not fetch the GloVe vectors (${gloveUrl}): HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => decodeEmbeddingBundle(bytes));
  glove.catch(() => (glove = undefined));
  return glove;
}

const indexes = new WeakMap<EmbeddingData, Map<string, number>>();

/** Row of a word in the data (labels are lower-case English words), or undefined. */
export function wordRow(data: EmbeddingData, word: string): number | undefined {
  let index = indexes.get(data);
  if (!index) {
    index = new Map(data.labels.map((label, i) => [label, i]));
    indexes.set(data, index);
  }
  return index.get(word.toLowerCase());
}
