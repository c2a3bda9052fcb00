import type { Locale } from '@tensorscope/common';
import { themeStyle } from '@tensorscope/common';
import {
  ErrorMessage,
  TensorscopeErrorBoundary,
  TensorscopeProvider,
  useResolvedTheme,
} from '@tensorscope/common/react';
import { Suspense, lazy, useEffect } from 'react';
import { messages } from '../messages.js';
import { parseEmbed } from './params.js';

const AttentionEmbed = lazy(() => import('./AttentionEmbed.js'));
const EmbeddingEmbed = lazy(() => import('./EmbeddingEmbed.js'));
const ChartEmbed = lazy(() => import('./ChartEmbed.js'));
const TokensEmbed = lazy(() => import('./TokensEmbed.js'));
const RagEmbed = lazy(() => import('./RagEmbed.js'));
const OnDeviceEmbed = lazy(() => import('./OnDeviceEmbed.js'));
const TransformerEmbed = lazy(() => import('./TransformerEmbed.js'));

/** One component full-frame, configured by URL parameters; a bad URL shows what is wrong. */
export default function Embed({ view, search }: { view: string; search: string }) {
  const parsed = parseEmbed(view, search);
  const locale: Locale = 'config' in parsed ? parsed.config.locale : parsed.locale;
  const theme = useResolvedTheme('config' in parsed ? parsed.config.theme : 'light');
  const t = messages[locale];
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.style.colorScheme = theme;
    document.body.classList.add('embedded');
  }, [locale, theme]);
  let content;
  if (!('config' in parsed)) {
    content = <ErrorMessage error={parsed.error} locale={locale} title={t.embedInvalid} />;
  } else {
    const { config } = parsed;
    content =
      config.view === 'attention-heatmap' ? (
        <AttentionEmbed sentence={config.sentence} view={config.attentionView} />
      ) : config.view === 'embedding-space' ? (
        <EmbeddingEmbed state={config.state} mode={config.mode} />
      ) : config.view === 'tokens' ? (
        <TokensEmbed text={config.text} locale={locale} />
      ) : config.view === 'on-device' ? (
        <OnDeviceEmbed model={config.model} />
      ) : config.view === 'transformer' ? (
        <TransformerEmbed
          view={config.transformerView}
          model={config.model}
          text={config.text}
          repeat={config.repeat}
        />
      ) : config.view === 'rag' ? (
        <RagEmbed query={config.query} map={config.map} locale={locale} />
      ) : (
        <ChartEmbed
          chart={config.view === 'gpu-chart' ? 'gpu' : config.chart}
          preset={config.view === 'scaling-chart' ? config.preset : undefined}
          device={config.view === 'gpu-chart' ? config.device : undefined}
        />
      );
  }
  return (
    <TensorscopeProvider locale={locale} theme={theme}>
      <div className="app embed" style={themeStyle(theme)} data-embed={view}>
        <TensorscopeErrorBoundary locale={locale}>
          <Suspense fallback={<p aria-busy="true">{t.loadingSection}</p>}>{content}</Suspense>
        </TensorscopeErrorBoundary>
      </div>
    </TensorscopeProvider>
  );
}
