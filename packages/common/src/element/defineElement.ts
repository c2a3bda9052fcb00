import { allowOrigins } from './config.js';

/** Options of {@link defineElement} and of each package's `define…Element()`. */
export interface DefineElementOptions {
  /** The registry to define in. Default: `window.customElements`. */
  registry?: CustomElementRegistry;
  /** Extra origins every tensorscope element may fetch `src` from (see {@link allowOrigins}). */
  allowOrigins?: Iterable<string>;
}

/** The global registry, or undefined on the server. */
function globalRegistry(): CustomElementRegistry | undefined {
  return typeof customElements === 'undefined' ? undefined : customElements;
}

/**
 * Defines `tagName` as `ElementClass` and returns true, or returns false when there is nothing to
 * do: the tag already exists in the registry (also when another copy of a package defined it), or
 * there is no registry (on the server). So it is safe to call any number of times.
 */
export function defineElement(
  tagName: string,
  ElementClass: CustomElementConstructor,
  options: DefineElementOptions = {},
): boolean {
  if (options.allowOrigins) allowOrigins(options.allowOrigins);
  const registry = options.registry ?? globalRegistry();
  if (!registry || registry.get(tagName)) return false;
  // A fresh subclass per extra registry: one constructor cannot be defined in two registries.
  registry.define(
    tagName,
    registry === globalRegistry() ? ElementClass : class extends (ElementClass as typeof HTMLElement) {},
  );
  return true;
}
