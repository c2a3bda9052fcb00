import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionFileDrop,
  AttentionTokenStrip,
  DEFAULT_SELECTION,
  type AttentionData,
  type AttentionSelection,
} from '@tensorscope/attention-heatmap';
import { interpolate, type Locale } from '@tensorscope/common';
import { ErrorMessage } from '@tensorscope/common/react';
import { useTensorRuntime } from '@tensorscope/tensor-core/react';
import { useDeferredValue, useEffect, useState } from 'react';
import { liveAttention, type LiveAttentionResult } from '../attentionSource.js';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { useMarkReady } from '../shell.js';

/** The four attention views on one shared selection. */
export function LinkedAttentionViews({ data }: { data: AttentionData }) {
  const [selection, setSelection] = useState<AttentionSelection>(DEFAULT_SELECTION);
  const [seen, setSeen] = useState(data);
  if (seen !== data) {
    setSeen(data);
    setSelection(DEFAULT_SELECTION);
  }
  const linked = { data, selection, onSelectionChange: setSelection };
  return (
    <div className="attention-views">
      <AttentionHeadGrid {...linked} />
      <AttentionHeatmap {...linked} />
      <AttentionTokenStrip {...linked} />
      <AttentionLines {...linked} />
    </div>
  );
}

/** Live GloVe attention of a sentence (hook shared with the embed route). */
export function useLiveAttention(sentence: string) {
  const runtime = useTensorRuntime(RUNTIME_OPTIONS);
  const [result, setResult] = useState<LiveAttentionResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (runtime.status !== 'ready') return;
    let live = true;
    liveAttention(runtime.runtime, sentence).then(
      (next) => {
        if (!live) return;
        setResult(next);
        setError(null);
      },
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [runtime, sentence]);
  return { result, error: runtime.status === 'error' ? runtime.error : error };
}

/** Section 3: attention of a sentence from real GloVe vectors, plus the user's own attention file. */
export default function AttentionSection({
  locale,
  sentence,
  onSentenceChange,
}: {
  locale: Locale;
  sentence: string;
  onSentenceChange: (sentence: string) => void;
}) {
  const t = messages[locale];
  const deferred = useDeferredValue(sentence);
  const { result, error } = useLiveAttention(deferred);
  const [own, setOwn] = useState<{ name: string; data: AttentionData } | null>(null);
  useMarkReady(result !== null || error !== null);

  let body;
  if (own) {
    body = <LinkedAttentionViews data={own.data} />;
  } else if (error) {
    body = <ErrorMessage error={error} locale={locale} />;
  } else if (!result) {
    body = <p aria-busy="true">{t.attentionComputing}</p>;
  } else if (result.kind === 'empty') {
    body = <p role="status">{t.attentionNoWords}</p>;
  } else {
    body = (
      <>
        <p className="muted small" data-testid="attention-source">
          {interpolate(t.attentionSource, { backend: result.backend })}
        </p>
        <LinkedAttentionViews data={result.data} />
      </>
    );
  }
  return (
    <div className="attention">
      <label className="field">
        <span>{t.attentionInput}</span>
        <input
          type="text"
          value={sentence}
          onChange={(event) => onSentenceChange(event.target.value)}
          data-testid="attention-input"
        />
      </label>
      {!own && result && result.missing.length > 0 ? (
        <p role="status" className="small" data-testid="attention-missing">
          {interpolate(t.attentionMissing, { words: result.missing.join(', ') })}
        </p>
      ) : null}
      <p className="small">
        <strong>
          {interpolate(t.attentionShowing, {
            what: own ? interpolate(t.attentionOwnLoaded, describe(own)) : t.attentionLive,
          })}
        </strong>{' '}
        {own ? (
          <button type="button" className="button button--small" onClick={() => setOwn(null)}>
            {t.attentionOwnBack}
          </button>
        ) : null}
      </p>
      {body}
      <AttentionFileDrop
        locale={locale}
        title={t.attentionOwnTitle}
        hint={t.attentionOwnText}
        browseLabel={t.attentionOwnChoose}
        data-testid="attention-drop"
        inputProps={{ 'data-testid': 'attention-file' }}
        onLoad={(data, file) => setOwn({ name: file.name, data })}
      />
    </div>
  );
}

function describe(own: { name: string; data: AttentionData }) {
  const [layers, heads, tokens] = own.data.shape;
  return { name: own.name, layers, heads, tokens };
}
