import { isPlainStyle } from './isPlainStyle.js';

/**
 * The props a kit control spreads onto its native element, minus values React cannot write as an
 * attribute (a prototype-less object, a list holding a symbol: React would throw turning them into
 * text). Handlers, `ref`, `children` and a plain `style` object pass through.
 */
export function domProps<P extends object>(props: P): P {
  const safe: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'ref') safe[name] = value;
    else if (name === 'style') {
      if (isPlainStyle(value)) safe[name] = value;
    } else if (
      value === null ||
      value === undefined ||
      ['string', 'number', 'boolean', 'function', 'bigint'].includes(typeof value)
    ) {
      safe[name] = value;
    }
  }
  return safe as P;
}
