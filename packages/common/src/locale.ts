import {
  TensorscopeArgumentError,
  checkObject,
  checkOptions,
  checkString,
  describeValue,
  warnOnce,
} from './validate.js';

/** The languages every tensorscope component speaks. */
export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** A message catalog: the same keys in every locale. */
export type MessageCatalog<Keys extends string> = Record<Locale, Record<Keys, string>>;

/**
 * Accepts anything and returns a supported locale: `'ko'`, `'ko-KR'` → `'ko'`; `'en'`, `'en-GB'`,
 * empty or missing → `'en'`. Anything else (`'xx'`, a number) also gives `'en'`, with one console
 * warning per value, so a typo in a plain-page attribute never breaks the page.
 */
export function resolveLocale(value: unknown): Locale {
  if (value === undefined || value === null || value === '') return 'en';
  if (typeof value === 'string') {
    const tag = value.trim().toLowerCase();
    if (tag === 'ko' || tag.startsWith('ko-') || tag.startsWith('ko_')) return 'ko';
    if (tag === 'en' || tag.startsWith('en-') || tag.startsWith('en_')) return 'en';
  }
  const shown = describeValue(value);
  warnOnce(`locale:${shown}`, `Unknown locale ${shown}; showing English. Supported: ${LOCALES.join(', ')}.`);
  return 'en';
}

/** The BCP 47 tag used with `Intl` for a locale (an unknown one is resolved first). */
export function intlLocale(locale: Locale): string {
  return resolveLocale(locale) === 'ko' ? 'ko-KR' : 'en-US';
}

/** Formats a number with `Intl.NumberFormat` in the given locale. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  if (typeof value !== 'number' && typeof value !== 'bigint') {
    throw new TensorscopeArgumentError('value', 'a number', value);
  }
  const checked = checkOptions(options);
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(intlLocale(locale), checked);
  } catch (cause) {
    // Intl throws RangeError/TypeError for options such as `style: 'currency'` without a currency.
    throw new TensorscopeArgumentError('options', 'valid Intl.NumberFormat options', options, cause);
  }
  return format.format(value);
}

/** Any value as text for a message; never throws (unlike `String` on a prototype-less object). */
function messageText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return describeValue(value);
}

/** Fills `{name}` placeholders in a message from `values`' own keys (`{constructor}` stays as it is). */
export function interpolate(message: string, values: Record<string, string | number>): string {
  const text = checkString(message, 'message');
  const given = checkObject(values, 'values');
  return text.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(given, key) ? messageText(given[key]) : match,
  );
}
