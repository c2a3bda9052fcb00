import { checkNumber, intlLocale, type Locale } from '@tensorscope/common';
import { safeLocale } from './settings.js';

/** Units from the smallest up; the count moves to the next unit once it would read as a full step. */
const KO_UNITS: readonly [number, string][] = [
  [1, ''],
  [1e4, '만'],
  [1e8, '억'],
  [1e12, '조'],
  [1e16, '경'],
];
const EN_UNITS: readonly [number, string][] = [
  [1, ''],
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
];

/** Significant digits kept: three, or four for 1,000–9,999 of a unit (Korean "3,084만", "1,500T"). */
const digitsFor = (n: number) => (n >= 1000 ? 4 : 3);
const roundSignificant = (n: number) => (n === 0 ? 0 : Number(n.toPrecision(digitsFor(n))));

/**
 * Writes a large count the way people say it: Korean with 만/억/조/경 (175e9 → "1,750억"),
 * English with K/M/B/T (175e9 → "175B"). Keeps up to three significant digits, rounding into the
 * next unit at a boundary (999,999 → "1M", not "1,000K"). Throws `INVALID_ARGUMENT` for a value
 * that is not a finite number; an unknown locale falls back to English.
 */
export function formatCount(value: number, locale: Locale): string {
  checkNumber(value, 'value');
  const language = safeLocale(locale);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const units = language === 'ko' ? KO_UNITS : EN_UNITS;
  let index = 0;
  while (index + 1 < units.length && abs >= units[index + 1]![0]) index++;
  let scaled = roundSignificant(abs / units[index]![0]);
  // 999,950 is 999.95K, which rounds to "1,000K": say "1M" instead.
  const next = units[index + 1];
  if (next && scaled * units[index]![0] >= next[0]) {
    index++;
    scaled = roundSignificant(abs / next[0]);
  }
  const formatted = new Intl.NumberFormat(intlLocale(language), { maximumSignificantDigits: digitsFor(scaled) }).format(
    scaled,
  );
  return `${sign}${formatted}${units[index]![1]}`;
}
