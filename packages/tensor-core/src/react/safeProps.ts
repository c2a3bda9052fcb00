import type { TensorscopeArgumentError } from '@tensorscope/common';
import { resolveLocale, resolveTheme, warnOnce, type Locale, type ThemeSetting } from '@tensorscope/common';
import type { CSSProperties } from 'react';

/**
 * `locale` and `theme` as the settings hook accepts them: an unknown value (from a plain page, a URL)
 * falls back to English/light with one console warning (common's `resolveLocale`/`resolveTheme`).
 */
export function safeSettings(props: { locale?: unknown; theme?: unknown }): {
  locale: Locale | undefined;
  theme: ThemeSetting | undefined;
} {
  const { locale, theme } = props;
  // common's one rule: `ko-KR` → ko; unknown → English / light with one warning, never a throw.
  return {
    locale: locale === undefined ? undefined : resolveLocale(locale),
    theme: theme === undefined ? undefined : resolveTheme(theme),
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
