import { decodeEmbeddingBundle, findLabel, type EmbeddingData } from '@tensorscope/embedding-space/core';
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

/**
 * Row of a word in the data, or undefined: the package's one lookup rule (first occurrence of a
 * duplicate; an exact match before a case-folded one).
 */
export function wordRow(data: EmbeddingData, word: string): number | undefined {
  return findLabel(data, word, { caseInsensitive: true });
}
