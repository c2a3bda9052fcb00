'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { isMasked, weightAt, type AttentionMatrix } from './core/attentionMatrix.js';
import { tokenLabel } from './core/tokenLabel.js';
import type { messages } from './messages.js';

/** The weights as a table with token headers, for small matrices (read by screen readers cell by cell). */
export function HeatmapTable({
  matrix,
  locale,
  t,
}: {
  matrix: AttentionMatrix;
  locale: Locale;
  t: (typeof messages)['en'];
}) {
  const rows = matrix.queryTokens.length;
  const columns = matrix.keyTokens.length;
  return (
    <table className="ts-attention-heatmap__table" style={{ borderCollapse: 'collapse', marginTop: 8, fontSize: 12 }}>
      <caption style={{ textAlign: 'start', color: 'var(--ts-muted)' }}>
        {interpolate(t.label, { rows, columns })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.queryAxis}</th>
          {matrix.keyTokens.map((token, c) => (
            <th scope="col" key={c} style={{ padding: '2px 4px' }}>
              {tokenLabel(token)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.queryTokens.map((token, r) => (
          <tr key={r}>
            <th scope="row" style={{ padding: '2px 4px', textAlign: 'end' }}>
              {tokenLabel(token)}
            </th>
            {matrix.keyTokens.map((_, c) => (
              <td key={c} style={{ padding: '2px 4px', textAlign: 'end' }}>
                {isMasked(matrix, r, c)
                  ? '—'
                  : formatNumber(weightAt(matrix, r, c), locale, { maximumFractionDigits: 3 })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
