'use client';
import { downloadBlob, interpolate, svgToPngBlob, type Locale, type ThemeName } from '@tensorscope/common';
import { Button, ExportMenu, Toolbar } from '@tensorscope/common/react';
import type { RefObject } from 'react';
import type { AttentionMatrix } from './core/attentionMatrix.js';
import { attentionToCsv } from './core/csv.js';
import type { HeatmapViewport } from './core/heatmapViewport.js';
import { matrixToSvg } from './export.js';
import type { messages } from './messages.js';

export const TABLE_LIMIT = 40;
const SVG_EXPORT_LIMIT = 64;

export interface HeatmapToolbarProps {
  matrix: AttentionMatrix;
  viewport: HeatmapViewport;
  zoom: number;
  showTable: boolean;
  onShowTable: (show: boolean) => void;
  /** Colour of a weight, for the SVG export. */
  color: (value: number) => string;
  svgRef: RefObject<SVGSVGElement | null>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  margin: { left: number; top: number };
  theme: ThemeName;
  locale: Locale;
  t: (typeof messages)['en'];
}

/** Zoom, fit, table and export (PNG of what is shown, SVG of a small matrix, CSV of the weights). */
export function HeatmapToolbar(props: HeatmapToolbarProps) {
  const { matrix, viewport, zoom, showTable, onShowTable, theme, locale, t } = props;
  const rows = matrix.queryTokens.length;
  const columns = matrix.keyTokens.length;
  const { fit, maxZoom } = viewport.geometry();
  const tooLargeForTable = rows > TABLE_LIMIT || columns > TABLE_LIMIT;
  const tooLargeForSvg = rows > SVG_EXPORT_LIMIT || columns > SVG_EXPORT_LIMIT;
  const title = interpolate(t.label, { rows, columns });

  const exportPng = async () => {
    const svg = props.svgRef.current;
    const cells = props.canvasRef.current;
    if (!svg || !cells) return;
    const overlay = { source: cells, x: props.margin.left, y: props.margin.top };
    const size = { width: cells.clientWidth, height: cells.clientHeight };
    const scale = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    downloadBlob(await svgToPngBlob(svg, { theme, scale, overlays: [{ ...overlay, ...size }] }), 'attention.png');
  };
  const exportSvg = () => {
    const svg = matrixToSvg(matrix, props.color, theme, title);
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), 'attention.svg');
  };
  const exportCsv = () => {
    const options = matrix.mask ? { mask: matrix.mask } : {};
    const csv = attentionToCsv(matrix.weights, matrix.queryTokens, matrix.keyTokens, options);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'attention.csv');
  };

  return (
    <Toolbar className="ts-attention-heatmap__toolbar" aria-label={t.roleDescription}>
      <Button size="sm" onClick={() => viewport.zoomBy(2)} disabled={zoom >= maxZoom} aria-label={t.zoomIn}>
        +
      </Button>
      <Button size="sm" onClick={() => viewport.zoomBy(0.5)} disabled={zoom <= fit} aria-label={t.zoomOut}>
        −
      </Button>
      <Button size="sm" onClick={() => viewport.zoomToFit()} disabled={zoom <= fit}>
        {t.fit}
      </Button>
      <Button
        size="sm"
        pressed={showTable}
        disabled={tooLargeForTable}
        title={tooLargeForTable ? interpolate(t.tableTooLarge, { limit: TABLE_LIMIT }) : undefined}
        onClick={() => onShowTable(!showTable)}
      >
        {t.table}
      </Button>
      <ExportMenu
        label={t.export}
        locale={locale}
        items={[
          { id: 'png', label: 'PNG', onSelect: exportPng },
          {
            id: 'svg',
            label: tooLargeForSvg ? `SVG (${interpolate(t.svgTooLarge, { limit: SVG_EXPORT_LIMIT })})` : 'SVG',
            onSelect: exportSvg,
            disabled: tooLargeForSvg,
          },
          { id: 'csv', label: 'CSV', onSelect: exportCsv },
        ]}
      />
    </Toolbar>
  );
}
