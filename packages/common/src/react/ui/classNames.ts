/** Joins class names, skipping anything that is not a non-empty string (so a stray object or symbol never throws). */
export function classNames(...names: unknown[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
