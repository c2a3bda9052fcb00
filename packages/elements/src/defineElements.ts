import { AttentionHeatmapElement, defineAttentionHeatmapElement } from '@tensorscope/attention-heatmap/element';
import {
  allowOrigins,
  allowedOrigins,
  clearAllowedOrigins,
  getWasmPaths,
  setWasmPaths,
} from '@tensorscope/common/element';
import { EmbeddingSpaceElement, defineEmbeddingSpaceElement } from '@tensorscope/embedding-space/element';
import { ScalingChartElement, defineScalingChartElement } from '@tensorscope/scaling-chart/element';

/** The tag names and the classes behind them. */
export const TAG_NAMES = {
  'tensorscope-attention-heatmap': AttentionHeatmapElement,
  'tensorscope-embedding-space': EmbeddingSpaceElement,
  'tensorscope-scaling-chart': ScalingChartElement,
} as const;

export type TensorscopeTagName = keyof typeof TAG_NAMES;

/** Each tag's define function, from the package that owns the element. */
const DEFINE: Record<TensorscopeTagName, (options: { registry?: CustomElementRegistry }) => boolean> = {
  'tensorscope-attention-heatmap': defineAttentionHeatmapElement,
  'tensorscope-embedding-space': defineEmbeddingSpaceElement,
  'tensorscope-scaling-chart': defineScalingChartElement,
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
 * Defines `<tensorscope-attention-heatmap>`, `<tensorscope-embedding-space>` and
 * `<tensorscope-scaling-chart>` with each package's own define function. Safe to call any number of
 * times, also when another copy already defined them (a tag that exists is left alone). Does nothing
 * without a custom-element registry (on the server). Returns the tag names this call defined.
 */
export function defineTensorscopeElements(options: DefineElementsOptions = {}): TensorscopeTagName[] {
  if (options.allowOrigins) allowOrigins(options.allowOrigins);
  if (options.wasmPaths !== undefined) setWasmPaths(options.wasmPaths);
  const registry = options.registry ? { registry: options.registry } : {};
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
