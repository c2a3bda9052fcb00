import { interpolate, toTensorscopeError, type AnyTensorscopeError, type Locale } from '@tensorscope/common';
import { Button, ErrorMessage, FileDropZone } from '@tensorscope/common/react';
import { useState } from 'react';
import { loadCorpus, MAX_CORPUS_CHARACTERS } from '../core/corpus.js';
import type { Passage } from '../core/types.js';
import { messages } from '../messages.js';

export interface CorpusDropProps {
  /** The file now searched, if it is the user's. */
  current: string | null;
  onLoad: (name: string, passages: Passage[]) => void;
  onReset: () => void;
  locale: Locale;
}

/**
 * "Search your own passages": a JSON or TSV file read in the browser through `loadCorpus`. A bad
 * file shows a message naming the row and field; the corpus already searched stays.
 */
export function CorpusDrop({ current, onLoad, onReset, locale }: CorpusDropProps) {
  const t = messages[locale];
  const [error, setError] = useState<AnyTensorscopeError | null>(null);
  const read = async (file: File) => {
    try {
      const passages = loadCorpus(await file.text());
      setError(null);
      onLoad(file.name, passages);
    } catch (caught) {
      setError(toTensorscopeError(caught, 'INVALID_FORMAT'));
    }
  };
  return (
    <div className="ts-rx-stack">
      <FileDropZone
        title={t.ownTitle}
        hint={t.ownHint}
        accept=".json,.tsv,.txt,application/json,text/tab-separated-values,text/plain"
        strictAccept={false}
        maxBytes={MAX_CORPUS_CHARACTERS}
        onFiles={(files) => void (files[0] && read(files[0]))}
        onReject={setError}
        locale={locale}
      />
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {current ? (
        <p className="ts-rx-note">
          {interpolate(t.ownLoaded, { name: current })}{' '}
          <Button size="sm" variant="link" onClick={onReset}>
            {t.ownBack}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
