/** The languages every tensorscope component speaks. */
export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** A message catalog: the same keys in every locale. */
export type MessageCatalog<Keys extends string> = Record<Locale, Record<Keys, string>>;

/** Accepts anything and returns a supported locale (`'ko'`, `'ko-KR'` → `'ko'`; otherwise `'en'`). */
export function resolveLocale(value: string | undefined | null): Locale {
  if (!value) return 'en';
  return value.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The BCP 47 tag used with `Intl` for a locale. */
export function intlLocale(locale: Locale): string {
  return locale === 'ko' ? 'ko-KR' : 'en-US';
}

/** Formats a number with `Intl.NumberFormat` in the given locale. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** Fills `{name}` placeholders in a message. */
export function interpolate(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
