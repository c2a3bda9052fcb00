'use client';
import type { CSSProperties } from 'react';
import { isTensorscopeError } from '../errors.js';
import type { Locale } from '../locale.js';

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
 * crashing or rendering a blank area. Colours come from the `--ts-error-*` theme variables.
 */
export function ErrorMessage({ error, locale = 'en', title, className, style }: ErrorMessageProps) {
  const message = error instanceof Error ? error.message : String(error);
  const code = isTensorscopeError(error) ? error.code : undefined;
  return (
    <div
      role="alert"
      className={['ts-error', className].filter(Boolean).join(' ')}
      data-error-code={code}
      style={{
        boxSizing: 'border-box',
        padding: '0.75em 1em',
        borderRadius: 6,
        border: '1px solid var(--ts-error-border, #e8a39b)',
        background: 'var(--ts-error-bg, #fdecea)',
        color: 'var(--ts-error-fg, #8a1c12)',
        fontFamily: 'var(--ts-font, system-ui, sans-serif)',
        fontSize: 14,
        lineHeight: 1.45,
        ...style,
      }}
    >
      <strong style={{ display: 'block' }}>{title ?? TITLES[locale]}</strong>
      <span>{message}</span>
      {code ? <code style={{ display: 'block', marginTop: 4, fontSize: 12, opacity: 0.85 }}>{code}</code> : null}
    </div>
  );
}
