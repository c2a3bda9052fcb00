import { themeStyle, type Locale, type ThemeName } from '@tensorscope/common';
import { TensorscopeProvider } from '@tensorscope/common/react';
import { serializeViewState, type EmbeddingViewState } from '@tensorscope/embedding-space/core';
import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_ATTENTION_SENTENCE } from './attentionSentence.js';
import { messages } from './messages.js';
import type { Measured } from './sections/GpuSection.js';
import { Section } from './shell.js';
import { EXAMPLES } from './tokenizer.js';

// Every section's code (and with it tfjs, gpt-tokenizer, visx, three.js, the projection worker and the GloVe
// data) loads only when the section comes near the viewport.
const GpuSection = lazy(() => import('./sections/GpuSection.js'));
const TokensSection = lazy(() => import('./sections/TokensSection.js'));
const AttentionSection = lazy(() => import('./sections/AttentionSection.js'));
const TransformerSection = lazy(() => import('./sections/TransformerSection.js'));
const VectorsSection = lazy(() => import('./sections/VectorsSection.js'));
const RagSection = lazy(() => import('./sections/RagSection.js'));
const ScaleSection = lazy(() => import('./sections/ScaleSection.js'));
const OnDeviceSection = lazy(() => import('./sections/OnDeviceSection.js'));

const DEFAULT_TEXT: Record<Locale, string> = { en: EXAMPLES[1]!.en, ko: EXAMPLES[1]!.ko };

function initialTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function withSettings(path: string, params: Record<string, string>, locale: Locale, theme: ThemeName): string {
  const query = new URLSearchParams({ ...params, locale, theme });
  return `${path}?${query.toString()}`;
}

export function App() {
  const [locale, setLocale] = useState<Locale>(() => (navigator.language.startsWith('ko') ? 'ko' : 'en'));
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  const t = messages[locale];
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [text, setText] = useState(() => DEFAULT_TEXT[locale]);
  const [sentence, setSentence] = useState(DEFAULT_ATTENTION_SENTENCE);
  // The explorer reports every camera move: kept in a ref, read when "copy embed code" is pressed.
  const vectorView = useRef<EmbeddingViewState | null>(null);
  const onViewChange = useCallback((state: EmbeddingViewState) => (vectorView.current = state), []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.style.colorScheme = theme;
  }, [locale, theme]);

  const switchLocale = () => {
    const next: Locale = locale === 'en' ? 'ko' : 'en';
    if (text === DEFAULT_TEXT[locale]) setText(DEFAULT_TEXT[next]);
    setLocale(next);
  };
  const vectorsEmbed = () => {
    const state = vectorView.current;
    let view: Record<string, string> = {};
    try {
      if (state) view = { view: serializeViewState({ ...state, camera: undefined }) };
    } catch {
      view = {};
    }
    return withSettings('/embed/embedding-space', view, locale, theme);
  };

  return (
    <TensorscopeProvider locale={locale} theme={theme}>
      <div className="app" style={themeStyle(theme)}>
        <header>
          <div>
            <h1>{t.title}</h1>
            <p>{t.tagline}</p>
          </div>
          <div className="toggles">
            <button type="button" onClick={switchLocale} lang={locale === 'en' ? 'ko' : 'en'}>
              {t.language}
            </button>
            <button
              type="button"
              aria-pressed={theme === 'dark'}
              onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
            >
              {t.theme}: {theme === 'light' ? t.light : t.dark}
            </button>
          </div>
          <nav aria-label={t.contents} className="toc">
            {(
              [
                ['gpu', t.gpuTitle],
                ['tokens', t.tokensTitle],
                ['attention', t.attentionTitle],
                ['transformer', t.transformerTitle],
                ['vectors', t.vectorsTitle],
                ['rag', t.ragTitle],
                ['scale', t.scaleTitle],
                ['on-device', t.onDeviceTitle],
              ] as const
            ).map(([id, title]) => (
              <a key={id} href={`#${id}`}>
                {title}
              </a>
            ))}
          </nav>
        </header>
        <main>
          <Section
            id="gpu"
            title={t.gpuTitle}
            intro={<p>{t.gpuText}</p>}
            locale={locale}
            embed={withSettings(
              '/embed/gpu-chart',
              measured ? { gflops: measured.gflops.toFixed(2), backend: measured.backend } : {},
              locale,
              theme,
            )}
            placeholderHeight={400}
          >
            <GpuSection locale={locale} onMeasured={setMeasured} />
          </Section>
          <Section
            id="tokens"
            title={t.tokensTitle}
            intro={<p>{t.tokensText}</p>}
            locale={locale}
            embed={withSettings('/embed/tokens', { text }, locale, theme)}
            placeholderHeight={600}
          >
            <TokensSection locale={locale} text={text} onTextChange={setText} />
          </Section>
          <Section
            id="attention"
            title={t.attentionTitle}
            intro={<p>{t.attentionText}</p>}
            locale={locale}
            embed={withSettings('/embed/attention-heatmap', { sentence }, locale, theme)}
            placeholderHeight={900}
          >
            <AttentionSection locale={locale} sentence={sentence} onSentenceChange={setSentence} />
          </Section>
          <Section
            id="transformer"
            title={t.transformerTitle}
            intro={<p>{t.transformerText}</p>}
            locale={locale}
            embed={withSettings('/embed/transformer', { view: 'attention', text: sentence }, locale, theme)}
            placeholderHeight={2400}
          >
            <TransformerSection locale={locale} sentence={sentence} />
          </Section>
          <Section
            id="vectors"
            title={t.vectorsTitle}
            intro={<p>{t.vectorsText}</p>}
            locale={locale}
            embed={vectorsEmbed}
            placeholderHeight={900}
          >
            <VectorsSection locale={locale} onViewChange={onViewChange} />
          </Section>
          <Section
            id="rag"
            title={t.ragTitle}
            intro={<p>{t.ragText}</p>}
            locale={locale}
            embed={withSettings('/embed/rag', {}, locale, theme)}
            placeholderHeight={1400}
          >
            <RagSection locale={locale} />
          </Section>
          <Section
            id="scale"
            title={t.scaleTitle}
            intro={<p>{t.scaleText}</p>}
            locale={locale}
            embed={withSettings('/embed/scaling-chart', { chart: 'parameters' }, locale, theme)}
            placeholderHeight={2000}
          >
            <ScaleSection locale={locale} measured={measured} />
          </Section>
          <Section
            id="on-device"
            title={t.onDeviceTitle}
            intro={<p>{t.onDeviceText}</p>}
            locale={locale}
            embed={withSettings('/embed/on-device', {}, locale, theme)}
            placeholderHeight={1400}
          >
            <OnDeviceSection locale={locale} measured={measured} />
          </Section>
        </main>
      </div>
    </TensorscopeProvider>
  );
}
