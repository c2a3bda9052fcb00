'use client';
import { downloadBlob, downloadText, type Locale } from '@tensorscope/common';
import { useState, type RefObject } from 'react';
import { svgToPng } from '../export/rasterize.js';
import { serializeSvg } from '../export/serializeSvg.js';
import { messages } from '../messages.js';
import { buttonStyle } from './controls.js';

export interface ExportButtonsProps {
  svgRef: RefObject<SVGSVGElement | null>;
  /** File name without extension. */
  filename: string;
  /** Title drawn above the chart in the PNG and SVG files. */
  title: string;
  /** Builds the CSV text of the chart's data. */
  csv: () => string;
  locale: Locale;
  /** Offer PNG and SVG (false while the table is shown). */
  image: boolean;
}

/** "Download: PNG · SVG · CSV" buttons. A failed export shows an inline message instead of throwing. */
export function ExportButtons({ svgRef, filename, title, csv, locale, image }: ExportButtonsProps) {
  const t = messages[locale];
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const svg = () => {
    if (!svgRef.current) throw new Error(t.exportNoChart);
    return svgRef.current;
  };
  const buttons = [
    ...(image
      ? [
          {
            label: 'PNG',
            name: t.exportPng,
            action: async () => downloadBlob(await svgToPng(svg(), title), `${filename}.png`),
          },
          {
            label: 'SVG',
            name: t.exportSvg,
            action: () => downloadText(serializeSvg(svg(), title), `${filename}.svg`, 'image/svg+xml'),
          },
        ]
      : []),
    // A byte-order mark lets spreadsheet programs read Korean text as UTF-8.
    { label: 'CSV', name: t.exportCsv, action: () => downloadText(`\ufeff${csv()}`, `${filename}.csv`, 'text/csv') },
  ];
  return (
    <span role="group" aria-label={t.download} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden="true" style={{ fontSize: 12, color: 'var(--ts-muted)' }}>
        {t.download}
      </span>
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={b.name}
          onClick={run(b.action)}
          style={{ ...buttonStyle, borderRadius: 6 }}
        >
          {b.label}
        </button>
      ))}
      {error ? (
        <span role="alert" style={{ fontSize: 12, color: 'var(--ts-error-fg)' }}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
