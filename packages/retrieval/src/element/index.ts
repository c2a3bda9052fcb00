// `@tensorscope/retrieval/element`: `<tensorscope-retrieval>` for pages without React. Importing defines
// nothing; call `defineRetrievalElement()`. The React view loads on first use.
import { checkOptions } from '@tensorscope/common';
import {
  TensorscopeElement,
  defineElement,
  setWasmPaths,
  type DefineElementOptions,
  type ViewModule,
} from '@tensorscope/common/element';

/** The tag {@link defineRetrievalElement} defines. */
export const RETRIEVAL_TAG = 'tensorscope-retrieval';

/**
 * `<tensorscope-retrieval query="what limits decoding speed?">` searches the built-in bilingual
 * corpus; `src="passages.json"` (or `.tsv`) or `element.data = [{ id, lang, text }]` searches your own.
 * Attributes: `query` (the first question), `map="false"` (no embedding map, no three.js), `locale`, `theme`.
 */
export class RetrievalElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = ['query', 'map'];
  /** Without `src` or `data` the element searches the built-in corpus rather than waiting for data. */
  protected override readonly needsData: boolean = false;

  protected async loadView(): Promise<ViewModule> {
    const { View } = await import('./retrievalView.js');
    // `loadCorpus` reads JSON or TSV text (and names the bad row).
    return { View, parse: (bytes) => new TextDecoder().decode(bytes) };
  }
}

/** Options of {@link defineRetrievalElement}. */
export interface DefineRetrievalElementOptions extends DefineElementOptions {
  /** Where tfjs's `.wasm` files are served from (see `setWasmPaths` in `@tensorscope/common/element`). */
  wasmPaths?: string | Record<string, string>;
}

/** Defines `<tensorscope-retrieval>`; false when it already exists or there is no registry (on the server). */
export function defineRetrievalElement(options: DefineRetrievalElementOptions = {}): boolean {
  const given = checkOptions(options);
  if (given.wasmPaths !== undefined) setWasmPaths(given.wasmPaths);
  return defineElement(RETRIEVAL_TAG, RetrievalElement, given);
}

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-retrieval': RetrievalElement;
  }
}
