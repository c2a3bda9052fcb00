import type { Locale } from '@tensorscope/common';
import { DataTable } from '@tensorscope/common/react';
import { SourceLink } from '../ui/SourceLink.js';
import { formatBytes, formatTps } from './format.js';
import { onDeviceMessages } from './messages.js';

/** One device at the chosen model, format and context. */
export interface DeviceRow {
  id: string;
  name: string;
  memoryBytes: number | null;
  memorySource: string | null;
  bandwidthGBs: number;
  bandwidthSource: string | null;
  fits: boolean | null;
  tokensPerSecond: number;
}

/** Every device side by side: memory, bandwidth (each with its source), fits or not, predicted tokens/s. */
export function DeviceTable({ rows, locale }: { rows: readonly DeviceRow[]; locale: Locale }) {
  const t = onDeviceMessages[locale];
  return (
    <DataTable<DeviceRow>
      caption={t.devices}
      locale={locale}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { key: 'name', header: t.deviceCol },
        {
          key: 'memoryBytes',
          header: t.memoryCol,
          align: 'end',
          format: (value, row) =>
            value === null ? (
              '—'
            ) : row.memorySource ? (
              <SourceLink href={row.memorySource} text={formatBytes(value as number, locale)} />
            ) : (
              formatBytes(value as number, locale)
            ),
        },
        {
          key: 'bandwidthGBs',
          header: t.bandwidthCol,
          align: 'end',
          format: (value, row) => {
            const text = `${formatTps(value as number, locale)} GB/s`;
            return row.bandwidthSource ? <SourceLink href={row.bandwidthSource} text={text} /> : text;
          },
        },
        { key: 'fits', header: t.fitsCol, format: (value) => (value === null ? '—' : value ? t.yes : t.no) },
        {
          key: 'tokensPerSecond',
          header: t.tpsCol,
          align: 'end',
          format: (value, row) => (row.fits === false ? '—' : formatTps(value as number, locale)),
        },
      ]}
    />
  );
}
