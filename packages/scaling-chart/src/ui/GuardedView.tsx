'use client';
import { toTensorscopeError, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, TensorscopeErrorBoundary, useTensorscopeSettings } from '@tensorscope/common/react';
import type { ReactNode } from 'react';
import { optionalLocale, optionalTheme } from '../core/settings.js';

export interface GuardedViewProps<P> {
  /** The component's props as the page handed them in (anything at all from a plain page). */
  props: P;
  /** Throws a `TensorscopeError` naming the first bad prop. */
  check: (props: Record<string, unknown>) => void;
  /** Renders the view with checked props, an unknown locale/theme replaced by the default. */
  render: (props: P) => ReactNode;
}

/**
 * The boundary every public component renders through: bad props become the inline `ErrorMessage`
 * (checked before rendering, because server rendering has no error boundaries), an unknown locale or
 * theme falls back to English/light with one warning, and anything that still throws while rendering
 * in the browser shows the same box.
 */
export function GuardedView<P extends { locale?: Locale | undefined; theme?: ThemeSetting | undefined }>({
  props,
  check,
  render,
}: GuardedViewProps<P>) {
  const locale = optionalLocale(props?.locale);
  const theme = optionalTheme(props?.theme);
  const resolved = useTensorscopeSettings({ locale, theme });
  let problem: unknown = null;
  try {
    check((props ?? {}) as Record<string, unknown>);
  } catch (error) {
    problem = error;
  }
  if (problem) return <ErrorMessage error={toTensorscopeError(problem)} locale={resolved.locale} />;
  return (
    <TensorscopeErrorBoundary locale={resolved.locale}>{render({ ...props, locale, theme })}</TensorscopeErrorBoundary>
  );
}
