import type { TensorscopeArgumentError } from '@tensorscope/common';
import { LOCALES, describeValue, warnOnce, type Locale, type ThemeSetting } from '@tensorscope/common';
import type { CSSProperties } from 'react';

const THEME_SETTINGS: readonly ThemeSetting[] = ['light', 'dark', 'auto'];

/**
 * `locale` and `theme` as the settings hook accepts them: an unknown value (from a plain page, a URL)
 * falls back to the provider's or English/light with one console warning, never a throw.
 */
export function safeSettings(props: { locale?: unknown; theme?: unknown }): {
  locale: Locale | undefined;
  theme: ThemeSetting | undefined;
} {
  const { locale, theme } = props;
  const knownLocale = locale === undefined || (LOCALES as readonly unknown[]).includes(locale);
  const knownTheme = theme === undefined || (THEME_SETTINGS as readonly unknown[]).includes(theme);
  // describeValue, not String(): String(Object.create(null)) throws.
  if (!knownLocale) {
    const shown = describeValue(locale);
    warnOnce(`locale:${shown}`, `Unknown locale ${shown}; using the default.`);
  }
  if (!knownTheme) {
    const shown = describeValue(theme);
    warnOnce(`theme:${shown}`, `Unknown theme ${shown}; using the default.`);
  }
  return {
    locale: knownLocale ? (locale as Locale | undefined) : undefined,
    theme: knownTheme ? (theme as ThemeSetting | undefined) : undefined,
  };
}

/** `className` and `style` when they have the right type; anything else is dropped with a warning. */
export function safeLook(props: { className?: unknown; style?: unknown }): {
  className: string | undefined;
  style: CSSProperties | undefined;
} {
  const { className, style } = props;
  const goodClass = className === undefined || typeof className === 'string';
  const goodStyle =
    style === undefined ||
    (typeof style === 'object' && style !== null && !Array.isArray(style) && !ArrayBuffer.isView(style));
  if (!goodClass) warnOnce('className', 'className must be a string; ignored.');
  if (!goodStyle) warnOnce('style', 'style must be an object of CSS properties; ignored.');
  return {
    className: goodClass ? (className as string | undefined) : undefined,
    style: goodStyle ? (style as CSSProperties | undefined) : undefined,
  };
}

/** Runs `check` and returns its error (or null): bad data props become an inline message. */
export function propError(check: () => void): TensorscopeArgumentError | Error | null {
  try {
    check();
    return null;
  } catch (error) {
    return error as Error;
  }
}
