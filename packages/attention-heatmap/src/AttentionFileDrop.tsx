'use client';
import { interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { Button, ErrorMessage, KitStyle, useFileDrop, useTensorscopeSettings } from '@tensorscope/common/react';
import {
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import type { AttentionData } from './core/attentionData.js';
import { fail } from './core/errors.js';
import { readAttentionFile, type ReadAttentionFileOptions } from './core/load.js';

const messages = {
  en: {
    title: 'Bring your own attention',
    hint: 'A Hugging Face, CircuitsVis or BertViz JSON export, or a .tsat file.',
    choose: 'Choose a file',
    reading: 'Reading {name}…',
    cancel: 'Cancel',
    loaded: 'Loaded {name}: {layers} layers × {heads} heads × {tokens} tokens.',
    oneMatrix: '{name} holds one matrix; this needs a model’s layers and heads.',
  },
  ko: {
    title: '내 어텐션 불러오기',
    hint: 'Hugging Face, CircuitsVis, BertViz JSON 내보내기 또는 .tsat 파일.',
    choose: '파일 고르기',
    reading: '{name} 읽는 중…',
    cancel: '취소',
    loaded: '{name}을(를) 불러왔습니다: {layers}개 층 × {heads}개 헤드 × 토큰 {tokens}개.',
    oneMatrix: '{name}에는 행렬이 하나뿐입니다. 모델의 층과 헤드가 필요합니다.',
  },
} as const;

/** What the picker offers and the zone accepts: every format `readAttentionFile` reads. */
const ACCEPT = '.json,.tsat,.bin,application/json,application/octet-stream';

export interface AttentionFileDropProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'title' | 'onLoad' | 'style' | 'className'
> {
  /** Called with the loaded attention. Until then (and after a bad file) the caller keeps what it shows. */
  onLoad: (data: AttentionData, file: { name: string }) => void;
  /** Read options: `maxBytes` (default 64 MiB), `format`, `batch`, `part`. */
  readOptions?: Omit<ReadAttentionFileOptions, 'signal'>;
  title?: ReactNode;
  hint?: ReactNode;
  browseLabel?: string;
  /** Extra attributes of the hidden file input (e.g. a test id). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * A drop zone and file picker (the UI kit's `useFileDrop`) for attention files in any format
 * `readAttentionFile` knows. Shows that it is reading (with Cancel), then what it loaded; a bad file
 * shows a message naming the problem and nothing already shown is lost. Other attributes (e.g.
 * `data-testid`) go on the drop target.
 */
export function AttentionFileDrop(props: AttentionFileDropProps) {
  const { onLoad, readOptions, title, hint, browseLabel, inputProps, className, style, ...targetAttributes } = props;
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);

  const load = async (file: File | undefined) => {
    if (!file) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setError(null);
    setStatus('');
    setReading(file.name);
    try {
      const loaded = await readAttentionFile(file, { ...readOptions, signal: abort.signal });
      if (abort.signal.aborted) return;
      if (!('data' in loaded)) throw fail('INVALID_FORMAT', interpolate(messages.en.oneMatrix, { name: file.name }));
      onLoad(loaded.data, { name: file.name });
      const [layers, heads, tokens] = loaded.data.shape;
      setStatus(interpolate(t.loaded, { name: file.name, layers, heads, tokens }));
    } catch (caught) {
      if (!abort.signal.aborted) setError(caught);
    } finally {
      if (controller.current === abort) setReading(null);
    }
  };
  const drop = useFileDrop({ onFiles: (files) => void load(files[0]), onReject: setError, accept: ACCEPT });

  return (
    <div
      className={['ts-attention-file-drop', 'ts-file-drop', className].filter(Boolean).join(' ')}
      data-dragging={drop.dragging ? '' : undefined}
      style={{ ...themedRootStyle(theme), ...style }}
    >
      <KitStyle />
      <div className="ts-file-drop__target" {...drop.targetProps} {...targetAttributes} aria-busy={reading !== null}>
        <strong>{title ?? t.title}</strong>
        <span className="ts-file-drop__hint">{hint ?? t.hint}</span>
        <span className="ts-button ts-button--sm">{browseLabel ?? t.choose}</span>
      </div>
      <input {...drop.inputProps} {...inputProps} />
      {reading !== null ? (
        <p role="status" style={{ margin: 0 }}>
          {interpolate(t.reading, { name: reading })}{' '}
          <Button size="sm" onClick={() => controller.current?.abort()}>
            {t.cancel}
          </Button>
        </p>
      ) : status ? (
        <p role="status" className="ts-attention-file-drop__status" style={{ margin: 0 }}>
          {status}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
    </div>
  );
}
