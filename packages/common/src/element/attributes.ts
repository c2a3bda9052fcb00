import { TensorscopeArgumentError } from '../validate.js';
import type { Locale } from '../locale.js';
import type { ThemeSetting } from '../theme.js';

/** `locale="ko"` / `"ko-KR"` → `'ko'`, `"en"` / `"en-GB"` → `'en'`; anything else → undefined (inherit). */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  const tag = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (!tag) return undefined;
  if (tag === 'ko' || tag.startsWith('ko-')) return 'ko';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return undefined;
}

/** `theme="light" | "dark" | "auto"`; anything else → undefined (the default, light). */
export function parseTheme(value: string | null | undefined): ThemeSetting | undefined {
  const theme = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  return theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : undefined;
}

/** Smallest and largest accepted `height`, in CSS pixels. */
export const HEIGHT_RANGE = [120, 4000] as const;

/**
 * `height="480"` or `"480px"` → 480, clamped to {@link HEIGHT_RANGE}; anything else (empty,
 * negative, `"50%"`, `"abc"`) → undefined (the component's default).
 */
export function parseHeight(value: string | null | undefined): number | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  if (!match) return undefined;
  const height = Number(match[1]);
  if (!Number.isFinite(height) || height <= 0) return undefined;
  return Math.round(Math.min(HEIGHT_RANGE[1], Math.max(HEIGHT_RANGE[0], height)));
}

/** The locale from the nearest `lang` attribute (`<html lang="ko">`), for elements without `locale`. */
export function inheritedLocale(element: Element): Locale | undefined {
  if (typeof (element as { closest?: unknown } | null)?.closest !== 'function') {
    throw new TensorscopeArgumentError('element', 'an element', element);
  }
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return parseLocale(lang);
}
