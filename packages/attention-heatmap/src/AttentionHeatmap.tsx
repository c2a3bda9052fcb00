'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
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
import {
  createAttentionMatrix,
  strongestKey,
  weightAt,
  type AttentionMatrix,
  type AttentionMatrixInput,
} from './core/attentionMatrix.js';
import { ATTENTION_RAMPS, createAttentionColorScale } from './core/colorScale.js';
import { tokenLabel } from './core/tokenLabel.js';
import { messages } from './messages.js';

export interface AttentionHeatmapProps extends AttentionMatrixInput {
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

  // Bad input shows an error and keeps the last valid matrix: nothing the user had is lost.
  const { value: matrix, error } = useLastValid(
    () => createAttentionMatrix({ queryTokens: props.queryTokens, keyTokens: props.keyTokens, weights: props.weights }),
    [props.queryTokens, props.keyTokens, props.weights],
  );

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
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        context.fillStyle = color(weightAt(matrix, r, c));
        context.fillRect(c * cell, r * cell, cell - gap, cell - gap);
      }
    }
  }, [matrix, color, cell, rows, columns, plotWidth, plotHeight]);

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
      value: formatNumber(weightAt(matrix, r, c), locale, { maximumFractionDigits: 3 }),
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
