'use client';
// Small pieces the next-token, ablation and attention views share: styles, the model's
// description, number formats and token labels.
import { formatNumber, interpolate, themedRootStyle, type Locale } from '@tensorscope/common';
import type { CSSProperties } from 'react';
import type { Checkpoint } from './core/checkpoint.js';
import type { Prediction } from './core/nextTokenController.js';
import { parameterCount } from './core/weights.js';
import type { NextTokenMessages } from './nextTokenMessages.js';

const CSS = `
.ts-nt { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr); color: var(--ts-fg); font-family: var(--ts-font); }
.ts-nt-stack { display: grid; gap: 8px; grid-template-columns: minmax(0, 1fr); }
.ts-nt-note { color: var(--ts-muted); font-size: 0.875rem; margin: 0; line-height: 1.45; }
.ts-nt-text { width: 100%; box-sizing: border-box; min-height: 3.2em; resize: vertical; font: inherit; font-size: 0.9375rem;
  color: var(--ts-fg); background: var(--ts-bg); border: 1px solid var(--ts-border); border-radius: 6px; padding: 6px 8px; }
.ts-nt-text:focus-visible { outline: 2px solid var(--ts-focus); outline-offset: 1px; }
.ts-nt-check { display: inline-flex; gap: 6px; align-items: center; font-size: 0.875rem; }
.ts-nt-check input:focus-visible { outline: 2px solid var(--ts-focus); outline-offset: 2px; }
.ts-nt-tokens { display: flex; flex-wrap: wrap; gap: 3px; margin: 0; padding: 0; list-style: none; font-size: 0.8125rem; }
.ts-nt-token { border: 1px solid var(--ts-border); border-radius: 4px; padding: 1px 4px; background: var(--ts-bg); white-space: pre; }
.ts-nt-token--generated { border-color: var(--ts-accent); border-style: dashed; font-weight: 600; color: var(--ts-accent); }
.ts-nt-bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.ts-nt-bar { display: grid; grid-template-columns: minmax(4em, 9em) minmax(0, 1fr) 4.5em; gap: 8px; align-items: center; font-size: 0.875rem; }
.ts-nt-bar__token { white-space: pre; overflow: hidden; text-overflow: ellipsis; }
.ts-nt-bar__track { height: 14px; border-radius: 3px; background: var(--ts-grid); overflow: hidden; }
.ts-nt-bar__fill { height: 100%; background: var(--ts-accent); }
.ts-nt-bar__value { text-align: end; font-variant-numeric: tabular-nums; }
.ts-nt-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.ts-nt-grid { display: grid; gap: 6px; grid-template-columns: auto repeat(var(--nt-heads), minmax(0, 1fr)); align-items: stretch; }
.ts-nt-grid__layer { font-size: 0.8125rem; color: var(--ts-muted); align-self: center; }
.ts-nt .ts-nt-head { display: grid; justify-content: start; justify-items: start; gap: 2px; text-align: start; height: auto; min-height: 3.5em; white-space: normal; padding: 6px 8px; }
.ts-nt .ts-nt-head__role { font-weight: 600; font-size: 0.8125rem; }
.ts-nt .ts-nt-head__scores { font-size: 0.75rem; font-variant-numeric: tabular-nums; opacity: 0.85; }
.ts-nt-compare { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr)); }
.ts-nt-compare h4 { margin: 0 0 4px; font-size: 0.875rem; }
.ts-nt-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.ts-nt-views { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr); }
`;

/** The views' styles, hoisted once into the document head (or shadow root) by React 19. */
export function NextTokenStyle() {
  return (
    <style href="tensorscope-transformer-next-token" precedence="tensorscope">
      {CSS}
    </style>
  );
}

/**
 * The root element's props: `ts-nt` plus the caller's `className` when it is a string, the theme
 * variables plus the caller's `style` when it is a plain object; anything else a plain page passes
 * is ignored rather than crashing the render.
 */
export function rootProps(
  className: unknown,
  style: unknown,
  theme: 'light' | 'dark',
): { className: string; style: CSSProperties } {
  const plain = typeof style === 'object' && style !== null && Object.getPrototypeOf(style) === Object.prototype;
  return {
    className: typeof className === 'string' && className.trim() !== '' ? `ts-nt ${className}` : 'ts-nt',
    style: { ...themedRootStyle(theme), ...(plain ? (style as CSSProperties) : {}) },
  };
}

/** A count prop: an integer in [1, max], else the fallback. */
export function countProp(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/** What the model is and is not, from its checkpoint (tokenizer kind and `meta.name`). */
export function describeModel(checkpoint: Checkpoint, t: NextTokenMessages, locale: Locale): string {
  const { config, tokenizer, meta } = checkpoint;
  const kind = tokenizer.kind === 'ids' ? 'induction' : meta.name === 'brown' ? 'brown' : 'other';
  return interpolate(t.models[kind], {
    layers: config.layers,
    heads: config.heads,
    params: formatNumber(parameterCount(config), locale),
    vocab: formatNumber(config.vocabSize, locale),
    context: config.contextLength,
  });
}

/** A loss in nats, two decimals. */
export function formatLoss(value: number | null, locale: Locale): string {
  return value === null || !Number.isFinite(value)
    ? '—'
    : formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A probability as a percentage with one decimal. */
export function formatProbability(value: number, locale: Locale): string {
  return formatNumber(value, locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The label the controller gives an id that no token of the text has (ids models). */
const UNUSED_ID = /^⟨id \d+⟩$/;

/** A token with its whitespace visible (space `·`, newline `↵`, tab `⇥`); an unused id's label as it is. */
export function tokenText(token: string): string {
  if (UNUSED_ID.test(token)) return token;
  return token.replace(/ /g, '·').replace(/\n/g, '↵').replace(/\t/g, '⇥') || '∅';
}

/** Horizontal probability bars for predictions, most likely first. */
export function ProbabilityBars({
  predictions,
  label,
  locale,
  unusedId,
}: {
  predictions: readonly Prediction[];
  label: string;
  locale: Locale;
  unusedId: string;
}) {
  return (
    <ol className="ts-nt-bars" aria-label={label}>
      {predictions.map((p) => {
        const unused = UNUSED_ID.test(p.token);
        return (
          <li key={p.id} className="ts-nt-bar" title={unused ? unusedId : undefined}>
            <span className="ts-nt-bar__token">{tokenText(p.token)}</span>
            <span className="ts-nt-bar__track" aria-hidden="true">
              <span
                className="ts-nt-bar__fill"
                style={{ display: 'block', width: `${Math.max(0.5, p.probability * 100)}%` }}
              />
            </span>
            <span className="ts-nt-bar__value">{formatProbability(p.probability, locale)}</span>
          </li>
        );
      })}
    </ol>
  );
}
