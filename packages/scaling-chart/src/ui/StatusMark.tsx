'use client';
import type { SourceStatus } from '../core/sourced.js';

/**
 * A data point whose look says how sure the value is: official = filled, estimate = hollow,
 * rumour = hollow with a dashed outline. Colour is never the only cue.
 */
export function StatusCircle({
  cx,
  cy,
  status,
  focused,
  colour = 'var(--ts-accent)',
}: {
  cx: number;
  cy: number;
  status: SourceStatus;
  focused: boolean;
  colour?: string;
}) {
  return (
    <>
      <circle
        cx={cx}
        cy={cy}
        r={focused ? 8 : 5.5}
        fill={status === 'official' ? colour : 'var(--ts-bg)'}
        stroke={focused ? 'var(--ts-focus)' : colour}
        strokeWidth={focused ? 3 : 2}
        strokeDasharray={status === 'rumour' ? '2 2' : undefined}
      />
      {/* A larger transparent target for the pointer. */}
      <circle cx={cx} cy={cy} r={12} fill="transparent" />
    </>
  );
}

export type LegendKind =
  | SourceStatus
  | 'active'
  | 'reference'
  | 'trend'
  | 'frontier'
  | 'heuristic'
  | 'family'
  | 'device'
  | 'bar'
  | 'barHollow';

/** A small legend swatch matching the marks in the charts. */
export function LegendMark({ kind }: { kind: LegendKind }) {
  let mark;
  switch (kind) {
    case 'active':
      mark = (
        <rect
          x={3.5}
          y={3.5}
          width={7}
          height={7}
          fill="var(--ts-bg)"
          stroke="var(--ts-accent)"
          transform="rotate(45 7 7)"
        />
      );
      break;
    case 'reference':
      mark = <line x1={0} x2={14} y1={7} y2={7} stroke="var(--ts-muted)" strokeWidth={1.5} strokeDasharray="4 3" />;
      break;
    case 'trend':
    case 'frontier':
      mark = <line x1={0} x2={14} y1={7} y2={7} stroke="var(--ts-focus)" strokeWidth={3} />;
      break;
    case 'heuristic':
      mark = <line x1={0} x2={14} y1={7} y2={7} stroke="var(--ts-fg)" strokeWidth={1.5} strokeDasharray="2 2" />;
      break;
    case 'family':
      mark = <line x1={0} x2={14} y1={7} y2={7} stroke="var(--ts-accent)" strokeWidth={1.5} strokeOpacity={0.7} />;
      break;
    case 'device':
      mark = <rect x={1} y={3} width={12} height={8} fill="var(--ts-focus)" />;
      break;
    case 'bar':
    case 'barHollow':
      mark = (
        <rect
          x={1}
          y={3}
          width={12}
          height={8}
          fill={kind === 'bar' ? 'var(--ts-accent)' : 'var(--ts-bg)'}
          stroke="var(--ts-accent)"
          strokeWidth={1.5}
        />
      );
      break;
    default:
      mark = (
        <circle
          cx={7}
          cy={7}
          r={5}
          fill={kind === 'official' ? 'var(--ts-accent)' : 'var(--ts-bg)'}
          stroke="var(--ts-accent)"
          strokeWidth={2}
          strokeDasharray={kind === 'rumour' ? '2 2' : undefined}
        />
      );
  }
  return (
    <svg width={14} height={14} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }}>
      {mark}
    </svg>
  );
}

/** A wrapping legend list. */
export function Legend({ label, items }: { label: string; items: readonly { kind: LegendKind; text: string }[] }) {
  return (
    <ul
      aria-label={label}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 16px',
        listStyle: 'none',
        padding: 0,
        margin: '4px 0 0',
        fontSize: 12,
        color: 'var(--ts-muted)',
      }}
    >
      {items.map((item) => (
        <li key={item.kind + item.text}>
          <LegendMark kind={item.kind} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
