/** True for a plain `style` object React can render; anything else (a string, an array) is dropped. */
export function isPlainStyle(value: unknown): value is Record<string, string | number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
