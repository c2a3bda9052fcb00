import { TensorscopeArgumentError, checkFunction, checkOptions, checkString } from '../validate.js';
import { allowOrigins } from './config.js';

/** A valid custom-element name (lower-case ASCII letter first, a hyphen somewhere), as the registry demands. */
const CUSTOM_ELEMENT_NAME = /^[a-z][-.0-9_a-z\u00b7\u00c0-\ufffd]*-[-.0-9_a-z\u00b7\u00c0-\ufffd]*$/;

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
  options?: DefineElementOptions,
): boolean {
  if (!CUSTOM_ELEMENT_NAME.test(checkString(tagName, 'tagName'))) {
    throw new TensorscopeArgumentError('tagName', 'a custom-element name with a hyphen, such as "my-chart"', tagName);
  }
  checkFunction(ElementClass, 'ElementClass');
  const given = checkOptions(options);
  const registry = given.registry ?? globalRegistry();
  if (
    registry !== undefined &&
    (typeof registry !== 'object' ||
      registry === null ||
      typeof registry.get !== 'function' ||
      typeof registry.define !== 'function')
  ) {
    throw new TensorscopeArgumentError('options.registry', 'a CustomElementRegistry', registry);
  }
  if (given.allowOrigins !== undefined) allowOrigins(given.allowOrigins);
  if (!registry || registry.get(tagName)) return false;
  // A fresh subclass per extra registry: one constructor cannot be defined in two registries.
  try {
    registry.define(
      tagName,
      registry === globalRegistry() ? ElementClass : class extends (ElementClass as typeof HTMLElement) {},
    );
  } catch (cause) {
    // The registry refuses a reserved name, a class that is not an HTMLElement, or one defined twice.
    throw new TensorscopeArgumentError(
      'ElementClass',
      `a custom-element class that can be defined as <${tagName}>`,
      ElementClass,
      cause,
    );
  }
  return true;
}
