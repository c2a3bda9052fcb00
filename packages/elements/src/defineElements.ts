import { AttentionHeatmapElement } from './AttentionHeatmapElement.js';
import { allowOrigins, allowedOrigins, clearAllowedOrigins, getWasmPaths, setWasmPaths } from './config.js';
import { EmbeddingSpaceElement } from './EmbeddingSpaceElement.js';
import { ScalingChartElement } from './ScalingChartElement.js';

/** The tag names and the classes behind them. */
export const TAG_NAMES = {
  'tensorscope-attention-heatmap': AttentionHeatmapElement,
  'tensorscope-embedding-space': EmbeddingSpaceElement,
  'tensorscope-scaling-chart': ScalingChartElement,
} as const;

export type TensorscopeTagName = keyof typeof TAG_NAMES;

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
 * `<tensorscope-scaling-chart>`. Safe to call any number of times, also when another copy of this
 * package already defined them (a tag that exists is left alone). Does nothing without a
 * custom-element registry (on the server). Returns the tag names this call defined.
 */
export function defineTensorscopeElements(options: DefineElementsOptions = {}): TensorscopeTagName[] {
  if (options.allowOrigins) allowOrigins(options.allowOrigins);
  if (options.wasmPaths !== undefined) setWasmPaths(options.wasmPaths);
  const registry = options.registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  if (!registry) return [];
  const defined: TensorscopeTagName[] = [];
  for (const [name, element] of Object.entries(TAG_NAMES) as [TensorscopeTagName, CustomElementConstructor][]) {
    if (registry.get(name)) continue;
    // A fresh subclass per registry: one constructor cannot be defined in two registries.
    registry.define(
      name,
      registry === globalThis.customElements ? element : class extends (element as typeof HTMLElement) {},
    );
    defined.push(name);
  }
  return defined;
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
