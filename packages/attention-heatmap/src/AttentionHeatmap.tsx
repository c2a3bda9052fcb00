'use client';
import { themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useParentSize } from '@visx/responsive';
import type { CSSProperties } from 'react';
import { aggregateHeads } from './core/aggregate.js';
import { validateAttentionData, type AttentionData } from './core/attentionData.js';
import { causalMask, createAttentionMatrix, type AttentionMatrixInput } from './core/attentionMatrix.js';
import type { ColorTransfer } from './core/colorLut.js';
import { displayTokens } from './core/displayToken.js';
import { HeatmapView } from './HeatmapView.js';
import { messages } from './messages.js';
import {
  clampSelection,
  useAttentionSelection,
  type AttentionSelection,
  type SelectionProps,
} from './useAttentionSelection.js';

export interface AttentionHeatmapProps extends Partial<AttentionMatrixInput>, SelectionProps {
  /**
   * A whole model's attention (`[layers, heads, qLen, kLen]`, e.g. from `fromHuggingFace`). The
   * selection picks the layer and heads (several heads are aggregated); layer and head menus are
   * shown. Use this *or* `queryTokens` + `weights` for a single matrix.
   */
  data?: AttentionData;
  /** Show the layer/head menus when `data` has more than one layer or head. Default true. */
  showControls?: boolean;
  /** Language of labels. Default from `TensorscopeProvider`, else `'en'`. */
  locale?: Locale;
  /** Colour theme. Default from `TensorscopeProvider`, else `'light'`. */
  theme?: ThemeSetting;
  /** Fixed width in pixels. Default: the width of the parent element. */
  width?: number;
  /** Largest cell edge in pixels. Default 44. */
  maxCellSize?: number;
  /** Largest height of the cell area in pixels; long sequences start zoomed out to fit. Default 640. */
  maxHeight?: number;
  /** Colour mapping: `'linear'`, or `'sqrt'` / `'log'` to lift small weights. Default `'linear'`. */
  colorTransfer?: ColorTransfer;
  /** Cell focused at first, `[queryRow, keyColumn]`. Default: row 0 and its strongest key. */
  initialFocus?: readonly [number, number];
  /** Called when the focused cell changes (keyboard or pointer). */
  onFocusCell?: (cell: { row: number; column: number; weight: number }) => void;
  className?: string;
  style?: CSSProperties;
}

/**
 * A query × key attention matrix: cells drawn on a canvas (fast for long sequences) under visx
 * axes, with an always-visible colour legend, tooltips and arrow-key navigation.
 */
export function AttentionHeatmap(props: AttentionHeatmapProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width: parentWidth } = useParentSize({ initialSize: { width: 480, height: 0 } });

  const [rawSelection, setSelection] = useAttentionSelection(props);
  const data = props.data;
  const selection = data ? clampSelection(rawSelection, data.shape[0], data.shape[1], data.shape[2]) : rawSelection;

  // Bad input shows an error and keeps the last valid matrix: nothing the user had is lost.
  const { value: matrix, error } = useLastValid(() => {
    if (data) {
      validateAttentionData(data);
      return createAttentionMatrix({
        queryTokens: displayTokens(data.queryTokens).map((token) => token.text),
        keyTokens: displayTokens(data.keyTokens).map((token) => token.text),
        weights: aggregateHeads(data, {
          layers: [selection.layer],
          heads: selection.heads,
          method: selection.aggregate,
        }),
        mask: data.mask ?? (data.metadata?.causal ? causalMask(data.shape[2], data.shape[3]) : undefined),
      });
    }
    return createAttentionMatrix({
      queryTokens: props.queryTokens ?? [],
      keyTokens: props.keyTokens,
      weights: props.weights ?? new Float32Array(0),
      mask: props.mask,
      signed: props.signed,
    });
  }, [
    data,
    selection.layer,
    selection.heads.join(','),
    selection.aggregate,
    props.queryTokens,
    props.keyTokens,
    props.weights,
    props.mask,
    props.signed,
  ]);

  const rootStyle: CSSProperties = {
    ...themedRootStyle(theme),
    width: props.width ?? '100%',
    maxWidth: '100%',
    ...props.style,
  };

  return (
    <div
      ref={parentRef}
      className={['ts-attention-heatmap', props.className].filter(Boolean).join(' ')}
      style={rootStyle}
    >
      {error ? <ErrorMessage error={error} locale={locale} style={{ marginBottom: 8 }} /> : null}
      {data && (props.showControls ?? true) && (data.shape[0] > 1 || data.shape[1] > 1) ? (
        <SelectionControls data={data} selection={selection} onChange={setSelection} t={t} />
      ) : null}
      {matrix ? (
        <HeatmapView
          matrix={matrix}
          width={Math.max(160, (props.width ?? parentWidth) - 16)}
          theme={theme}
          locale={locale}
          maxCellSize={props.maxCellSize ?? 44}
          maxHeight={props.maxHeight ?? 640}
          transfer={props.colorTransfer ?? 'linear'}
          initialFocus={props.initialFocus}
          onFocusCell={props.onFocusCell}
          t={t}
        />
      ) : null}
    </div>
  );
}

function SelectionControls({
  data,
  selection,
  onChange,
  t,
}: {
  data: AttentionData;
  selection: AttentionSelection;
  onChange: (patch: Partial<AttentionSelection>) => void;
  t: (typeof messages)['en'];
}) {
  const [layers, heads] = data.shape;
  const allHeads = selection.heads.length === heads && heads > 1;
  const selectStyle: CSSProperties = {
    font: 'inherit',
    color: 'var(--ts-fg)',
    background: 'var(--ts-surface)',
    border: '1px solid var(--ts-border)',
    borderRadius: 4,
    padding: '1px 4px',
    marginInlineStart: 4,
  };
  return (
    <div
      className="ts-attention-heatmap__controls"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 6 }}
    >
      <label>
        {t.layer}
        <select
          style={selectStyle}
          value={selection.layer}
          onChange={(event) => onChange({ layer: Number(event.target.value) })}
        >
          {Array.from({ length: layers }, (_, i) => (
            <option key={i} value={i}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.head}
        <select
          style={selectStyle}
          value={allHeads ? 'all' : String(selection.heads[0] ?? 0)}
          onChange={(event) =>
            onChange({
              heads:
                event.target.value === 'all'
                  ? Array.from({ length: heads }, (_, i) => i)
                  : [Number(event.target.value)],
            })
          }
        >
          {Array.from({ length: heads }, (_, i) => (
            <option key={i} value={i}>
              {i + 1}
            </option>
          ))}
          {heads > 1 ? <option value="all">{t.allHeads}</option> : null}
        </select>
      </label>
      {selection.heads.length > 1 ? (
        <label>
          {t.aggregate}
          <select
            style={selectStyle}
            value={selection.aggregate}
            onChange={(event) => onChange({ aggregate: event.target.value as AttentionSelection['aggregate'] })}
          >
            <option value="mean">{t.mean}</option>
            <option value="max">{t.max}</option>
            <option value="sum">{t.sum}</option>
          </select>
        </label>
      ) : null}
    </div>
  );
}
