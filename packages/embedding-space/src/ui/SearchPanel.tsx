'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { RefObject } from 'react';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { Button, Field, Input } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerMessages } from './messages.js';

/** Search over every label (substring or regex): count, "select all" and the first 50 matches. */
export function SearchPanel({
  controller,
  state,
  inputRef,
  onPick,
  messages: t,
  locale,
}: {
  controller: ExplorerController;
  state: ExplorerState;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (index: number) => void;
  messages: ExplorerMessages;
  locale: Locale;
}) {
  const { searchResult: result, data } = state;
  return (
    <section aria-label={t.searchPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
      <Field label={t.search}>
        <Input
          ref={inputRef}
          type="search"
          value={state.view.search ?? ''}
          placeholder={t.searchPlaceholder}
          onChange={(event) => controller.setSearch(event.target.value)}
        />
      </Field>
      <div style={rowStyle}>
        <label style={{ fontSize: 13 }}>
          <input
            type="checkbox"
            checked={state.searchMode === 'regex'}
            onChange={(event) => controller.setSearchMode(event.target.checked ? 'regex' : 'substring')}
          />{' '}
          {t.regex}
        </label>
        {result ? (
          <span role="status" style={{ fontSize: 13 }}>
            {result.error
              ? result.error.message
              : interpolate(t.matches, { count: formatNumber(result.total, locale) })}
          </span>
        ) : null}
        {result && result.total > 0 ? (
          <Button onClick={() => controller.setSelection(Array.from(result.indices))}>{t.selectMatches}</Button>
        ) : null}
      </div>
      {result && result.indices.length > 0 ? (
        <ul style={{ margin: 0, padding: 0, listStyle: 'none', maxHeight: 160, overflow: 'auto', fontSize: 13 }}>
          {Array.from(result.indices.subarray(0, 50)).map((index) => (
            <li key={index}>
              <Button variant="link" onClick={() => onPick(index)}>
                {data.labels[index]}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
