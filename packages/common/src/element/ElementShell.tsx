import { interpolate, type Locale } from '../locale.js';
import { ErrorMessage, useResolvedTheme } from '../react/index.js';
import { themedRootStyle, type ThemeSetting } from '../theme.js';
import type { ReactNode } from 'react';
import { elementMessages } from './messages.js';

/** What an element shows above its view: loading, a refused or invalid `src`, or a failed fetch. */
export type Status =
  | { kind: 'loading'; url: string }
  | { kind: 'refused'; src: string; origin: string; page: string }
  | { kind: 'invalid-url'; src: string }
  | { kind: 'error'; error: unknown };

/** The loading line, with the URL being fetched. */
export function Loading({ locale, url }: { locale: Locale; url?: string }) {
  const text = interpolate(elementMessages[locale].loading, { url: url ?? '' }).replace(/^ /, '');
  return (
    <p role="status" className="ts-element__loading" style={{ margin: 0, padding: 8, color: 'var(--ts-muted)' }}>
      {text}
    </p>
  );
}

/** The themed root of an element's shadow tree: its status message, then the view. */
export function Shell({
  theme,
  locale,
  status,
  empty,
  children,
}: {
  theme: ThemeSetting;
  locale: Locale;
  status: Status | null;
  empty: boolean;
  children: ReactNode;
}) {
  const resolved = useResolvedTheme(theme);
  const t = elementMessages[locale];
  let message: ReactNode = null;
  if (status?.kind === 'loading') message = <Loading locale={locale} url={status.url} />;
  else if (status?.kind === 'refused') {
    message = (
      <ErrorMessage
        className="ts-element__refused"
        locale={locale}
        title={t.refusedTitle}
        error={interpolate(t.refused, { src: status.src, origin: status.origin, page: status.page })}
      />
    );
  } else if (status?.kind === 'invalid-url') {
    message = (
      <ErrorMessage locale={locale} title={t.refusedTitle} error={interpolate(t.invalidUrl, { src: status.src })} />
    );
  } else if (status?.kind === 'error') {
    message = (
      <ErrorMessage className="ts-element__load-error" locale={locale} title={t.loadFailedTitle} error={status.error} />
    );
  } else if (empty) {
    message = (
      <p className="ts-element__empty" style={{ margin: 0, padding: 8, color: 'var(--ts-muted)' }}>
        {t.noData}
      </p>
    );
  }
  return (
    <div
      className="ts-element"
      data-theme={resolved}
      lang={locale}
      style={{ ...themedRootStyle(resolved), padding: 0, display: 'grid', gap: 8 }}
    >
      {message}
      {children}
    </div>
  );
}
