'use client';
import { interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import {
  Button,
  ErrorMessage,
  Panel,
  Select,
  TensorscopeErrorBoundary,
  ToggleGroup,
  Toolbar,
  useLastValid,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import type { RuntimeOptions, TensorRuntime } from '@tensorscope/tensor-core';
import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { loadCorpus } from './core/corpus.js';
import type { ChunkSettings, ExplorerState } from './core/explorer.js';
import type { VectorKind } from './core/retrievalIndex.js';
import type { WordVectors } from './core/sif.js';
import type { Tokenizer } from './core/tokenizer.js';
import type { LabelledQuery, Passage } from './core/types.js';
import { messages } from './messages.js';
import { ChunkingPanel } from './ui/ChunkingPanel.js';
import { CorpusDrop } from './ui/CorpusDrop.js';
import { PromptPanel } from './ui/PromptPanel.js';
import { QualityTable } from './ui/QualityTable.js';
import { QueryBar } from './ui/QueryBar.js';
import { RankedList } from './ui/RankedList.js';
import { RetrievalMap } from './ui/RetrievalMap.js';
import { rootProps } from './ui/rootProps.js';
import { ROLE_COLORS, RetrievalStyle } from './ui/styles.js';
import { useRetrievalExplorer } from './useRetrievalExplorer.js';

export interface RetrievalExplorerProps {
  /**
   * Passages to search: anything `loadCorpus` reads (objects, `{ passages }`, JSON or TSV text).
   * Default: the built-in bilingual corpus with its labelled questions, loaded on first render.
   */
  passages?: unknown;
  /** Labelled questions: with them, recall@5 and MRR are measured and shown. Default: the built-in ones with the built-in corpus. */
  queries?: readonly LabelledQuery[];
  /** English word vectors for the SIF retriever (e.g. GloVe); without them the vector side is LSA only. */
  wordVectors?: WordVectors;
  /** Tokenizer for token chunking and the prompt's count. Default: o200k_base, loaded lazily. */
  tokenizer?: Tokenizer;
  /** The first question searched once the index is built. */
  initialQuery?: string;
  chunking?: Partial<ChunkSettings>;
  /** A tensor-core runtime of your own; default tensor-core's shared one. */
  runtime?: TensorRuntime;
  /** Options for the shared runtime when no `runtime` is given (e.g. `{ wasmPaths }`). */
  runtimeOptions?: RuntimeOptions;
  /** Draw the query and chunks on an embedding map (loads three.js). Default true. */
  showMap?: boolean;
  /** Called once, when the first index is built and can be searched. */
  onReady?: () => void;
  /** Offer "search your own passages" (a JSON or TSV file read in the browser). Default true. */
  allowOwnCorpus?: boolean;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * RAG's retrieval step, made visible: a question searched three ways (BM25 keywords, a vector
 * space, and their reciprocal-rank fusion) over chunks of a corpus, with measured recall@5 and
 * MRR, the hits on an embedding map, the chunking, and the exact prompt a model would receive.
 * Nothing is generated. Bad input shows a message and keeps the results already on screen.
 */
export function RetrievalExplorer(props: RetrievalExplorerProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const [builtIn, setBuiltIn] = useState<{ passages: readonly Passage[]; queries: readonly LabelledQuery[] } | null>(
    null,
  );
  useEffect(() => {
    if (props.passages !== undefined) return;
    let live = true;
    void import('./corpus/index.js').then(
      (corpus) => live && setBuiltIn({ passages: corpus.PASSAGES, queries: corpus.QUERIES }),
    );
    return () => {
      live = false;
    };
  }, [props.passages]);
  const [own, setOwn] = useState<{ name: string; passages: Passage[] } | null>(null);
  const source = own?.passages ?? props.passages ?? builtIn?.passages;
  const corpus = useLastValid(() => (source === undefined ? null : loadCorpus(source)), [source]);
  const queries = own ? undefined : (props.queries ?? (props.passages === undefined ? builtIn?.queries : undefined));
  const options = useMemo(
    () =>
      corpus.value
        ? {
            passages: corpus.value,
            queries,
            wordVectors: props.wordVectors,
            tokenizer: props.tokenizer,
            runtime: props.runtime,
            runtimeOptions: props.runtimeOptions,
            initialQuery: props.initialQuery,
            chunking: props.chunking,
          }
        : null,
    // The explorer is rebuilt for a new corpus, queries, vectors, tokenizer or runtime only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [corpus.value, queries, props.wordVectors, props.tokenizer, props.runtime, props.runtimeOptions],
  );
  const { controller, state, error } = useRetrievalExplorer(options);
  const ready = state?.index != null;
  const onReady = props.onReady;
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);
  return (
    <div {...rootProps('ts-rx', props.className, props.style, themedRootStyle(theme))} lang={locale}>
      <RetrievalStyle />
      {corpus.error ? <ErrorMessage error={corpus.error} locale={locale} /> : null}
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {state && controller ? (
        // What slips past the checks shows the same message box instead of a blank area.
        <TensorscopeErrorBoundary locale={locale} resetKeys={[state.index, state.result]}>
          <Body
            state={state}
            controller={controller}
            queries={queries ?? []}
            showMap={props.showMap ?? true}
            runtimeOptions={props.runtimeOptions}
            own={
              props.allowOwnCorpus === false ? null : (
                <CorpusDrop
                  current={own?.name ?? null}
                  onLoad={(name, passages) => setOwn({ name, passages })}
                  onReset={() => setOwn(null)}
                  locale={locale}
                />
              )
            }
            locale={locale}
            theme={theme}
          />
        </TensorscopeErrorBoundary>
      ) : (
        <p className="ts-rx-note" role="status">
          {interpolate(t.building, { step: t.steps.chunking, done: 0, total: 5 })}
        </p>
      )}
    </div>
  );
}

function Body({
  state,
  controller,
  queries,
  showMap,
  runtimeOptions,
  own,
  locale,
  theme,
}: {
  state: ExplorerState;
  controller: NonNullable<ReturnType<typeof useRetrievalExplorer>['controller']>;
  queries: readonly LabelledQuery[];
  showMap: boolean;
  runtimeOptions: RuntimeOptions | undefined;
  own: ReactNode;
  locale: Locale;
  theme: 'light' | 'dark';
}) {
  const t = messages[locale];
  const [passageId, setPassageId] = useState<string | null>(null);
  const { index, result } = state;
  const examples = useMemo(() => queries.filter((q) => q.lang === locale).slice(0, 12), [queries, locale]);
  const relevant = useMemo(() => {
    const labelled = queries.find((q) => q.text === result?.query);
    return labelled ? new Set(labelled.relevant) : undefined;
  }, [queries, result]);
  const terms = useMemo(
    () => new Set(result?.terms.filter((term) => term.documents > 0).map((term) => term.term)),
    [result],
  );
  const k = state.k;
  const kindLabel = result?.vectorKind === 'sif' ? 'SIF' : 'LSA';
  const counts = index
    ? {
        passages: index.passages.length,
        chunks: index.chunks.length,
        ko: index.passages.filter((p) => p.lang === 'ko').length,
        en: index.passages.filter((p) => p.lang === 'en').length,
      }
    : null;
  return (
    <>
      <Panel
        title={t.title}
        headingLevel={3}
        actions={
          state.status === 'building' ? (
            <Button size="sm" onClick={() => controller.cancel()}>
              {t.cancel}
            </Button>
          ) : null
        }
      >
        <div className="ts-rx-stack">
          <p className="ts-rx-note" role="status" aria-live="polite">
            {state.status === 'building' || state.status === 'loading'
              ? interpolate(t.building, {
                  step: t.steps[state.progress?.step ?? 'chunking'],
                  done: (state.progress?.done ?? 0) + 1,
                  total: state.progress?.total ?? 5,
                })
              : counts
                ? interpolate(t.corpusInfo, counts)
                : ''}
          </p>
          {state.error ? <ErrorMessage error={state.error} locale={locale} /> : null}
          <QueryBar
            query={state.query}
            onSearch={(q) => void controller.search(q)}
            examples={examples}
            busy={!index}
            locale={locale}
          />
          <Toolbar aria-label={t.vector}>
            <ToggleGroup<VectorKind>
              label={t.vector}
              size="sm"
              items={[
                { value: 'lsa', label: t.lsa },
                { value: 'sif', label: t.sif, disabled: !index?.hasSif },
              ]}
              value={state.vector}
              onValueChange={(kind) => void controller.setVector(kind)}
            />
            <Select<string>
              label={t.hits}
              size="sm"
              value={String(k)}
              onValueChange={(value) => void controller.setK(Number(value))}
              options={['3', '5', '10'].map((value) => ({ value, label: value }))}
            />
          </Toolbar>
          {result ? (
            <>
              <p className="ts-rx-meta">
                {interpolate(t.matched, {
                  terms:
                    result.terms
                      .filter((term) => term.documents > 0)
                      .map((term) => `${term.term} (${term.documents})`)
                      .join(', ') || t.termsNone,
                })}
              </p>
              <div className="ts-rx-lists">
                {(
                  [
                    { key: 'keyword', title: t.keywordList, color: ROLE_COLORS.keyword, note: result.notes.keyword },
                    {
                      key: 'vector',
                      title: interpolate(t.vectorList, { kind: kindLabel }),
                      color: ROLE_COLORS.vector,
                      note: result.notes.vector,
                    },
                    { key: 'hybrid', title: t.hybridList, color: ROLE_COLORS.both, note: undefined },
                  ] as const
                ).map((list) => (
                  <RankedList
                    key={list.key}
                    title={list.title}
                    color={list.color}
                    hits={result[list.key].slice(0, k)}
                    terms={terms}
                    relevant={relevant}
                    note={list.note ? t.notes[list.note] : undefined}
                    showMoves={list.key === 'hybrid'}
                    locale={locale}
                    onOpen={(hit) => setPassageId(hit.chunk.passage.id)}
                  />
                ))}
              </div>
            </>
          ) : null}
        </div>
      </Panel>
      <Panel title={t.prompt} headingLevel={3}>
        <PromptPanel
          prompt={state.prompt}
          budget={state.budget}
          onBudget={(budget) => controller.setBudget(budget)}
          waiting={result !== null && state.tokenizer === null}
          locale={locale}
        />
      </Panel>
      {state.evaluation || state.evaluating ? (
        <Panel title={interpolate(t.quality, { queries: queries.length })} headingLevel={3}>
          <QualityTable evaluation={state.evaluation} running={state.evaluating} locale={locale} />
        </Panel>
      ) : null}
      {showMap && index ? (
        <Panel title={t.map} headingLevel={3}>
          <RetrievalMap
            index={index}
            result={result}
            k={k}
            runtimeOptions={runtimeOptions}
            locale={locale}
            theme={theme}
          />
        </Panel>
      ) : null}
      {index ? (
        <Panel title={t.chunking} headingLevel={3}>
          <ChunkingPanel
            settings={state.chunking}
            onChange={(settings) => void controller.setChunking(settings)}
            chunks={index.chunks}
            passageId={passageId}
            onPassage={setPassageId}
            locale={locale}
          />
        </Panel>
      ) : null}
      {own ? (
        <Panel title={t.ownPanel} headingLevel={3}>
          {own}
        </Panel>
      ) : null}
      {index ? (
        <Panel title={t.what} headingLevel={3}>
          <ul className="ts-rx-note ts-rx-stack ts-rx-bullets">
            <li>{interpolate(t.whatBm25, { k1: index.bm25.k1, b: index.bm25.b })}</li>
            <li>{interpolate(t.whatLsa, { chunks: index.chunks.length, dims: index.lsa.documents.dimensions })}</li>
            {index.hasSif ? <li>{interpolate(t.whatSif, { name: index.wordVectorsName ?? 'GloVe' })}</li> : null}
          </ul>
        </Panel>
      ) : null}
    </>
  );
}
