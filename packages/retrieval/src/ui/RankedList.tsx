import { interpolate, type Locale } from '@tensorscope/common';
import type { ReactNode } from 'react';
import type { RankedHit } from '../core/retrievalIndex.js';
import { analyzeWithOffsets } from '../core/analyze.js';
import { messages } from '../messages.js';

export interface RankedListProps {
  title: string;
  color: string;
  hits: readonly RankedHit[];
  /** Query terms to mark in each snippet (the keyword index's view of the query). */
  terms: ReadonlySet<string>;
  /** Passage ids that answer the query, when it is a labelled one (shown in bold). */
  relevant?: ReadonlySet<string>;
  /** Why the list is empty, if it is. */
  note?: string;
  /** Show where each hit stood in the keyword and vector lists (for the fused list). */
  showMoves?: boolean;
  locale: Locale;
  onOpen?: (hit: RankedHit) => void;
}

/** One retriever's ranking: rank, chunk id, score, the chunk with the query's terms marked. */
export function RankedList({ title, color, hits, terms, relevant, note, showMoves, locale, onOpen }: RankedListProps) {
  const t = messages[locale];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return (
    <section aria-label={title} style={{ ['--rx-color' as string]: color }}>
      <h4 style={{ margin: '0 0 6px' }}>
        <span className="ts-rx-swatch" style={{ background: color }} aria-hidden="true" />
        {title}
      </h4>
      {hits.length === 0 ? <p className="ts-rx-note">{note ?? t.noHits}</p> : null}
      <ol className="ts-rx-list">
        {hits.map((hit) => {
          const id = hit.chunk.passage.id;
          const isRelevant = relevant?.has(id) ?? false;
          return (
            <li key={hit.chunk.id} className="ts-rx-hit">
              <div className="ts-rx-hit__head">
                <span className={isRelevant ? 'ts-rx-relevant' : undefined}>
                  #{hit.rank}{' '}
                  {onOpen ? (
                    <button type="button" className="ts-rx-link" onClick={() => onOpen(hit)} title={t.openPassage}>
                      {hit.chunk.id}
                    </button>
                  ) : (
                    hit.chunk.id
                  )}
                  {isRelevant ? ' ✓' : ''}
                </span>
                <span className="ts-rx-meta">
                  {t.score} {number.format(hit.score)}
                </span>
              </div>
              {showMoves ? (
                <div className="ts-rx-meta">
                  {interpolate(t.moved, { keyword: hit.keywordRank ?? t.absent, vector: hit.vectorRank ?? t.absent })}
                </div>
              ) : null}
              <p>{highlight(hit.chunk.text, terms)}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The chunk's text with every span whose analyzer term is a query term marked (overlapping Korean bigrams merge). */
export function highlight(text: string, terms: ReadonlySet<string>): ReactNode {
  if (terms.size === 0) return text;
  const ranges: [number, number][] = [];
  for (const span of analyzeWithOffsets(text)) {
    if (!terms.has(span.term)) continue;
    const last = ranges[ranges.length - 1];
    if (last && span.start <= last[1]) last[1] = Math.max(last[1], span.end);
    else ranges.push([span.start, span.end]);
  }
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
