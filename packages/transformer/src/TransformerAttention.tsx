'use client';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  DEFAULT_SELECTION,
  type AttentionSelection,
} from '@tensorscope/attention-heatmap';
import { interpolate, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, Panel, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useState, type CSSProperties } from 'react';
import { toAttentionData } from './core/attentionExport.js';
import { nextTokenMessages } from './nextTokenMessages.js';
import { NextTokenStyle, rootProps } from './nextTokenUi.js';
import { useNextTokenController, type NextTokenSourceProps } from './useNextTokenController.js';

/** The attention views this component can show. */
export type TransformerAttentionView = 'grid' | 'heatmap' | 'lines';

export interface TransformerAttentionProps extends NextTokenSourceProps {
  /** Which attention-heatmap views to show, in order. Default all three. */
  views?: readonly TransformerAttentionView[];
  /** The first selection (layer, heads, focused token). Default the last layer, head 0. */
  defaultSelection?: Partial<AttentionSelection>;
  /** Heading level of the panel. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

const ALL_VIEWS: readonly TransformerAttentionView[] = ['grid', 'heatmap', 'lines'];

/**
 * The trained model's attention on the current text, through attention-heatmap's own views
 * (`AttentionHeadGrid`, `AttentionHeatmap`, `AttentionLines`) on one shared selection, via
 * `toAttentionData`. Updates with every pass (new text, each generated token, ablation).
 */
export function TransformerAttention(props: TransformerAttentionProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = nextTokenMessages[locale];
  const { state, error } = useNextTokenController(props);
  const result = state?.result ?? null;
  const tokens = state?.tokens;
  const checkpoint = state?.checkpoint ?? null;
  const data = useLastValid(
    () =>
      result && tokens && checkpoint
        ? toAttentionData(result, tokens, {
            model: interpolate(t.attentionModel, {
              name: typeof checkpoint.meta.name === 'string' ? checkpoint.meta.name : 'transformer',
              layers: checkpoint.config.layers,
              heads: checkpoint.config.heads,
            }),
            note: t.attentionNote,
          })
        : null,
    [result, tokens, checkpoint, t],
  );
  const layers = checkpoint?.config.layers ?? 1;
  const initial = isPlainObject(props.defaultSelection) ? props.defaultSelection : {};
  const [selection, setSelection] = useState<AttentionSelection>({
    ...DEFAULT_SELECTION,
    layer: layers - 1,
    ...initial,
  });
  const [seenLayers, setSeenLayers] = useState(layers);
  if (seenLayers !== layers) {
    // A new model: start from its last layer again (unless the caller chose a layer).
    setSeenLayers(layers);
    setSelection({ ...DEFAULT_SELECTION, layer: layers - 1, ...initial });
  }
  const views = Array.isArray(props.views) ? props.views.filter((view) => ALL_VIEWS.includes(view)) : ALL_VIEWS;
  const linked = data.value ? { data: data.value, selection, onSelectionChange: setSelection, locale, theme } : null;
  return (
    <div {...rootProps(props.className, props.style, theme)} lang={locale}>
      <NextTokenStyle />
      <Panel title={t.attentionTitle} headingLevel={props.headingLevel ?? 3}>
        {error ? <ErrorMessage error={error} locale={locale} /> : null}
        {data.error ? <ErrorMessage error={data.error} locale={locale} /> : null}
        {!props.controller && state?.error ? <ErrorMessage error={state.error} locale={locale} /> : null}
        <p className="ts-nt-note">{t.attentionNote}</p>
        {linked ? (
          <div className="ts-nt-views">
            {views.map((view) =>
              view === 'grid' ? (
                <AttentionHeadGrid key={view} {...linked} />
              ) : view === 'heatmap' ? (
                <AttentionHeatmap key={view} {...linked} />
              ) : (
                <AttentionLines key={view} {...linked} />
              ),
            )}
          </div>
        ) : error || state?.error ? null : (
          <p className="ts-nt-note" role="status">
            {t.loading}
          </p>
        )}
      </Panel>
    </div>
  );
}

function isPlainObject(value: unknown): value is Partial<AttentionSelection> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
