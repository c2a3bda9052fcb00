import { intlLocale, type Locale } from '@tensorscope/common';

const KO_UNITS: readonly [number, string][] = [
  [1e16, '경'],
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];
const EN_UNITS: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/**
 * Writes a large count the way people say it: Korean with 만/억/조/경 (175e9 → "1,750억"),
 * English with K/M/B/T (175e9 → "175B"). Keeps up to three significant digits.
 */
export function formatCount(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const units = locale === 'ko' ? KO_UNITS : EN_UNITS;
  const format = (n: number) =>
    new Intl.NumberFormat(intlLocale(locale), {
      maximumSignificantDigits: n >= 1000 ? 4 : 3,
    }).format(n);
  for (const [size, suffix] of units) {
    if (abs >= size) {
      // Above the largest unit, keep counting in it (1e14 → "100T").
      return `${sign}${format(abs / size)}${suffix}`;
    }
  }
  return `${sign}${format(abs)}`;
}
