'use client';
import type { CSSProperties } from 'react';
import { isTensorscopeError } from '../errors.js';
import type { Locale } from '../locale.js';
import { KitStyle } from './ui/KitStyle.js';

const TITLES: Record<Locale, string> = {
  en: 'This view cannot be shown',
  ko: '이 화면을 표시할 수 없습니다',
};

export interface ErrorMessageProps {
  /** The problem to show: a `TensorscopeError` (its code is shown too) or any error. */
  error: unknown;
  /** Language of the heading. Default `'en'`. */
  locale?: Locale;
  /** Heading override. */
  title?: string;
  className?: string;
  style?: CSSProperties;
}

/**
 * The inline, accessible error box every tensorscope component shows for bad input instead of
 * crashing or rendering a blank area. Colours come from the `--ts-error-*` theme variables (the
 * kit's `.ts-error` rules).
 */
export function ErrorMessage({ error, locale = 'en', title, className, style }: ErrorMessageProps) {
  const message = error instanceof Error ? error.message : String(error);
  const code = isTensorscopeError(error) ? error.code : undefined;
  return (
    <div
      role="alert"
      className={['ts-error', className].filter(Boolean).join(' ')}
      data-error-code={code}
      style={style}
    >
      <KitStyle />
      <strong className="ts-error__title">{title ?? TITLES[locale]}</strong>
      <span>{message}</span>
      {code ? <code className="ts-error__code">{code}</code> : null}
    </div>
  );
}
