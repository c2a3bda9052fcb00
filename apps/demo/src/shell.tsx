import type { Locale } from '@tensorscope/common';
import { ErrorMessage, TensorscopeErrorBoundary } from '@tensorscope/common/react';
import { Suspense, createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { messages } from './messages.js';

/** The section's "I am interactive now" callback (see {@link useMarkReady}). */
const ReadyContext = createContext<() => void>(() => {});

/**
 * Marks the surrounding section interactive once `ready` is true: sets `data-ready` on the section
 * and a `section-ready:<id>` performance mark (read by bench/demo.bench.mjs).
 */
export function useMarkReady(ready: boolean) {
  const markReady = useContext(ReadyContext);
  useEffect(() => {
    if (ready) markReady();
  }, [ready, markReady]);
}

/** True once the element has come within `margin` of the viewport (and stays true). */
function useSeen(margin: string): [React.RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, margin]);
  return [ref, seen];
}

export interface SectionProps {
  id: string;
  title: string;
  intro: ReactNode;
  locale: Locale;
  /** The `/embed/...` URL (path and query) of this section's main view, or a function giving it. */
  embed: string | (() => string);
  /** Height of the placeholder before the section loads (keeps the page from jumping). */
  placeholderHeight: number;
  /** Rendered once the section comes near the viewport; its code is loaded then (React.lazy). */
  children: ReactNode;
}

/** A lecture section: heading, intro, "copy embed code", and content that loads when scrolled near. */
export function Section({ id, title, intro, locale, embed, placeholderHeight, children }: SectionProps) {
  const t = messages[locale];
  const [ref, seen] = useSeen('400px 0px');
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => {
    setReady((was) => {
      if (!was) performance.mark(`section-ready:${id}`);
      return true;
    });
  }, [id]);
  return (
    <section aria-labelledby={id} data-section={id} data-ready={ready ? 'true' : 'false'} className="section">
      <div className="section__head">
        <h2 id={id}>{title}</h2>
        <EmbedCodeButton locale={locale} path={embed} title={title} />
      </div>
      <div className="section__intro">{intro}</div>
      {/* The placeholder height stays until the section is interactive, so sections further down do
          not slide into view (and start loading) while this one is still loading. */}
      <div ref={ref} style={ready ? undefined : { minHeight: placeholderHeight }}>
        {seen ? (
          <ReadyContext.Provider value={markReady}>
            <TensorscopeErrorBoundary locale={locale} resetKeys={[locale]}>
              <Suspense fallback={<p aria-busy="true">{t.loadingSection}</p>}>{children}</Suspense>
            </TensorscopeErrorBoundary>
          </ReadyContext.Provider>
        ) : (
          <p className="section__placeholder">{t.loadingSection}</p>
        )}
      </div>
    </section>
  );
}

/** `<iframe>` code for an embed path on this site. */
export function embedSnippet(path: string, title: string, height = 560): string {
  const src = new URL(path, window.location.origin).href;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** Copies the section's `<iframe>` code (and shows it, for browsers without clipboard access). */
export function EmbedCodeButton({
  locale,
  path,
  title,
}: {
  locale: Locale;
  path: string | (() => string);
  title: string;
}) {
  const t = messages[locale];
  const [snippet, setSnippet] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const text = embedSnippet(typeof path === 'function' ? path() : path, `${t.embedFrom}: ${title}`);
    setSnippet(text);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="embed-code">
      <button type="button" className="button" onClick={() => void copy()}>
        {t.embedButton}
      </button>
      {snippet !== null ? (
        <label className="embed-code__snippet">
          <span>{copied ? t.embedCopied : t.embedManual}</span>
          <textarea readOnly rows={3} value={snippet} aria-label={t.embedLabel} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}

/** An inline error for a section's own failures (e.g. the GloVe file did not load). */
export function SectionError({ error, locale }: { error: unknown; locale: Locale }) {
  return <ErrorMessage error={error} locale={locale} title={messages[locale].sectionFailed} />;
}
