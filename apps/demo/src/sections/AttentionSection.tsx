import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
  DEFAULT_SELECTION,
  readAttentionFile,
  type AttentionData,
  type AttentionSelection,
} from '@tensorscope/attention-heatmap';
import { TensorscopeError, interpolate, type Locale } from '@tensorscope/common';
import { ErrorMessage } from '@tensorscope/common/react';
import { useTensorRuntime } from '@tensorscope/tensor-core/react';
import { useDeferredValue, useEffect, useId, useState } from 'react';
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
      <AttentionFileDrop locale={locale} onLoad={(name, data) => setOwn({ name, data })} />
    </div>
  );
}

function describe(own: { name: string; data: AttentionData }) {
  const [layers, heads, tokens] = own.data.shape;
  return { name: own.name, layers, heads, tokens };
}

/** Drop zone + file input for a Hugging Face JSON export or a TSAT file; errors keep the old data. */
function AttentionFileDrop({
  locale,
  onLoad,
}: {
  locale: Locale;
  onLoad: (name: string, data: AttentionData) => void;
}) {
  const t = messages[locale];
  const inputId = useId();
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const load = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const loaded = await readAttentionFile(file);
      if (!('data' in loaded)) {
        throw new TensorscopeError(
          'INVALID_FORMAT',
          `${file.name} holds one matrix; this section shows a model's layers and heads.`,
        );
      }
      onLoad(file.name, loaded.data);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div
      className={`drop${dragging ? ' drop--active' : ''}`}
      data-testid="attention-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void load(event.dataTransfer.files[0]);
      }}
    >
      <strong>{t.attentionOwnTitle}</strong>
      <span className="muted small">{t.attentionOwnText}</span>
      <span>
        <label htmlFor={inputId} className="button button--small">
          {t.attentionOwnChoose}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,.tsat,.bin,application/json,application/octet-stream"
          className="visually-hidden"
          data-testid="attention-file"
          onChange={(event) => {
            void load(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </span>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
    </div>
  );
}
