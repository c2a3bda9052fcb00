import { resolveLocale, resolveTheme, type Locale, type ThemeSetting } from '@tensorscope/common';

/**
 * A supported locale from anything a user hands in (`'ko'`, `'ko-KR'`, `'KO'` → `'ko'`). An unknown
 * value falls back to English with one console warning, so a typo never breaks a page: common's
 * `resolveLocale`, the one rule every package uses.
 */
export const safeLocale: (value: unknown) => Locale = resolveLocale;

/** `locale` when given (checked as {@link safeLocale} does), else undefined for the provider's default. */
export function optionalLocale(value: unknown): Locale | undefined {
  return value === undefined ? undefined : safeLocale(value);
}

/** `theme` when given, by common's `resolveTheme` (unknown → light with one warning); else undefined. */
export function optionalTheme(value: unknown): ThemeSetting | undefined {
  return value === undefined ? undefined : resolveTheme(value);
}
