// `@tensorscope/transformer/element`: `<tensorscope-transformer>` for pages without React. Importing
// defines nothing; call `defineTransformerElement()`. The React view loads on first use.
import { checkOptions, checkString } from '@tensorscope/common';
import { setBuiltInCheckpointUrl } from './builtIn.js';
import {
  TensorscopeElement,
  defineElement,
  setWasmPaths,
  type DefineElementOptions,
  type ViewModule,
} from '@tensorscope/common/element';

/** The tag {@link defineTransformerElement} defines. */
export const TRANSFORMER_TAG = 'tensorscope-transformer';

/**
 * `<tensorscope-transformer view="next-token" text="…">` runs a trained checkpoint: the built-in
 * induction model, or `src="brown.tsgpt"` (any `.tsgpt` file; a corrupt one shows a typed message).
 * Attributes: `view` (`next-token` default, `attention`, `ablation`, `training`), `text`, `repeat`
 * (copies of the text, 1–8; default 2 for the built-in induction model, else 1), `locale`, `theme`.
 */
export class TransformerElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = ['view', 'text', 'repeat'];
  /** Without `src` the element runs the built-in induction checkpoint rather than waiting for data. */
  protected override readonly needsData: boolean = false;

  protected async loadView(): Promise<ViewModule> {
    const [{ View }, { decodeCheckpoint }] = await Promise.all([
      import('./transformerView.js'),
      import('../core/checkpoint.js'),
    ]);
    // `decodeCheckpoint` checks magic, version, checksum and shapes (and names what is wrong).
    return { View, parse: (bytes) => decodeCheckpoint(bytes) };
  }
}

/** Options of {@link defineTransformerElement}. */
export interface DefineTransformerElementOptions extends DefineElementOptions {
  /** Where tfjs's `.wasm` files are served from (see `setWasmPaths` in `@tensorscope/common/element`). */
  wasmPaths?: string | Record<string, string>;
  /**
   * Where the built-in induction checkpoint is served from (a same-origin URL). Default: the file
   * shipped in this package, as your bundler emits it.
   */
  checkpointUrl?: string;
}

/** Defines `<tensorscope-transformer>`; false when it already exists or there is no registry (on the server). */
export function defineTransformerElement(options: DefineTransformerElementOptions = {}): boolean {
  const given = checkOptions(options);
  if (given.wasmPaths !== undefined) setWasmPaths(given.wasmPaths);
  if (given.checkpointUrl !== undefined)
    setBuiltInCheckpointUrl(checkString(given.checkpointUrl, 'options.checkpointUrl'));
  return defineElement(TRANSFORMER_TAG, TransformerElement, given);
}

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-transformer': TransformerElement;
  }
}
