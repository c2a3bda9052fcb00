'use client';
import { formatNumber, type Locale } from '@tensorscope/common';
import { DataTable } from '@tensorscope/common/react';
import { formatCount } from '../core/formatCount.js';
import { formatScientific } from '../core/formatScientific.js';
import type { ComputeOptimum } from '../core/scalingLaws.js';
import { messages } from '../messages.js';

/** The compute-optimal frontier as a table: for each budget, the best size, data and loss. */
export function FrontierTable({
  rows,
  caption,
  locale,
}: {
  rows: readonly ComputeOptimum[];
  caption: string;
  locale: Locale;
}) {
  const t = messages[locale];
  const size = (n: number) => formatCount(n, locale);
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(o) => String(o.compute)}
      locale={locale}
      columns={[
        { key: 'compute', header: t.colCompute, align: 'end', format: (_, o) => formatScientific(o.compute, locale) },
        { key: 'parameters', header: t.colOptimalParameters, align: 'end', format: (_, o) => size(o.parameters) },
        { key: 'tokens', header: t.colOptimalTokens, align: 'end', format: (_, o) => size(o.tokens) },
        {
          key: 'ratio',
          header: t.colRatio,
          align: 'end',
          format: (_, o) => formatNumber(o.tokens / o.parameters, locale, { maximumFractionDigits: 1 }),
        },
        {
          key: 'loss',
          header: t.colLoss,
          align: 'end',
          format: (_, o) => formatNumber(o.loss, locale, { maximumFractionDigits: 3 }),
        },
      ]}
    />
  );
}
