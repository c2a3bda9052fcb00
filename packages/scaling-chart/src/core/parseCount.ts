const SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  g: 1e9,
  t: 1e12,
  만: 1e4,
  억: 1e8,
  조: 1e12,
  경: 1e16,
};

/**
 * Reads a count the way people type it: "175000000000", "1.75e11", "175B", "1.8T", "175 B",
 * "1,750억", "15.6조". Returns NaN when the text is not a number or is too large to be finite.
 */
export function parseCount(text: string): number {
  if (typeof text !== 'string') return Number.NaN;
  const match = /^\s*([+-]?(?:\d[\d,_]*)?(?:\.\d+)?(?:e[+-]?\d+)?)\s*([kmbgt만억조경])?\s*$/i.exec(text);
  if (!match || !match[1] || !/\d/.test(match[1])) return Number.NaN;
  const number = Number(match[1].replace(/[,_]/g, ''));
  const suffix = match[2] ? SUFFIXES[match[2].toLowerCase()] : 1;
  const count = suffix === undefined ? Number.NaN : number * suffix;
  return Number.isFinite(count) ? count : Number.NaN;
}
