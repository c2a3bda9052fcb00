'use client';
import { interpolate, intlLocale, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { useParentSize } from '@visx/responsive';
import { scaleLog, scaleUtc } from '@visx/scale';
import { useMemo, useState, type CSSProperties } from 'react';
import { formatCount } from './core/formatCount.js';
import { parseDate, validateModels, type ModelRecord } from './core/models.js';
import { BRAIN_NEURONS, NOTABLE_MODELS } from './data/notableModels.js';
import { messages } from './messages.js';

export interface ParameterChartProps {
  /** Models to plot. Default: the built-in, sourced {@link NOTABLE_MODELS}. */
  models?: readonly ModelRecord[];
  /** Draw the human-brain neuron count as a reference line. Default `true`. */
  showBrainReference?: boolean;
  /** Language of labels and numbers. Default from `TensorscopeProvider`, else `'en'`. */
  locale?: Locale;
  /** Colour theme. Default from `TensorscopeProvider`, else `'light'`. */
  theme?: ThemeSetting;
  /** Fixed width in pixels. Default: the parent's width. */
  width?: number;
  /** Height in pixels. Default 360. */
  height?: number;
  className?: string;
  style?: CSSProperties;
}

const MARGIN = { top: 16, right: 24, bottom: 36, left: 64 };

/**
 * Parameter counts of notable models over time on a log axis. Official figures are filled,
 * estimates hollow, rumours dashed; mixture-of-experts models also show active parameters.
 */
export function ParameterChart(props: ParameterChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width: parentWidth } = useParentSize<HTMLElement>({ initialSize: { width: 640, height: 0 } });
  const width = Math.max(280, (props.width ?? parentWidth) - 16);
  const height = props.height ?? 360;
  const showBrain = props.showBrainReference ?? true;

  const { models, skipped } = useMemo(() => validateModels(props.models ?? NOTABLE_MODELS), [props.models]);
  const [focused, setFocused] = useState<number | null>(null);

  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const scales = useMemo(() => {
    if (models.length === 0) return null;
    const times = models.map((m) => parseDate(m.date));
    const values = models.flatMap((m) => [m.parameters, m.activeParameters ?? m.parameters]);
    if (showBrain) values.push(BRAIN_NEURONS.value);
    const minExp = Math.floor(Math.log10(Math.min(...values)));
    const maxExp = Math.ceil(Math.log10(Math.max(...values)));
    const year = (time: number) => new Date(time).getUTCFullYear();
    const x = scaleUtc({
      domain: [Date.UTC(year(Math.min(...times)), 0, 1), Date.UTC(year(Math.max(...times)) + 1, 0, 1)],
      range: [0, innerWidth],
    });
    const y = scaleLog({ domain: [10 ** minExp, 10 ** Math.max(maxExp, minExp + 1)], range: [innerHeight, 0] });
    const decades = Array.from({ length: Math.max(maxExp, minExp + 1) - minExp + 1 }, (_, i) => 10 ** (minExp + i));
    return { x, y, decades };
  }, [models, showBrain, innerWidth, innerHeight]);

  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const label = (m: ModelRecord) =>
    interpolate(t.pointLabel, {
      name: m.name,
      organisation: m.organisation,
      date: dateFormat.format(parseDate(m.date)),
      parameters: formatCount(m.parameters, locale),
      status: t[m.status],
    }) +
    (m.activeParameters ? `; ${interpolate(t.activeLabel, { active: formatCount(m.activeParameters, locale) })}` : '');

  const focusedModel = focused === null ? null : (models[focused] ?? null);

  return (
    <figure
      ref={parentRef}
      className={['ts-parameter-chart', props.className].filter(Boolean).join(' ')}
      style={{
        ...themedRootStyle(theme),
        margin: 0,
        width: props.width ?? '100%',
        maxWidth: '100%',
        ...props.style,
      }}
    >
      <figcaption style={{ fontWeight: 600, fontSize: 15, marginBottom: 4 }}>{t.parameterTitle}</figcaption>
      {skipped.length > 0 ? (
        <ErrorMessage
          locale={locale}
          title={interpolate(t.skipped, { count: skipped.length })}
          error={new Error(skipped.map((s) => `${s.name}: ${s.reason}`).join('; '))}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      {scales ? (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={t.parameterTitle}
          style={{ display: 'block', maxWidth: '100%' }}
        >
          <Group top={MARGIN.top} left={MARGIN.left}>
            {scales.decades.map((d) => (
              <line key={d} x1={0} x2={innerWidth} y1={scales.y(d)} y2={scales.y(d)} stroke="var(--ts-grid)" />
            ))}
            <AxisLeft
              scale={scales.y}
              tickValues={scales.decades}
              tickFormat={(v) => formatCount(Number(v), locale)}
              stroke="var(--ts-border)"
              tickStroke="var(--ts-border)"
              tickLabelProps={() => ({
                fill: 'var(--ts-fg)',
                fontSize: 11,
                textAnchor: 'end',
                dx: '-0.25em',
                dy: '0.33em',
              })}
            />
            <AxisBottom
              top={innerHeight}
              scale={scales.x}
              numTicks={Math.max(2, Math.floor(innerWidth / 70))}
              tickFormat={(v) => String((v as Date).getUTCFullYear())}
              stroke="var(--ts-border)"
              tickStroke="var(--ts-border)"
              tickLabelProps={() => ({ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'middle' })}
            />
            {showBrain ? (
              <g className="ts-parameter-chart__reference">
                <line
                  x1={0}
                  x2={innerWidth}
                  y1={scales.y(BRAIN_NEURONS.value)}
                  y2={scales.y(BRAIN_NEURONS.value)}
                  stroke="var(--ts-muted)"
                  strokeDasharray="6 4"
                />
                <text x={4} y={scales.y(BRAIN_NEURONS.value) - 4} fontSize={11} fill="var(--ts-muted)">
                  {t.brainNeurons}
                </text>
              </g>
            ) : null}
            {models.map((m, i) => {
              const cx = scales.x(parseDate(m.date));
              const cy = scales.y(m.parameters);
              const isFocused = i === focused;
              return (
                <g
                  key={`${m.name}-${m.date}`}
                  role="button"
                  tabIndex={0}
                  aria-label={label(m)}
                  aria-pressed={isFocused}
                  className="ts-parameter-chart__point"
                  data-status={m.status}
                  onFocus={() => setFocused(i)}
                  onMouseEnter={() => setFocused(i)}
                  onClick={() => setFocused(i)}
                  style={{ cursor: 'pointer', outline: 'none' }}
                >
                  {m.activeParameters ? (
                    <>
                      <line
                        x1={cx}
                        x2={cx}
                        y1={cy}
                        y2={scales.y(m.activeParameters)}
                        stroke="var(--ts-accent)"
                        strokeOpacity={0.6}
                      />
                      <rect
                        x={cx - 3.5}
                        y={scales.y(m.activeParameters) - 3.5}
                        width={7}
                        height={7}
                        fill="var(--ts-bg)"
                        stroke="var(--ts-accent)"
                        transform={`rotate(45 ${cx} ${scales.y(m.activeParameters)})`}
                      />
                    </>
                  ) : null}
                  <circle
                    cx={cx}
                    cy={cy}
                    r={isFocused ? 8 : 5.5}
                    fill={m.status === 'official' ? 'var(--ts-accent)' : 'var(--ts-bg)'}
                    stroke={isFocused ? 'var(--ts-focus)' : 'var(--ts-accent)'}
                    strokeWidth={isFocused ? 3 : 2}
                    strokeDasharray={m.status === 'rumour' ? '2 2' : undefined}
                  />
                  <circle cx={cx} cy={cy} r={12} fill="transparent" />
                  {isFocused ? (
                    <text
                      x={cx + (cx > innerWidth * 0.7 ? -12 : 12)}
                      y={cy - 10}
                      textAnchor={cx > innerWidth * 0.7 ? 'end' : 'start'}
                      fontSize={12}
                      fontWeight={600}
                      fill="var(--ts-fg)"
                    >
                      {m.name}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </Group>
        </svg>
      ) : null}
      <p className="ts-parameter-chart__readout" aria-live="polite" style={{ margin: '4px 0', minHeight: '1.4em' }}>
        {focusedModel ? (
          <>
            {label(focusedModel)}.{' '}
            <a href={focusedModel.source} target="_blank" rel="noreferrer" style={{ color: 'var(--ts-accent)' }}>
              {t.source}
            </a>
            {focusedModel.note ? ` — ${focusedModel.note}` : null}
          </>
        ) : (
          <span style={{ color: 'var(--ts-muted)' }}>{t.hint}</span>
        )}
      </p>
      <ul
        aria-label="Legend"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '4px 16px',
          listStyle: 'none',
          padding: 0,
          margin: 0,
          fontSize: 12,
          color: 'var(--ts-muted)',
        }}
      >
        <li>
          <LegendMarker kind="official" /> {t.official}
        </li>
        <li>
          <LegendMarker kind="estimate" /> {t.estimate}
        </li>
        <li>
          <LegendMarker kind="rumour" /> {t.rumour}
        </li>
        <li>
          <LegendMarker kind="active" /> {t.active}
        </li>
        <li>{t.gridNote}</li>
      </ul>
    </figure>
  );
}

function LegendMarker({ kind }: { kind: 'official' | 'estimate' | 'rumour' | 'active' }) {
  return (
    <svg width={14} height={14} aria-hidden="true" style={{ verticalAlign: 'middle' }}>
      {kind === 'active' ? (
        <rect
          x={3.5}
          y={3.5}
          width={7}
          height={7}
          fill="var(--ts-bg)"
          stroke="var(--ts-accent)"
          transform="rotate(45 7 7)"
        />
      ) : (
        <circle
          cx={7}
          cy={7}
          r={5}
          fill={kind === 'official' ? 'var(--ts-accent)' : 'var(--ts-bg)'}
          stroke="var(--ts-accent)"
          strokeWidth={2}
          strokeDasharray={kind === 'rumour' ? '2 2' : undefined}
        />
      )}
    </svg>
  );
}
