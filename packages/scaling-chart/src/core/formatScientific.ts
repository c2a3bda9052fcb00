import { checkInteger, checkNumber, intlLocale, type Locale } from '@tensorscope/common';
import { safeLocale } from './settings.js';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * Writes a number in textbook scientific notation: 3.14e23 → "3.14 × 10²³" (three significant
 * digits by default, 1 to 21). Numbers from 0.01 to 9,999 are written plainly. Throws
 * `INVALID_ARGUMENT` for a value that is not a finite number; an unknown locale falls back to English.
 */
export function formatScientific(value: number, locale: Locale, digits = 3): string {
  checkNumber(value, 'value');
  checkInteger(digits, 'digits', { min: 1, max: 21 });
  const language = safeLocale(locale);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const format = (n: number) =>
    new Intl.NumberFormat(intlLocale(language), { maximumSignificantDigits: digits }).format(n);
  if (abs >= 0.01 && abs < 1e4) return format(value);
  let exponent = Math.floor(Math.log10(abs));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  const power = String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
  return `${format(mantissa)} × 10${power}`;
}
