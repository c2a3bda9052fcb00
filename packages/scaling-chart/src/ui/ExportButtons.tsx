'use client';
import { downloadBlob, downloadText, serializeSvg, svgToPngBlob, type Locale } from '@tensorscope/common';
import { ExportMenu } from '@tensorscope/common/react';
import type { RefObject } from 'react';
import { fail } from '../core/errors.js';
import { messages } from '../messages.js';

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

/**
 * "Download ▾": the kit's export menu with PNG and SVG of the chart (only while it is shown) and the
 * data as CSV. A failed export shows an inline message next to the button instead of throwing.
 */
export function ExportButtons({ svgRef, filename, title, csv, locale, image }: ExportButtonsProps) {
  const t = messages[locale];
  const svg = () => {
    if (!svgRef.current) throw fail('RENDER_FAILED', t.exportNoChart);
    return svgRef.current;
  };
  const items = [
    ...(image
      ? [
          {
            id: 'png',
            label: t.exportPng,
            onSelect: async () => downloadBlob(await svgToPngBlob(svg(), { title }), `${filename}.png`),
          },
          {
            id: 'svg',
            label: t.exportSvg,
            onSelect: () => downloadText(serializeSvg(svg(), { title }), `${filename}.svg`, 'image/svg+xml'),
          },
        ]
      : []),
    // A byte-order mark lets spreadsheet programs read Korean text as UTF-8.
    { id: 'csv', label: t.exportCsv, onSelect: () => downloadText(`\ufeff${csv()}`, `${filename}.csv`, 'text/csv') },
  ];
  return <ExportMenu items={items} label={t.download} locale={locale} />;
}
