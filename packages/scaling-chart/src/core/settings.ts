import { resolveLocale, warnOnce, type Locale, type ThemeSetting } from '@tensorscope/common';

const THEME_SETTINGS: readonly ThemeSetting[] = ['light', 'dark', 'auto'];

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

/** `theme` when given: `'light'`, `'dark'` or `'auto'`; anything else falls back to light with one warning. */
export function optionalTheme(value: unknown): ThemeSetting | undefined {
  if (value === undefined || (THEME_SETTINGS as readonly unknown[]).includes(value)) {
    return value as ThemeSetting | undefined;
  }
  warnOnce(`scaling-chart:theme:${String(value)}`, `Unknown theme ${JSON.stringify(String(value))}; using "light".`);
  return 'light';
}
