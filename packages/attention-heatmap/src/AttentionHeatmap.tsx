'use client';
import {
  formatNumber,
  interpolate,
  themeColor,
  themedRootStyle,
  type Locale,
  type ThemeSetting,
} from '@tensorscope/common';
import { ErrorMessage, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisLeft, AxisTop } from '@visx/axis';
import { Group } from '@visx/group';
import { useParentSize } from '@visx/responsive';
import { scaleBand } from '@visx/scale';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { aggregateHeads } from './core/aggregate.js';
import { validateAttentionData, type AttentionData } from './core/attentionData.js';
import {
  causalMask,
  createAttentionMatrix,
  isMasked,
  strongestKey,
  weightAt,
  type AttentionMatrix,
  type AttentionMatrixInput,
} from './core/attentionMatrix.js';
import { displayTokens } from './core/displayToken.js';
import { ATTENTION_RAMPS, createAttentionColorScale } from './core/colorScale.js';
import { tokenLabel } from './core/tokenLabel.js';
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
  /** Cell focused at first, `[queryRow, keyColumn]`. Default: row 0 and its strongest key. */
  initialFocus?: readonly [number, number];
  /** Called when the focused cell changes (keyboard or pointer). */
  onFocusCell?: (cell: { row: number; column: number; weight: number }) => void;
  className?: string;
  style?: CSSProperties;
}

const LEGEND_WIDTH = 64;
const LABEL_CHARS = 12;

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
        <HeatmapBody
          matrix={matrix}
          width={Math.max(160, (props.width ?? parentWidth) - 16)}
          theme={theme}
          locale={locale}
          maxCellSize={props.maxCellSize ?? 44}
          initialFocus={props.initialFocus}
          onFocusCell={props.onFocusCell}
          t={t}
        />
      ) : null}
    </div>
  );
}

interface BodyProps {
  matrix: AttentionMatrix;
  width: number;
  theme: 'light' | 'dark';
  locale: Locale;
  maxCellSize: number;
  initialFocus: readonly [number, number] | undefined;
  onFocusCell: AttentionHeatmapProps['onFocusCell'];
  t: (typeof messages)['en'];
}

function HeatmapBody({ matrix, width, theme, locale, maxCellSize, initialFocus, onFocusCell, t }: BodyProps) {
  const rows = matrix.queryTokens.length;
  const columns = matrix.keyTokens.length;
  const gradientId = useId();
  const hintId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const labelWidth =
    Math.min(LABEL_CHARS, Math.max(...matrix.queryTokens.map((x) => Array.from(tokenLabel(x)).length))) * 7.5 + 14;
  const labelHeight =
    Math.min(LABEL_CHARS, Math.max(...matrix.keyTokens.map((x) => Array.from(tokenLabel(x)).length))) * 5.5 + 20;
  const margin = { top: labelHeight + 18, left: labelWidth + 18 };
  const available = width - margin.left - LEGEND_WIDTH - 8;
  const cell = Math.max(4, Math.min(maxCellSize, Math.floor(available / columns)));
  const plotWidth = cell * columns;
  const plotHeight = cell * rows;
  const svgWidth = margin.left + plotWidth + LEGEND_WIDTH;
  const svgHeight = margin.top + Math.max(plotHeight, 120) + 8;

  const color = useMemo(() => createAttentionColorScale(theme, matrix.max), [theme, matrix.max]);
  const xScale = useMemo(
    () => scaleBand<number>({ domain: [...Array(columns).keys()], range: [0, plotWidth] }),
    [columns, plotWidth],
  );
  const yScale = useMemo(
    () => scaleBand<number>({ domain: [...Array(rows).keys()], range: [0, plotHeight] }),
    [rows, plotHeight],
  );

  const clampFocus = (r: number, c: number): [number, number] => [
    Math.min(rows - 1, Math.max(0, r)),
    Math.min(columns - 1, Math.max(0, c)),
  ];
  const [focus, setFocus] = useState<[number, number]>(() =>
    initialFocus ? clampFocus(initialFocus[0], initialFocus[1]) : [0, strongestKey(matrix, 0)],
  );
  const [focusRow, focusColumn] = clampFocus(focus[0], focus[1]);
  const [hovered, setHovered] = useState<[number, number] | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    canvas.width = Math.round(plotWidth * ratio);
    canvas.height = Math.round(plotHeight * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, plotWidth, plotHeight);
    const gap = cell >= 12 ? 1 : 0;
    const maskedFill = themeColor(theme, '--ts-surface');
    const hatch = themeColor(theme, '--ts-muted');
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const x = c * cell;
        const y = r * cell;
        if (isMasked(matrix, r, c)) {
          // Masked (padding or causal): a neutral hatched cell, never the colour of a zero weight.
          context.fillStyle = maskedFill;
          context.fillRect(x, y, cell - gap, cell - gap);
          if (cell >= 6) {
            context.strokeStyle = hatch;
            context.globalAlpha = 0.45;
            context.lineWidth = 1;
            context.beginPath();
            context.moveTo(x, y + cell - gap);
            context.lineTo(x + cell - gap, y);
            context.stroke();
            context.globalAlpha = 1;
          }
          continue;
        }
        context.fillStyle = color(weightAt(matrix, r, c));
        context.fillRect(x, y, cell - gap, cell - gap);
      }
    }
  }, [matrix, color, cell, rows, columns, plotWidth, plotHeight, theme]);

  const move = (r: number, c: number) => {
    const next = clampFocus(r, c);
    setFocus(next);
    onFocusCell?.({ row: next[0], column: next[1], weight: weightAt(matrix, next[0], next[1]) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = steps[event.key];
    if (step) {
      event.preventDefault();
      move(focusRow + step[0], focusColumn + step[1]);
    } else if (event.key === 'Home') {
      event.preventDefault();
      move(focusRow, 0);
    } else if (event.key === 'End') {
      event.preventDefault();
      move(focusRow, columns - 1);
    }
  };

  const cellAt = (event: MouseEvent<HTMLCanvasElement>): [number, number] => {
    const rect = event.currentTarget.getBoundingClientRect();
    return clampFocus(Math.floor((event.clientY - rect.top) / cell), Math.floor((event.clientX - rect.left) / cell));
  };

  const describe = (r: number, c: number) =>
    interpolate(t.cell, {
      query: matrix.queryTokens[r] ?? '',
      key: matrix.keyTokens[c] ?? '',
      value: isMasked(matrix, r, c)
        ? t.masked
        : formatNumber(weightAt(matrix, r, c), locale, { maximumFractionDigits: 3 }),
    });
  const shown = hovered ?? [focusRow, focusColumn];
  const ramp = ATTENTION_RAMPS[theme];
  const legendHeight = Math.max(80, Math.min(plotHeight, 200));

  return (
    <div>
      <div
        role="group"
        aria-roledescription={t.roleDescription}
        aria-label={interpolate(t.label, { rows, columns })}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="ts-attention-heatmap__plot"
        style={{ position: 'relative', width: svgWidth, maxWidth: '100%', outlineColor: 'var(--ts-focus)' }}
      >
        <svg width={svgWidth} height={svgHeight} style={{ display: 'block' }} aria-hidden="true">
          <defs>
            <linearGradient id={gradientId} x1="0" y1="1" x2="0" y2="0">
              {ramp.map((stop, i) => (
                <stop key={stop} offset={`${(i / (ramp.length - 1)) * 100}%`} stopColor={stop} />
              ))}
            </linearGradient>
          </defs>
          <text x={margin.left} y={12} fill="var(--ts-muted)" fontSize={11}>
            {t.keyAxis}
          </text>
          <text
            transform={`translate(10, ${margin.top + plotHeight / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="var(--ts-muted)"
            fontSize={11}
          >
            {t.queryAxis}
          </text>
          <Group top={margin.top} left={margin.left}>
            <AxisTop
              scale={xScale}
              hideAxisLine
              hideTicks
              tickFormat={(i) => tokenLabel(matrix.keyTokens[i] ?? '', LABEL_CHARS)}
              tickLabelProps={() => ({
                fill: 'var(--ts-fg)',
                fontSize: 11,
                textAnchor: 'start',
                angle: -55,
                dx: '0.3em',
                dy: '-0.2em',
              })}
            />
            <AxisLeft
              scale={yScale}
              hideAxisLine
              hideTicks
              tickFormat={(i) => tokenLabel(matrix.queryTokens[i] ?? '', LABEL_CHARS)}
              tickLabelProps={() => ({
                fill: 'var(--ts-fg)',
                fontSize: 11,
                textAnchor: 'end',
                dx: '-0.25em',
                dy: '0.33em',
              })}
            />
            <rect
              x={focusColumn * cell - 1}
              y={focusRow * cell - 1}
              width={cell + 1}
              height={cell + 1}
              fill="none"
              stroke="var(--ts-focus)"
              strokeWidth={2}
              className="ts-attention-heatmap__focus"
            />
            <Group left={plotWidth + 16}>
              <rect width={12} height={legendHeight} fill={`url(#${gradientId})`} stroke="var(--ts-border)" />
              <text x={16} y={10} fontSize={10} fill="var(--ts-fg)">
                {formatNumber(matrix.max, locale, { maximumFractionDigits: 2 })}
              </text>
              <text x={16} y={legendHeight} fontSize={10} fill="var(--ts-fg)">
                0
              </text>
              <text
                transform={`translate(40, ${legendHeight / 2}) rotate(90)`}
                textAnchor="middle"
                fontSize={10}
                fill="var(--ts-muted)"
              >
                {t.legend}
              </text>
            </Group>
          </Group>
        </svg>
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          className="ts-attention-heatmap__cells"
          width={plotWidth}
          height={plotHeight}
          onPointerMove={(event) => setHovered(cellAt(event))}
          onPointerLeave={() => setHovered(null)}
          onClick={(event) => {
            const [r, c] = cellAt(event);
            move(r, c);
          }}
          style={{
            position: 'absolute',
            left: margin.left,
            top: margin.top,
            width: plotWidth,
            height: plotHeight,
            cursor: 'crosshair',
          }}
        />
      </div>
      <p aria-live="polite" className="ts-attention-heatmap__readout" style={{ margin: '4px 0 0', minHeight: '1.4em' }}>
        {describe(shown[0], shown[1])}
      </p>
      <p id={hintId} style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>
        {t.hint}
      </p>
      {matrix.notNormalised ? (
        <p className="ts-attention-heatmap__note" style={{ margin: '4px 0 0', color: 'var(--ts-muted)', fontSize: 12 }}>
          {t.notNormalised}
        </p>
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
