'use client';
import { interpolate } from '@tensorscope/common';
import { Button, ErrorMessage, Field, Input } from '@tensorscope/common/react';
import { useState } from 'react';
import { NeighborLinks } from './NeighborLinks.js';
import { rowStyle } from './rowStyle.js';
import type { ExplorerPanelProps } from './panelProps.js';

const noteStyle = { margin: 0, fontSize: 11, color: 'var(--ts-muted)' } as const;

/**
 * "royal family": a word or phrase as the SIF-weighted average of its words' vectors, placed in
 * the current projection as a diamond (where the projection allows) with its nearest points.
 */
export function MeaningPanel({ controller, state, onPick, messages: t, locale }: ExplorerPanelProps) {
  const [text, setText] = useState(state.view.meaning ?? state.meaningQuery?.text ?? '');
  const { meaningQuery: query, meaningError: error, data } = state;
  // A query set from outside (a restored link, a preset) shows its text in the box.
  const [shown, setShown] = useState(query?.text);
  if (query && query.text !== shown) {
    setShown(query.text);
    setText(query.text);
  }
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
          <p style={noteStyle}>
            {!query.placed
              ? t.meaningNotPlaced
              : query.placedBy === 'neighbors'
                ? t.meaningPlacedByNeighbors
                : t.meaningPlaced}
          </p>
          <NeighborLinks
            neighbors={query.neighbors}
            labels={data.labels}
            label={query.text}
            onPick={onPick}
            locale={locale}
            testId="embedding-space-meaning-neighbors"
          />
        </>
      ) : null}
    </section>
  );
}
