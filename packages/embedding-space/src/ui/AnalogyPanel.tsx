'use client';
import { formatNumber } from '@tensorscope/common';
import { ErrorMessage } from '@tensorscope/common/react';
import { Button, Field, Input } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerPanelProps } from './panelProps.js';

/** "king - man + woman": the nearest words to the analogy's vector. */
export function AnalogyPanel({ controller, state, onPick, messages: t, locale }: ExplorerPanelProps) {
  const { analogy, data } = state;
  return (
    <section aria-label={t.analogyPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
      <form
        style={rowStyle}
        onSubmit={(event) => {
          event.preventDefault();
          void controller.askAnalogy();
        }}
      >
        <Field label={t.analogy} inline>
          <Input
            style={{ width: 170 }}
            value={state.analogyText}
            placeholder={t.analogyPlaceholder}
            onChange={(event) => controller.setAnalogyText(event.target.value)}
          />
        </Field>
        <Button type="submit">{t.ask}</Button>
      </form>
      <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>{t.analogyHelp}</p>
      {state.analogyError ? <ErrorMessage error={state.analogyError} locale={locale} /> : null}
      {analogy ? (
        <ol style={{ margin: 0, paddingLeft: 20, fontSize: 13 }} aria-label={analogy.text}>
          {analogy.neighbors.slice(0, 10).map((n) => (
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
      ) : null}
    </section>
  );
}
