import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { ClusterLabel } from '../core/density/clusterLabels.js';
import type { EmbeddingData } from '../core/embeddingData.js';
import type { ExplorerAnnouncement } from '../core/explorerController.js';
import type { explorerMessages } from '../explorerMessages.js';

/** The explorer's words in one language. */
export type ExplorerMessages = (typeof explorerMessages)['en'];

/** A point as a sentence: its label, then each metadata value. */
export function describePoint(data: EmbeddingData, index: number, locale: Locale): string {
  const parts = [data.labels[index] ?? String(index)];
  for (const column of data.columns) {
    parts.push(
      column.kind === 'category'
        ? `${column.name}: ${column.categories[column.codes[index]!]}`
        : `${column.name}: ${formatNumber(column.values[index]!, locale)}`,
    );
  }
  return parts.join(', ');
}

/** How a cluster's label was chosen, in words. */
export function clusterMethodText(label: ClusterLabel, t: ExplorerMessages, locale: Locale): string {
  const term = label.terms[0];
  switch (label.method) {
    case 'mean-vector':
      return interpolate(t.clusterMethodMeanVector, { candidates: formatNumber(label.candidates ?? 0, locale) });
    case 'frequency':
      return interpolate(t.clusterMethodFrequency, { column: label.column ?? '' });
    case 'category':
      return interpolate(t.clusterMethodCategory, {
        column: label.column ?? '',
        share: formatNumber(term?.share ?? 0, locale, { style: 'percent', maximumFractionDigits: 0 }),
        lift: formatNumber(term?.lift ?? 0, locale, { maximumFractionDigits: 1 }),
      });
  }
}

/** The live region's sentence for a focused cluster: label, size and method. */
export function clusterAnnouncement(label: ClusterLabel, t: ExplorerMessages, locale: Locale): string {
  return interpolate(t.clusterAnnounce, {
    label: label.text,
    count: formatNumber(label.count, locale),
    method: clusterMethodText(label, t, locale),
  });
}

/** The live region's text for an announcement of the controller. */
export function announcementText(
  announcement: ExplorerAnnouncement,
  data: EmbeddingData,
  t: ExplorerMessages,
  locale: Locale,
): string {
  const score = (value: number, digits: number) => formatNumber(value, locale, { maximumFractionDigits: digits });
  switch (announcement.kind) {
    case 'none':
      return t.none;
    case 'point':
      return describePoint(data, announcement.index, locale);
    case 'neighbors':
      if (announcement.top.length === 0 && announcement.filtered) {
        return `${t.selected}: ${data.labels[announcement.of]}. ${interpolate(t.filterAllNeighbors, { count: announcement.filtered })}`;
      }
      return `${t.selected}: ${data.labels[announcement.of]}. ${t.neighbors}: ${announcement.top
        .map((n) => `${data.labels[n.index]} ${score(n.score, 2)}`)
        .join(', ')}`;
    case 'neighborStep': {
      const { neighbor } = announcement;
      return `${neighbor.rank}. ${describePoint(data, neighbor.index, locale)} — ${t.score} ${score(neighbor.score, 3)}`;
    }
    case 'selectedCount':
      return interpolate(t.selectedCount, { count: announcement.count });
    case 'analogy':
      return `${announcement.text} ≈ ${announcement.top.map((n) => data.labels[n.index]).join(', ')}`;
    case 'meaning': {
      const found = `${announcement.text} ≈ ${announcement.top.map((n) => data.labels[n.index]).join(', ')}`;
      const unknown = announcement.unknown.length
        ? ` ${interpolate(t.meaningUnknown, { words: announcement.unknown.join(', ') })}.`
        : '';
      return `${found}.${unknown}${announcement.placed ? '' : ` ${t.meaningNotPlaced}`}`;
    }
    case 'filter':
      return announcement.matched === 0
        ? t.filterNone
        : interpolate(t.filterMatch, {
            matched: formatNumber(announcement.matched, locale),
            total: formatNumber(announcement.total, locale),
          });
    case 'cluster':
      return clusterAnnouncement(announcement.label, t, locale);
    case 'density': {
      const [coarse = 0, medium = 0, fine = 0] = announcement.clusters;
      return interpolate(t.densityReady, { coarse, medium, fine });
    }
    case 'text':
      return announcement.text;
  }
}
