import { AttentionHeatmap } from '@tensorscope/attention-heatmap';
import { interpolate, themeStyle, type Locale, type ThemeName } from '@tensorscope/common';
import { ErrorMessage, TensorscopeProvider } from '@tensorscope/common/react';
import { EmbeddingScatter } from '@tensorscope/embedding-space';
import { ComputeCalculator, ComputeChart, GpuChart, ParameterChart, ScalingLawChart } from '@tensorscope/scaling-chart';
import type { ThroughputResult } from '@tensorscope/tensor-core';
import { BackendReport, ThroughputMeter, useTensorRuntime } from '@tensorscope/tensor-core/react';
import { useEffect, useMemo, useState } from 'react';
import { computeLiveAttention } from './liveAttention.js';
import { messages } from './messages.js';
import { sampleWords } from './sampleWords.js';
import { wasmPaths } from './wasmPaths.js';

const TOKENS: Record<Locale, string[]> = {
  en: ['The', ' cat', ' sat', ' on', ' the', ' mat', '.'],
  ko: ['고양이', '가', ' 매트', ' 위', '에', ' 앉았다', '.'],
};
const RUNTIME_OPTIONS = { wasmPaths };

function initialTheme(): ThemeName {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

export function App() {
  const [locale, setLocale] = useState<Locale>(() => (navigator.language.startsWith('ko') ? 'ko' : 'en'));
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  const t = messages[locale];
  const [measured, setMeasured] = useState<{ gflops: number; backend: string } | null>(null);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.style.colorScheme = theme;
  }, [locale, theme]);

  return (
    <TensorscopeProvider locale={locale} theme={theme}>
      <div className="app" style={themeStyle(theme)}>
        <header>
          <div>
            <h1>{t.title}</h1>
            <p>{t.tagline}</p>
          </div>
          <div className="toggles">
            <button
              type="button"
              onClick={() => setLocale(locale === 'en' ? 'ko' : 'en')}
              lang={locale === 'en' ? 'ko' : 'en'}
            >
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
        </header>
        <main>
          <section aria-labelledby="gpu">
            <h2 id="gpu">{t.gpuTitle}</h2>
            <p>{t.gpuText}</p>
            <BackendReport options={RUNTIME_OPTIONS} />
            <p>{t.gpuMeasureText}</p>
            <ThroughputMeter runtimeOptions={RUNTIME_OPTIONS} onResult={(results) => setMeasured(fastestOf(results))} />
          </section>
          <section aria-labelledby="attention">
            <h2 id="attention">{t.attentionTitle}</h2>
            <p>{t.attentionText}</p>
            <LiveAttention locale={locale} />
          </section>
          <section aria-labelledby="vectors">
            <h2 id="vectors">{t.vectorsTitle}</h2>
            <p>{t.vectorsText}</p>
            <Vectors />
          </section>
          <section aria-labelledby="scale">
            <h2 id="scale">{t.scaleTitle}</h2>
            <p>{t.scaleText}</p>
            <ParameterChart />
            <p>{t.scaleComputeText}</p>
            <ComputeChart />
            <p>{t.scaleGpuText}</p>
            <GpuChart yourDevice={measured ?? undefined} />
            <p>{t.scaleLawText}</p>
            <ScalingLawChart />
            <p>{t.scaleCalculatorText}</p>
            <ComputeCalculator />
          </section>
        </main>
      </div>
    </TensorscopeProvider>
  );
}

/** The fastest measured backend, as GpuChart's "your device" point. */
function fastestOf(results: readonly ThroughputResult[]): { gflops: number; backend: string } | null {
  const best = [...results].sort((a, b) => b.gflops - a.gflops)[0];
  return best ? { gflops: best.gflops, backend: best.backend } : null;
}

function Vectors() {
  const words = useMemo(sampleWords, []);
  return <EmbeddingScatter points={words.points} labels={words.labels} dimensions={3} height={340} />;
}

function LiveAttention({ locale }: { locale: Locale }) {
  const t = messages[locale];
  const tokens = TOKENS[locale];
  const state = useTensorRuntime(RUNTIME_OPTIONS);
  const [result, setResult] = useState<{ weights: Float32Array; backend: string; tokens: string[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (state.status !== 'ready') return;
    let cancelled = false;
    computeLiveAttention(state.runtime, tokens.length).then(
      (weights) => !cancelled && setResult({ weights, backend: state.runtime.backend, tokens }),
      (e: unknown) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [state, tokens]);
  if (state.status === 'error') return <ErrorMessage error={state.error} locale={locale} />;
  if (error) return <ErrorMessage error={error} locale={locale} />;
  if (!result) return <p aria-busy="true">{t.attentionComputing}</p>;
  return (
    <>
      <AttentionHeatmap queryTokens={result.tokens} weights={result.weights} />
      <p style={{ fontSize: 13, color: 'var(--ts-muted)' }}>
        {interpolate(t.attentionSource, { backend: result.backend })}
      </p>
    </>
  );
}
