'use client';
import { themedRootStyle, type Locale, type ThemeName, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, Panel, TensorscopeErrorBoundary, useTensorscopeSettings } from '@tensorscope/common/react';
import type { CSSProperties } from 'react';
import type { AdapterInfo } from '../core/backends.js';
import type { RuntimeOptions } from '../runtime.js';
import { backendLabels, messages } from './messages.js';
import { safeLook, safeSettings } from './safeProps.js';
import { useTensorRuntime } from './useTensorRuntime.js';

export interface BackendReportProps {
  /** Passed to `createRuntime`. Default: automatic choice. */
  options?: RuntimeOptions;
  /** Language of the labels. Default from `TensorscopeProvider`, else `'en'`. */
  locale?: Locale;
  /** Colour theme. Default from `TensorscopeProvider`, else `'light'`. */
  theme?: ThemeSetting;
  /** Show how long each backend took to try. Default `true`. */
  showTimings?: boolean;
  className?: string;
  style?: CSSProperties;
}

/**
 * Shows which compute backend this browser gave tensor-core, the GPU behind it, and every
 * backend tried with the reason it was skipped or failed.
 */
export function BackendReport(props: BackendReportProps) {
  const { locale: localeProp, theme: themeProp } = safeSettings(props);
  const { locale, theme } = useTensorscopeSettings({ locale: localeProp, theme: themeProp });
  return (
    <TensorscopeErrorBoundary locale={locale}>
      <BackendReportView {...props} locale={locale} theme={theme} />
    </TensorscopeErrorBoundary>
  );
}

function BackendReportView({
  options,
  locale,
  theme,
  showTimings,
  ...rest
}: BackendReportProps & { locale: Locale; theme: ThemeName }) {
  const { className, style } = safeLook(rest);
  const t = messages[locale];
  const state = useTensorRuntime(options);
  return (
    <Panel
      title={t.title}
      className={['ts-backend-report', className].filter(Boolean).join(' ')}
      aria-busy={state.status === 'loading'}
      data-status={state.status}
      style={{ ...themedRootStyle(theme), ...style }}
    >
      {state.status === 'loading' ? <p style={FLUSH}>{t.detecting}</p> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} locale={locale} /> : null}
      {state.status === 'ready' ? (
        <>
          <p style={FLUSH}>
            {t.chosen}: <strong data-testid="backend-name">{backendLabels[state.runtime.backend]}</strong>
          </p>
          <p style={MUTED}>
            {t.adapter}:{' '}
            {describeGpu(state.runtime.adapter ?? state.runtime.attempts.find((a) => a.adapter)?.adapter ?? null, t)}
            {state.runtime.adapter ? '' : ` — ${t.noAdapter}`}
          </p>
          <details style={DETAILS}>
            <summary style={SUMMARY}>{t.attempts}</summary>
            <ol style={ATTEMPTS}>
              {state.runtime.attempts.map((attempt) => (
                <li key={attempt.backend} data-outcome={attempt.outcome}>
                  <strong>{backendLabels[attempt.backend]}</strong> — {t[attempt.outcome]}
                  {attempt.reason ? `: ${attempt.reason}` : ''}
                  {showTimings !== false ? ` (${attempt.ms} ms)` : ''}
                </li>
              ))}
            </ol>
          </details>
        </>
      ) : null}
    </Panel>
  );
}

const FLUSH: CSSProperties = { margin: 0 };
const MUTED: CSSProperties = { margin: 0, color: 'var(--ts-muted)' };
const DETAILS: CSSProperties = { marginTop: 8 };
const SUMMARY: CSSProperties = { cursor: 'pointer' };
const ATTEMPTS: CSSProperties = { margin: '4px 0 0', paddingInlineStart: 20 };

function describeGpu(adapter: AdapterInfo | null, t: (typeof messages)['en']): string {
  if (!adapter) return t.noGpuFound;
  const name = adapter.description || [adapter.vendor, adapter.architecture].filter(Boolean).join(' ') || 'GPU';
  return adapter.isFallbackAdapter ? `${name} (${t.software})` : name;
}
