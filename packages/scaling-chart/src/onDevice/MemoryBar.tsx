import { interpolate, type Locale } from '@tensorscope/common';
import type { Ref } from 'react';
import type { MemoryEstimate } from '../core/onDevice/costModel.js';
import { formatBytes } from './format.js';
import { onDeviceMessages } from './messages.js';

const COLORS = { weights: '#2563eb', kv: '#d97706', overhead: '#6b7280' } as const;
const WIDTH = 640;
const HEIGHT = 74;
const BAR_Y = 22;
const BAR_H = 26;

/**
 * The memory meter: weights + KV cache + overhead as one stacked bar, with the device's usable
 * memory as a line (and the bar red-outlined past it). An SVG so it exports as PNG/SVG.
 */
export function MemoryBar({
  memory,
  usableBytes,
  totalMemoryBytes,
  locale,
  svgRef,
}: {
  memory: MemoryEstimate;
  /** Null when the device's memory is not known. */
  usableBytes: number | null;
  totalMemoryBytes: number | null;
  locale: Locale;
  svgRef?: Ref<SVGSVGElement>;
}) {
  const t = onDeviceMessages[locale];
  const scaleMax = Math.max(memory.totalBytes, totalMemoryBytes ?? 0) * 1.05;
  const x = (bytes: number) => (bytes / scaleMax) * WIDTH;
  const parts = [
    { key: 'weights', bytes: memory.weightsBytes, color: COLORS.weights, label: t.weights },
    { key: 'kv', bytes: memory.kvCacheBytes, color: COLORS.kv, label: t.kvCache },
    { key: 'overhead', bytes: memory.overheadBytes, color: COLORS.overhead, label: t.overhead },
  ];
  let at = 0;
  const fits = usableBytes !== null && memory.totalBytes <= usableBytes;
  const summary =
    usableBytes === null
      ? t.noMemory
      : interpolate(fits ? t.fits : t.noFit, {
          total: formatBytes(memory.totalBytes, locale),
          usable: formatBytes(usableBytes, locale),
        });
  return (
    <figure style={{ margin: 0 }}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={`${t.memory}: ${parts.map((p) => `${p.label} ${formatBytes(p.bytes, locale)}`).join(', ')}. ${summary}`}
        style={{ maxWidth: WIDTH, display: 'block', fontFamily: 'var(--ts-font)' }}
      >
        {parts.map((part) => {
          const start = at;
          at += part.bytes;
          return (
            <rect
              key={part.key}
              x={x(start)}
              y={BAR_Y}
              width={Math.max(0, x(part.bytes))}
              height={BAR_H}
              fill={part.color}
            />
          );
        })}
        {usableBytes !== null ? (
          <g>
            <line
              x1={x(usableBytes)}
              x2={x(usableBytes)}
              y1={10}
              y2={BAR_Y + BAR_H + 8}
              stroke="var(--ts-fg)"
              strokeWidth={2}
              strokeDasharray="4 3"
            />
            <text x={Math.min(x(usableBytes), WIDTH - 4)} y={8} fontSize={11} textAnchor="end" fill="var(--ts-fg)">
              {interpolate(t.usable, {
                usable: formatBytes(usableBytes, locale),
                memory: totalMemoryBytes === null ? '—' : formatBytes(totalMemoryBytes, locale),
              })}
            </text>
          </g>
        ) : null}
        {!fits && usableBytes !== null ? (
          <rect
            x={0}
            y={BAR_Y}
            width={x(memory.totalBytes)}
            height={BAR_H}
            fill="none"
            stroke="#dc2626"
            strokeWidth={2}
          />
        ) : null}
        <text x={0} y={HEIGHT - 6} fontSize={11} fill="var(--ts-fg)">
          {parts.map((p) => (
            <tspan key={p.key}>
              <tspan fill={p.color}>■ </tspan>
              {`${p.label} ${formatBytes(p.bytes, locale)}    `}
            </tspan>
          ))}
        </text>
      </svg>
      <figcaption style={{ fontWeight: 600, color: fits || usableBytes === null ? 'var(--ts-fg)' : '#dc2626' }}>
        {summary}
      </figcaption>
    </figure>
  );
}
