import { AttentionHeatmapElement, defineAttentionHeatmapElement } from '@tensorscope/attention-heatmap/element';
import {
  allowOrigins,
  allowedOrigins,
  clearAllowedOrigins,
  getWasmPaths,
  setWasmPaths,
} from '@tensorscope/common/element';
import { TensorscopeArgumentError, checkOptions } from '@tensorscope/common';
import { EmbeddingSpaceElement, defineEmbeddingSpaceElement } from '@tensorscope/embedding-space/element';
import { RetrievalElement, defineRetrievalElement } from '@tensorscope/retrieval/element';
import { ScalingChartElement, defineScalingChartElement } from '@tensorscope/scaling-chart/element';
import { TransformerElement, defineTransformerElement } from '@tensorscope/transformer/element';

/** The tag names and the classes behind them. */
export const TAG_NAMES = {
  'tensorscope-attention-heatmap': AttentionHeatmapElement,
  'tensorscope-embedding-space': EmbeddingSpaceElement,
  'tensorscope-scaling-chart': ScalingChartElement,
  'tensorscope-retrieval': RetrievalElement,
  'tensorscope-transformer': TransformerElement,
} as const;

export type TensorscopeTagName = keyof typeof TAG_NAMES;

/** A custom-element registry (`window.customElements` or one of its kind), else a typed error. */
function checkRegistry(value: unknown): CustomElementRegistry {
  const registry = value as Partial<CustomElementRegistry> | null;
  if (
    typeof registry !== 'object' ||
    registry === null ||
    typeof registry.get !== 'function' ||
    typeof registry.define !== 'function'
  ) {
    throw new TensorscopeArgumentError('options.registry', 'a CustomElementRegistry', value);
  }
  return value as CustomElementRegistry;
}

/** Each tag's define function, from the package that owns the element. */
const DEFINE: Record<TensorscopeTagName, (options: { registry?: CustomElementRegistry }) => boolean> = {
  'tensorscope-attention-heatmap': defineAttentionHeatmapElement,
  'tensorscope-embedding-space': defineEmbeddingSpaceElement,
  'tensorscope-scaling-chart': defineScalingChartElement,
  'tensorscope-retrieval': defineRetrievalElement,
  'tensorscope-transformer': defineTransformerElement,
};

export interface DefineElementsOptions {
  /** The registry to define in. Default: `window.customElements`. */
  registry?: CustomElementRegistry;
  /** Extra origins every element may fetch `src` from (see {@link TensorscopeElements.allowOrigins}). */
  allowOrigins?: Iterable<string>;
  /** Where tfjs's `.wasm` files are served from (see {@link TensorscopeElements.setWasmPaths}). */
  wasmPaths?: string | Record<string, string>;
}

/**
 * Defines `<tensorscope-attention-heatmap>`, `<tensorscope-embedding-space>`,
 * `<tensorscope-scaling-chart>`, `<tensorscope-retrieval>` and `<tensorscope-transformer>` with each package's own define function. Safe to call any number of
 * times, also when another copy already defined them (a tag that exists is left alone). Does nothing
 * without a custom-element registry (on the server). Returns the tag names this call defined.
 */
export function defineTensorscopeElements(options?: DefineElementsOptions): TensorscopeTagName[] {
  const given = checkOptions(options);
  const registry = given.registry === undefined ? {} : { registry: checkRegistry(given.registry) };
  // A bad option throws before any tag is defined.
  if (given.wasmPaths !== undefined) setWasmPaths(given.wasmPaths);
  if (given.allowOrigins !== undefined) allowOrigins(given.allowOrigins);
  return (Object.keys(DEFINE) as TensorscopeTagName[]).filter((name) => DEFINE[name](registry));
}

/** Page-wide settings of the elements, e.g. `TensorscopeElements.allowOrigins(['https://data.example'])`. */
export const TensorscopeElements = Object.freeze({
  define: defineTensorscopeElements,
  allowOrigins,
  allowedOrigins,
  clearAllowedOrigins,
  setWasmPaths,
  getWasmPaths,
});
