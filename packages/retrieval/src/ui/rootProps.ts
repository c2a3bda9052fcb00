import type { CSSProperties } from 'react';

/**
 * The root element's class and style: the package's own class plus the caller's `className` when it
 * is a string, the theme variables plus the caller's `style` when it is a plain object. Anything else
 * a plain page or a JSON config passes (a number, a symbol, a null-prototype object) is ignored
 * rather than crashing the render.
 */
export function rootProps(
  base: string,
  className: unknown,
  style: unknown,
  themed: Record<string, string | number>,
): { className: string; style: CSSProperties } {
  const plain =
    typeof style === 'object' &&
    style !== null &&
    !Array.isArray(style) &&
    Object.getPrototypeOf(style) === Object.prototype;
  return {
    className: typeof className === 'string' && className.trim() !== '' ? `${base} ${className}` : base,
    style: { ...themed, ...(plain ? (style as CSSProperties) : {}) },
  };
}
