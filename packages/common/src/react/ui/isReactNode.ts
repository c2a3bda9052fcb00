import { isValidElement, type ReactNode } from 'react';

/**
 * True when React can render `value`: text, numbers, booleans, nothing, elements, and lists of
 * them. A plain object or a symbol (e.g. from JSON or a plain-page property) is not, and React
 * would throw on it, so components check prop values that end up as children first.
 */
export function isReactNode(value: unknown, depth = 0): value is ReactNode {
  if (value === null || value === undefined || typeof value === 'boolean') return true;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return true;
  if (isValidElement(value)) return true;
  if (Array.isArray(value)) return depth < 8 && value.every((item) => isReactNode(item, depth + 1));
  return false;
}

/** `value` when React can render it, else `fallback` (so a bad label never takes the whole view down). */
export function asReactNode(value: unknown, fallback: ReactNode = null): ReactNode {
  return isReactNode(value) ? value : fallback;
}
