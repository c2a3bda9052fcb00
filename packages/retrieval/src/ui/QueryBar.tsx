import type { Locale } from '@tensorscope/common';
import { Button, Field, Input, Select } from '@tensorscope/common/react';
import { useEffect, useState } from 'react';
import { MAX_QUERY_CHARACTERS } from '../core/query.js';
import type { LabelledQuery } from '../core/types.js';
import { messages } from '../messages.js';

export interface QueryBarProps {
  query: string;
  onSearch: (query: string) => void;
  /** Labelled questions offered as examples (their answers are marked ✓ in the lists). */
  examples: readonly LabelledQuery[];
  busy: boolean;
  locale: Locale;
}

/** The question box: type and press Enter or Search, or pick a labelled example. */
export function QueryBar({ query, onSearch, examples, busy, locale }: QueryBarProps) {
  const t = messages[locale];
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  return (
    <form
      className="ts-rx-row"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text);
      }}
    >
      <div className="ts-rx-grow">
        <Field label={t.query}>
          <Input
            type="search"
            value={text}
            placeholder={t.queryPlaceholder}
            // Longer text is still accepted here so the controller can say why it is refused.
            maxLength={MAX_QUERY_CHARACTERS * 600}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={busy}>
        {t.search}
      </Button>
      {examples.length > 0 ? (
        <Select<string>
          label={t.examples}
          value=""
          onValueChange={(id) => {
            const example = examples.find((q) => q.id === id);
            if (example) onSearch(example.text);
          }}
          options={[{ value: '', label: t.examplePick }, ...examples.map((q) => ({ value: q.id, label: q.text }))]}
        />
      ) : null}
    </form>
  );
}
