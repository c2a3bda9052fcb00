import { TensorscopeElement, type ViewModule } from './TensorscopeElement.js';

/**
 * `<tensorscope-embedding-space>`: the embedding explorer (three.js and tfjs load lazily).
 *
 * - `src`: a `.tsemb` bundle, embedding JSON (`{ vectors, labels?, metadata?, coordinates? }`,
 *   `{ word: [numbers] }`, `number[][]`), Embedding Projector TSV or GloVe / word2vec text.
 * - `.data`: `EmbeddingData` (from `createEmbeddingData`, a loader or `decodeEmbeddingBundle`), an
 *   embedding JSON value, or bundle bytes; wins over `src`.
 * - `height`: canvas height in pixels (default 480). `mode`: `2d` | `3d`. `view-state`: a state
 *   string from a `tensorscope-statechange` event's `detail.serialized`.
 * - Events: `tensorscope-select` (`{ selection, labels }`), `tensorscope-statechange`
 *   (`{ state, serialized }`) and `tensorscope-ready` (first frame drawn).
 */
export class EmbeddingSpaceElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = ['mode', 'view-state'];

  protected loadView(): Promise<ViewModule> {
    return import('./views/embeddingView.js');
  }
}
