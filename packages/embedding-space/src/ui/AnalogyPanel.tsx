'use client';
import { ErrorMessage } from '@tensorscope/common/react';
import { Button, Field, Input } from '@tensorscope/common/react';
import { NeighborLinks } from './NeighborLinks.js';
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
        <NeighborLinks
          neighbors={analogy.neighbors}
          labels={data.labels}
          label={analogy.text}
          onPick={onPick}
          locale={locale}
        />
      ) : null}
    </section>
  );
}
