/** Colours of the three lists and of chunks; chosen to read on both themes' backgrounds. */
export const ROLE_COLORS = {
  keyword: '#c2410c',
  vector: '#7c3aed',
  both: '#0f766e',
  query: '#dc2626',
  other: '#9ca3af',
} as const;
export const CHUNK_COLORS = ['#2563eb', '#d97706', '#059669', '#db2777'] as const;

const CSS = `
.ts-rx { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr); color: var(--ts-fg); font-family: var(--ts-font); }
/* A vertical stack whose children may shrink below their content's width (long selects, prompts). */
.ts-rx-stack { display: grid; gap: 8px; grid-template-columns: minmax(0, 1fr); }
.ts-rx-bullets { margin: 0; padding-inline-start: 1.2em; gap: 4px; }
.ts-rx-note { color: var(--ts-muted); font-size: 0.875rem; margin: 0; }
.ts-rx-lists { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr)); }
.ts-rx-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.ts-rx-hit { border: 1px solid var(--ts-border); border-left: 4px solid var(--rx-color); border-radius: 6px; padding: 6px 8px; background: var(--ts-bg); }
.ts-rx-hit__head { display: flex; justify-content: space-between; gap: 8px; font-size: 0.8125rem; }
.ts-rx-hit p { margin: 4px 0 0; font-size: 0.875rem; line-height: 1.45; overflow-wrap: anywhere; }
.ts-rx-hit mark { background: color-mix(in srgb, ${ROLE_COLORS.keyword} 28%, transparent); color: inherit; border-radius: 2px; }
.ts-rx-hit .ts-rx-relevant { font-weight: 600; }
.ts-rx-link { all: unset; cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
.ts-rx-link:focus-visible { outline: 2px solid var(--ts-focus); outline-offset: 2px; }
.ts-rx-meta { color: var(--ts-muted); font-size: 0.75rem; font-variant-numeric: tabular-nums; }
.ts-rx-swatch { display: inline-block; width: 0.75em; height: 0.75em; border-radius: 2px; margin-inline-end: 4px; vertical-align: baseline; }
.ts-rx-prompt { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 320px; overflow: auto; margin: 0; padding: 8px;
  border: 1px solid var(--ts-border); border-radius: 6px; background: var(--ts-bg); font-size: 0.8125rem; line-height: 1.5; }
.ts-rx-chunks { line-height: 1.9; font-size: 0.9375rem; overflow-wrap: anywhere; padding: 8px; border: 1px solid var(--ts-border); border-radius: 6px; background: var(--ts-bg); }
.ts-rx-chunks span { border-radius: 2px; }
.ts-rx-overlap { background-image: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--ts-fg) 22%, transparent) 4px 6px); }
.ts-rx-meter { height: 6px; border-radius: 3px; background: var(--ts-grid); overflow: hidden; }
.ts-rx-meter > div { height: 100%; background: var(--ts-accent); }
.ts-rx-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
.ts-rx-row > .ts-rx-grow { flex: 1 1 240px; }
.ts-rx-grow input { width: 100%; box-sizing: border-box; }
.ts-rx-row > * { min-width: 0; max-width: 100%; }
/* Long example questions must not widen the page on a phone. */
.ts-rx .ts-select-field, .ts-rx .ts-select { min-width: 0; max-width: 100%; text-overflow: ellipsis; }

`;

/** The package's styles, hoisted once into the document head (or shadow root) by React 19. */
export function RetrievalStyle() {
  return (
    <style href="tensorscope-retrieval" precedence="tensorscope">
      {CSS}
    </style>
  );
}
