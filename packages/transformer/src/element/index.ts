// `@tensorscope/transformer/element`: `<tensorscope-transformer>` for pages without React. Importing defines
// nothing; call `defineTransformerElement()`. The React view loads on first use.
import {
  TensorscopeElement,
  defineElement,
  type DefineElementOptions,
  type ViewModule,
  type ViewProps,
} from '@tensorscope/common/element';
import { createElement } from 'react';

/** The tag {@link defineTransformerElement} defines. */
export const TRANSFORMER_TAG = 'tensorscope-transformer';

/** `<tensorscope-transformer src="data.json">` or `element.data = { labels, values }`; emits `tensorscope-select`. */
export class TransformerElement extends TensorscopeElement {
  protected async loadView(): Promise<ViewModule> {
    const { Transformer } = await import('../Transformer.js');
    return {
      View: ({ data, locale, theme, emit }: ViewProps) =>
        createElement(Transformer, { data, locale, theme, onSelect: (index) => emit('tensorscope-select', { index }) }),
      // `loadTransformer` reads the text (and names what is wrong with it).
      parse: (bytes) => new TextDecoder().decode(bytes),
    };
  }
}

/** Defines `<tensorscope-transformer>`; false when it already exists or there is no registry (on the server). */
export function defineTransformerElement(options: DefineElementOptions = {}): boolean {
  return defineElement(TRANSFORMER_TAG, TransformerElement, options);
}

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-transformer': TransformerElement;
  }
}
