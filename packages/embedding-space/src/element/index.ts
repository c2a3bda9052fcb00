// `@tensorscope/embedding-space/element`: `<tensorscope-embedding-space>` for pages without React.
// Importing defines nothing; call `defineEmbeddingSpaceElement()`.
import type { EmbeddingSpaceElement } from './EmbeddingSpaceElement.js';

export { EmbeddingSpaceElement, EMBEDDING_SPACE_TAG, defineEmbeddingSpaceElement } from './EmbeddingSpaceElement.js';
export type { DefineEmbeddingSpaceElementOptions } from './EmbeddingSpaceElement.js';
export { EMBEDDING_MODES, EMBEDDING_SPACE_PARAMS, EMBEDDING_SPACE_PARAM_ALIASES, parseMode } from '../core/params.js';
export type { EmbeddingMode, EmbeddingSpaceParam } from '../core/params.js';
export { initialViewState, readEmbeddingSpaceParams } from './readParams.js';
export type { EmbeddingSpaceParams } from './readParams.js';

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-embedding-space': EmbeddingSpaceElement;
  }
}
