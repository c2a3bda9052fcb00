import { checkOptions } from '@tensorscope/common';
import {
  TensorscopeElement,
  defineElement,
  setWasmPaths,
  type DefineElementOptions,
  type ViewModule,
} from '@tensorscope/common/element';
import { EMBEDDING_SPACE_PARAMS, EMBEDDING_SPACE_PARAM_ALIASES } from '../core/params.js';

/** The tag {@link defineEmbeddingSpaceElement} defines. */
export const EMBEDDING_SPACE_TAG = 'tensorscope-embedding-space';

/**
 * `<tensorscope-embedding-space>`: the embedding explorer (three.js and tfjs load lazily).
 *
 * - `src`: a `.tsemb` bundle, embedding JSON (`{ vectors, labels?, metadata?, coordinates? }`,
 *   `{ word: [numbers] }`, `number[][]`), Embedding Projector TSV or GloVe / word2vec text.
 * - `.data`: `EmbeddingData` (from `createEmbeddingData`, a loader or `decodeEmbeddingBundle`), an
 *   embedding JSON value, or bundle bytes; wins over `src`.
 * - `height`: canvas height in pixels (default 480). `mode`: `2d` | `3d`. `view-state` (or `view`):
 *   a state string from a `tensorscope-statechange` event's `detail.serialized`.
 * - Events: `tensorscope-select` (`{ selection, labels }`), `tensorscope-statechange`
 *   (`{ state, serialized }`) and `tensorscope-ready` (first frame drawn).
 */
export class EmbeddingSpaceElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = [
    ...EMBEDDING_SPACE_PARAMS,
    ...Object.keys(EMBEDDING_SPACE_PARAM_ALIASES),
  ];

  protected loadView(): Promise<ViewModule> {
    return import('./embeddingView.js');
  }
}

/** Options of {@link defineEmbeddingSpaceElement}. */
export interface DefineEmbeddingSpaceElementOptions extends DefineElementOptions {
  /** Where tfjs's `.wasm` files are served from (see `setWasmPaths` in `@tensorscope/common/element`). */
  wasmPaths?: string | Record<string, string>;
}

/**
 * Defines `<tensorscope-embedding-space>`; returns false when the tag already exists or there is no
 * registry (on the server), so it is safe to call any number of times.
 */
export function defineEmbeddingSpaceElement(options: DefineEmbeddingSpaceElementOptions = {}): boolean {
  options = checkOptions(options);
  if (options.wasmPaths !== undefined) setWasmPaths(options.wasmPaths);
  return defineElement(EMBEDDING_SPACE_TAG, EmbeddingSpaceElement, options);
}
