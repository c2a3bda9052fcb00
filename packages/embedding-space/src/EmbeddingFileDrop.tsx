'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { Button, ErrorMessage, FileDropZone, useTensorscopeSettings } from '@tensorscope/common/react';
import { useRef, useState, type CSSProperties } from 'react';
import { type EmbeddingData } from './core/embeddingData.js';
import { EmbeddingError } from './core/errors.js';
import { loadEmbeddingFile } from './core/loaders/parseInWorker.js';

const messages = {
  en: {
    title: 'Load your own vectors',
    help: 'Drop a vectors file (Embedding Projector TSV, GloVe/word2vec text, JSON), optionally with a metadata TSV, or choose files.',
    choose: 'Choose files',
    parsing: 'Reading {name}… {percent}',
    cancel: 'Cancel',
    loaded: 'Loaded {count} vectors × {dimensions} dimensions from {name}.',
    tooLarge: '{name} is {size} MB; the limit is {limit} MB.',
  },
  ko: {
    title: '내 벡터 불러오기',
    help: '벡터 파일(Embedding Projector TSV, GloVe/word2vec 텍스트, JSON)과 선택적으로 메타데이터 TSV를 끌어다 놓거나 파일을 고르세요.',
    choose: '파일 고르기',
    parsing: '{name} 읽는 중… {percent}',
    cancel: '취소',
    loaded: '{name}에서 벡터 {count}개 × {dimensions}차원을 불러왔습니다.',
    tooLarge: '{name}은(는) {size} MB입니다. 한도는 {limit} MB입니다.',
  },
} as const;

export interface EmbeddingFileDropProps {
  /** Called with the parsed data. The previous data stays with the caller until then. */
  onLoad: (data: EmbeddingData, file: { name: string }) => void;
  /** Largest accepted file in bytes. Default 512 MB. */
  maxBytes?: number;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/** What the picker offers and the drop zone accepts: every format `loadEmbeddingFile` reads. */
const ACCEPT = '.tsv,.txt,.vec,.json,.bytes,.tsemb,text/plain,application/json';

/** Picks the metadata file among dropped files: a second .tsv whose name mentions metadata/labels. */
function splitFiles(files: File[]): { vectors: File | undefined; metadata: File | undefined } {
  const metadata = files.find((f) => /meta|label/i.test(f.name) && files.length > 1);
  const vectors = files.find((f) => f !== metadata);
  return { vectors, metadata };
}

/**
 * A drop zone and file picker for embedding files. Parsing runs in a worker with progress and
 * cancel; a bad file shows a message naming the line and column, and nothing already loaded is lost.
 */
export function EmbeddingFileDrop(props: EmbeddingFileDropProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);
  const maxBytes = props.maxBytes ?? 512 * 1024 * 1024;

  const load = async (files: File[]) => {
    const { vectors, metadata } = splitFiles(files);
    if (!vectors) return;
    controller.current?.abort();
    setError(null);
    setStatus('');
    if (vectors.size > maxBytes) {
      setError(
        new EmbeddingError(
          'TOO_LARGE',
          interpolate(messages.en.tooLarge, {
            name: vectors.name,
            size: (vectors.size / 1e6).toFixed(1),
            limit: (maxBytes / 1e6).toFixed(0),
          }),
        ),
      );
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ name: vectors.name, fraction: 0 });
    try {
      const data = await loadEmbeddingFile(vectors, {
        name: vectors.name,
        ...(metadata ? { metadata } : {}),
        signal: abort.signal,
        onProgress: (fraction) => setProgress({ name: vectors.name, fraction }),
      });
      props.onLoad(data, { name: vectors.name });
      setStatus(
        interpolate(t.loaded, {
          count: formatNumber(data.count, locale),
          dimensions: data.dimensions,
          name: vectors.name,
        }),
      );
    } catch (caught) {
      if (!(caught instanceof EmbeddingError && caught.code === 'ABORTED')) {
        setError(caught instanceof Error ? caught : new Error(String(caught)));
      }
    } finally {
      if (controller.current === abort) setProgress(null);
    }
  };

  return (
    <div
      className={['ts-embedding-file-drop', props.className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), ...props.style }}
    >
      <FileDropZone
        title={t.title}
        hint={t.help}
        browseLabel={t.choose}
        multiple
        accept={ACCEPT}
        // The loader recognises formats by content: a dropped GloVe file without ".txt" still loads.
        strictAccept={false}
        onFiles={(files) => void load(files)}
        onReject={setError}
        locale={locale}
      >
        {progress ? (
          <div role="status" style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 13 }}>
            <progress max={1} value={progress.fraction} aria-label={progress.name} />
            {interpolate(t.parsing, {
              name: progress.name,
              percent: formatNumber(progress.fraction, locale, { style: 'percent', maximumFractionDigits: 0 }),
            })}
            <Button size="sm" onClick={() => controller.current?.abort()}>
              {t.cancel}
            </Button>
          </div>
        ) : null}
        {error ? <ErrorMessage error={error} locale={locale} /> : null}
        {status ? <p role="status">{status}</p> : null}
      </FileDropZone>
    </div>
  );
}
