// `@tensorscope/retrieval/element`: `<tensorscope-retrieval>` for pages without React. Importing defines
// nothing; call `defineRetrievalElement()`. The React view loads on first use.
import {
  TensorscopeElement,
  defineElement,
  type DefineElementOptions,
  type ViewModule,
  type ViewProps,
} from '@tensorscope/common/element';
import { createElement } from 'react';

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
    const { RetrievalExplorer } = await import('../RetrievalExplorer.js');
    return {
      View: ({ data, locale, theme }: ViewProps) =>
        createElement(RetrievalExplorer, {
          passages: data ?? undefined,
          initialQuery: this.getAttribute('query') ?? undefined,
          showMap: this.getAttribute('map') !== 'false',
          locale,
          theme,
        }),
      // `loadCorpus` reads JSON or TSV text (and names the bad row).
      parse: (bytes) => new TextDecoder().decode(bytes),
    };
  }
}

/** Defines `<tensorscope-retrieval>`; false when it already exists or there is no registry (on the server). */
export function defineRetrievalElement(options: DefineElementOptions = {}): boolean {
  return defineElement(RETRIEVAL_TAG, RetrievalElement, options);
}

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-retrieval': RetrievalElement;
  }
}
