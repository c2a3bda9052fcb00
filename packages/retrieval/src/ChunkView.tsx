'use client';
import { interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import {
  ErrorMessage,
  TensorscopeErrorBoundary,
  useLastValid,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import type { CSSProperties, ReactNode } from 'react';
import { chunkText, type ChunkOptions, type TextChunk } from './core/chunk.js';
import { messages } from './messages.js';
import { rootProps } from './ui/rootProps.js';
import { CHUNK_COLORS, RetrievalStyle } from './ui/styles.js';

export interface ChunkViewProps {
  /** The text to cut. */
  text: string;
  /** How to cut it (see `chunkText`). An invalid setting shows a message and keeps the last valid chunks. */
  options?: ChunkOptions;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * A text coloured by the chunks `chunkText` cuts it into, with the overlap (text repeated in the
 * next chunk) striped, and the chunk count and sizes below.
 */
export function ChunkView({ text, options, locale: localeProp, theme: themeProp, className, style }: ChunkViewProps) {
  const { locale, theme } = useTensorscopeSettings({ locale: localeProp, theme: themeProp });
  const valid = useLastValid(() => ({ text, chunks: chunkText(text, options) }), [text, options]);
  return (
    <div {...rootProps('ts-rx', className, style, themedRootStyle(theme))}>
      <RetrievalStyle />
      {valid.error ? <ErrorMessage error={valid.error} locale={locale} /> : null}
      {valid.value ? (
        <TensorscopeErrorBoundary locale={locale} resetKeys={[valid.value]}>
          <ChunkedText text={valid.value.text} chunks={valid.value.chunks} locale={locale} />
        </TensorscopeErrorBoundary>
      ) : null}
    </div>
  );
}

/** The coloured text and its legend (shared with the explorer's chunking panel). */
export function ChunkedText({ text, chunks, locale }: { text: string; chunks: readonly TextChunk[]; locale: Locale }) {
  const t = messages[locale];
  const parts: ReactNode[] = [];
  let at = 0;
  chunks.forEach((chunk, i) => {
    const color = CHUNK_COLORS[i % CHUNK_COLORS.length]!;
    const next = chunks[i + 1];
    // The part of this chunk that the next one repeats is drawn once, striped, in the next colour.
    const start = Math.max(at, chunk.start);
    const ownEnd = next && next.start < chunk.end ? next.start : chunk.end;
    if (start > at) parts.push(text.slice(at, start));
    if (ownEnd > start) {
      parts.push(
        <span key={`c${i}`} style={{ background: `color-mix(in srgb, ${color} 22%, transparent)` }} title={`#${i + 1}`}>
          {text.slice(start, ownEnd)}
        </span>,
      );
    }
    if (next && next.start < chunk.end) {
      const nextColor = CHUNK_COLORS[(i + 1) % CHUNK_COLORS.length]!;
      parts.push(
        <span
          key={`o${i}`}
          className="ts-rx-overlap"
          style={{ backgroundColor: `color-mix(in srgb, ${nextColor} 22%, transparent)` }}
          title={`#${i + 1} + #${i + 2}`}
        >
          {text.slice(next.start, chunk.end)}
        </span>,
      );
    }
    at = Math.max(at, chunk.end);
  });
  if (at < text.length) parts.push(text.slice(at));
  const sizes = chunks.map((chunk) => [...chunk.text].length);
  return (
    <div className="ts-rx-stack">
      <div className="ts-rx-chunks">{parts}</div>
      <p className="ts-rx-note">
        {interpolate(t.chunkStats, { count: chunks.length, sizes: sizes.join(', ') })} {t.chunkLegend}
      </p>
    </div>
  );
}
