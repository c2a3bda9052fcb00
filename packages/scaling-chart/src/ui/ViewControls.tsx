'use client';
import type { Locale } from '@tensorscope/common';
import { messages } from '../messages.js';
import { ToggleGroup } from './controls.js';
import type { AxisScale } from './valueScale.js';
import { ExportButtons, type ExportButtonsProps } from './ExportButtons.js';

/** The value-axis toggle every time or bar chart offers: log (each gridline = ×10) or linear. */
export function ScaleToggle({
  value,
  onChange,
  locale,
}: {
  value: AxisScale;
  onChange: (value: AxisScale) => void;
  locale: Locale;
}) {
  const t = messages[locale];
  return (
    <ToggleGroup
      label={t.axis}
      value={value}
      onChange={onChange}
      options={[
        { value: 'log', label: t.log },
        { value: 'linear', label: t.linear },
      ]}
    />
  );
}

/**
 * The end of every chart's toolbar: the chart/table view toggle, then the export buttons (PNG and
 * SVG only while the chart is shown), unless `showExport` is false.
 */
export function ViewAndExport({
  view,
  onView,
  locale,
  showExport,
  ...exportProps
}: Omit<ExportButtonsProps, 'image'> & {
  view: 'chart' | 'table';
  onView: (view: 'chart' | 'table') => void;
  showExport: boolean | undefined;
}) {
  const t = messages[locale];
  return (
    <>
      <ToggleGroup
        label={t.view}
        value={view}
        onChange={onView}
        options={[
          { value: 'chart', label: t.chart },
          { value: 'table', label: t.table },
        ]}
      />
      {showExport === false ? null : <ExportButtons {...exportProps} locale={locale} image={view === 'chart'} />}
    </>
  );
}
