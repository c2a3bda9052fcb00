'use client';
import { themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useParentSize } from '@visx/responsive';
import { useState, type CSSProperties } from 'react';
import { aggregateHeads, attentionRollout } from './core/aggregate.js';
import { hideTokens } from './core/hideTokens.js';
import { poolWords } from './core/poolWords.js';
import { mapAttentionHeads, type AttentionInput, type AttentionSource } from './core/attentionSource.js';
import { causalMask, createAttentionMatrix, type AttentionMatrixInput } from './core/attentionMatrix.js';
import type { ColorTransfer } from './core/colorLut.js';
import { displayTokens } from './core/displayToken.js';
import { HeatmapControls } from './HeatmapControls.js';
import { HeatmapView } from './HeatmapView.js';
import { useValidAttentionData } from './useValidAttentionData.js';
import { messages } from './messages.js';
import { clampSelection, useAttentionSelection, type SelectionProps } from './useAttentionSelection.js';

/** How model data is reduced to one matrix before drawing. */
export interface AttentionTransform {
  /** `'selected'`: the selected layer; `'all'`: every layer combined like the heads; `'rollout'`: attention rollout through the selected layer (Abnar & Zuidema 2020). */
  layers: 'selected' | 'all' | 'rollout';
  /** Remove [CLS], [SEP], <s>, BOS… from both axes and renormalise the rows. */
  hideSpecialTokens: boolean;
  /** Pool subword tokens into whole words (attention to a word sums its pieces, from a word averages them). */
  wholeWords: boolean;
}

export const DEFAULT_TRANSFORM: AttentionTransform = {
  layers: 'selected',
  hideSpecialTokens: false,
  wholeWords: false,
};

export interface AttentionHeatmapProps extends Partial<AttentionMatrixInput>, SelectionProps {
  /**
   * A whole model's attention (`[layers, heads, qLen, kLen]`, e.g. from `fromHuggingFace`), or a
   * source read head by head such as `openAttention(bytes)` of a binary export (only the shown
   * heads are decoded, and kept in a cache). The selection picks the layer and heads (several
   * heads are aggregated); layer and head menus are shown. Use this *or* `queryTokens` + `weights`
   * for a single matrix.
   */
  data?: AttentionInput;
  /** Initial layer mode, special-token hiding and word pooling for model data. Default: the selected layer, as given. */
  defaultTransform?: Partial<AttentionTransform>;
  /** Show the layer/head menus and the token options for model data. Default true. */
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
  const validated = useValidAttentionData(props.data);
  const data = validated.value;
  const shape = data?.shape ?? props.data?.shape;
  const selection = shape ? clampSelection(rawSelection, shape[0], shape[1], shape[2]) : rawSelection;
  const [transform, setTransform] = useState<AttentionTransform>({ ...DEFAULT_TRANSFORM, ...props.defaultTransform });

  // Token options change the tokens themselves: set up once per data and option, not per selection;
  // each head is transformed when it is shown (and cached).
  const reshaped = useLastValid(() => {
    if (!data) return null;
    let shown: AttentionSource = data;
    const { hideSpecialTokens, wholeWords } = transform;
    if (hideSpecialTokens || wholeWords) {
      let words: number[] | undefined;
      shown = mapAttentionHeads(data, (single) => {
        let head = single;
        if (hideSpecialTokens) head = hideTokens(head);
        if (wholeWords) head = poolWords(head, (words ??= wordIds(head.queryTokens)));
        return head;
      });
    }
    return {
      data: shown,
      queryTokens: displayTokens(shown.queryTokens).map((token) => token.text),
      keyTokens: displayTokens(shown.keyTokens).map((token) => token.text),
    };
  }, [data, transform.hideSpecialTokens, transform.wholeWords]);
  const shown = reshaped.value;

  // Bad input shows an error and keeps the last valid matrix: nothing the user had is lost.
  const computed = useLastValid(() => {
    if (props.data) {
      if (!shown) return null;
      const [, , qLen, kLen] = shown.data.shape;
      const weights =
        transform.layers === 'rollout'
          ? attentionRollout(shown.data, { throughLayer: Math.min(selection.layer, shown.data.shape[0] - 1) })
          : aggregateHeads(shown.data, {
              layers: transform.layers === 'all' ? undefined : [selection.layer],
              heads: selection.heads,
              method: selection.aggregate,
            });
      return createAttentionMatrix({
        queryTokens: shown.queryTokens,
        keyTokens: shown.keyTokens,
        weights,
        mask: shown.data.mask ?? (shown.data.metadata?.causal ? causalMask(qLen, kLen) : undefined),
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
    props.data,
    shown,
    transform.layers,
    selection.layer,
    selection.heads.join(','),
    selection.aggregate,
    props.queryTokens,
    props.keyTokens,
    props.weights,
    props.mask,
    props.signed,
  ]);

  const matrix = computed.value;
  const error = validated.error ?? reshaped.error ?? computed.error;

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
      {data && (props.showControls ?? true) ? (
        <HeatmapControls
          shape={data.shape}
          selection={selection}
          onChange={setSelection}
          transform={transform}
          onTransform={(patch) => setTransform({ ...transform, ...patch })}
          t={t}
        />
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

/** Word ids for subword pooling: a new word at each word start or special token. */
function wordIds(tokens: readonly string[]): number[] {
  let id = -1;
  let previousSpecial = false;
  return displayTokens(tokens).map((token, i) => {
    if (i === 0 || token.startsWord || token.isSpecial || previousSpecial) id += 1;
    previousSpecial = token.isSpecial;
    return id;
  });
}
