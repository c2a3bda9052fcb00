'use client';
import { formatNumber, interpolate } from '@tensorscope/common';
import { Button, ErrorMessage, Field, Input } from '@tensorscope/common/react';
import { useState } from 'react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerPanelProps } from './panelProps.js';

const noteStyle = { margin: 0, fontSize: 11, color: 'var(--ts-muted)' } as const;

/**
 * "royal family": a word or phrase as the SIF-weighted average of its words' vectors, placed in
 * the current projection as a diamond (where the projection allows) with its nearest points.
 */
export function MeaningPanel({ controller, state, onPick, messages: t, locale }: ExplorerPanelProps) {
  const [text, setText] = useState(state.meaningQuery?.text ?? '');
  const { meaningQuery: query, meaningError: error, data } = state;
  return (
    <section aria-label={t.meaningPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
      <form
        style={rowStyle}
        onSubmit={(event) => {
          event.preventDefault();
          void controller.queryMeaning(text);
        }}
      >
        <Field label={t.meaning} inline>
          <Input
            style={{ width: 170 }}
            value={text}
            placeholder={t.meaningPlaceholder}
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        <Button type="submit">{t.find}</Button>
      </form>
      <p style={noteStyle}>{t.meaningHelp}</p>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {query ? (
        <>
          {!query.weighted ? <p style={noteStyle}>{t.meaningUnweighted}</p> : null}
          {query.unknown.length > 0 ? (
            <p style={{ margin: 0, fontSize: 12 }}>
              {interpolate(t.meaningUnknown, { words: query.unknown.join(', ') })}
            </p>
          ) : null}
          <p style={noteStyle}>{query.placed ? t.meaningPlaced : t.meaningNotPlaced}</p>
          <ol
            style={{ margin: 0, paddingLeft: 20, fontSize: 13 }}
            aria-label={query.text}
            data-testid="embedding-space-meaning-neighbors"
          >
            {query.neighbors.slice(0, 10).map((n) => (
              <li key={n.index}>
                <Button variant="link" onClick={() => onPick(n.index)}>
                  {data.labels[n.index]}
                </Button>{' '}
                <span style={{ color: 'var(--ts-muted)' }}>
                  {formatNumber(n.score, locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 })}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
