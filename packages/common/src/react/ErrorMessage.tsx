'use client';
import type { CSSProperties } from 'react';
import { isTensorscopeError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { describeValue } from '../validate.js';
import { classNames } from './ui/classNames.js';
import { KitStyle } from './ui/KitStyle.js';
import { isPlainStyle } from './ui/isPlainStyle.js';

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

/** The text shown for anything thrown; never throws itself (a prototype-less object, a symbol). */
function errorText(error: unknown): string {
  if (error instanceof Error) return typeof error.message === 'string' ? error.message : describeValue(error.message);
  if (typeof error === 'string') return error;
  if (typeof error === 'number' || typeof error === 'boolean' || typeof error === 'bigint') return String(error);
  return describeValue(error);
}

/** Only text or numbers as the heading override; anything else (an object from JSON) shows the default. */
const isText = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';

/**
 * The inline, accessible error box every tensorscope component shows for bad input instead of
 * crashing or rendering a blank area. Colours come from the `--ts-error-*` theme variables (the
 * kit's `.ts-error` rules).
 */
export function ErrorMessage({ error, locale, title, className, style }: ErrorMessageProps) {
  const message = errorText(error);
  const code = isTensorscopeError(error) ? error.code : undefined;
  return (
    <div
      role="alert"
      className={classNames('ts-error', className)}
      data-error-code={code}
      style={isPlainStyle(style) ? style : undefined}
    >
      <KitStyle />
      <strong className="ts-error__title">{isText(title) ? title : TITLES[resolveLocale(locale)]}</strong>
      <span>{message}</span>
      {code ? <code className="ts-error__code">{code}</code> : null}
    </div>
  );
}
