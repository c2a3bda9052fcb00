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

/** `<tensorscope-retrieval src="data.json">` or `element.data = { labels, values }`; emits `tensorscope-select`. */
export class RetrievalElement extends TensorscopeElement {
  protected async loadView(): Promise<ViewModule> {
    const { Retrieval } = await import('../Retrieval.js');
    return {
      View: ({ data, locale, theme, emit }: ViewProps) =>
        createElement(Retrieval, { data, locale, theme, onSelect: (index) => emit('tensorscope-select', { index }) }),
      // `loadRetrieval` reads the text (and names what is wrong with it).
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
