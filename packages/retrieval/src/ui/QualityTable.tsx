import { interpolate, type Locale } from '@tensorscope/common';
import { DataTable } from '@tensorscope/common/react';
import type { Evaluation, RetrieverQuality } from '../core/metrics.js';
import { messages } from '../messages.js';

export interface QualityTableProps {
  evaluation: Evaluation | null;
  running: { done: number; total: number } | null;
  locale: Locale;
}

/** Recall@k and MRR of every retriever per language, measured on the labelled questions. */
export function QualityTable({ evaluation, running, locale }: QualityTableProps) {
  const t = messages[locale];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const k = evaluation?.k ?? 5;
  return (
    <div className="ts-rx-stack">
      {running ? (
        <p className="ts-rx-note" role="status">
          {interpolate(t.qualityRunning, running)}
        </p>
      ) : null}
      {evaluation ? (
        <>
          <DataTable<RetrieverQuality>
            caption={interpolate(t.qualityCaption, { k })}
            locale={locale}
            rows={evaluation.rows}
            rowKey={(row) => `${row.retriever}-${row.language}`}
            columns={[
              { key: 'language', header: t.language, format: (value) => t.languages[value as 'ko' | 'en'] },
              {
                key: 'retriever',
                header: t.retriever,
                format: (value) => t.retrievers[value as RetrieverQuality['retriever']],
              },
              {
                key: 'recall',
                header: interpolate(t.recall, { k }),
                align: 'end',
                format: (value) => percent.format(value as number),
              },
              { key: 'mrr', header: t.mrr, align: 'end', format: (value) => decimal.format(value as number) },
              { key: 'queries', header: t.queries, align: 'end' },
            ]}
          />
          <p className="ts-rx-note">{interpolate(t.qualityNote, { k })}</p>
        </>
      ) : null}
    </div>
  );
}
