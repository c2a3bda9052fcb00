import {
  checkInteger,
  checkNumber,
  checkObject,
  checkOptions,
  checkString,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import type { EmbeddingData } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import type { DensityClusters } from './clusters.js';

/**
 * How a cluster's label was chosen:
 * - `'mean-vector'`: the rows nearest (cosine) to the cluster's mean vector in the original space
 *   (estimated from a strided sample of at most 50,000 rows), among its `candidates` most frequent
 *   rows (by the frequency-rank column, else row order);
 * - `'frequency'`: its most frequent rows by the frequency-rank column;
 * - `'category'`: the value of a category column most over-represented in it (share × log lift),
 *   or its most common value when none scores 0.01 or more.
 */
export type ClusterLabelMethod = 'mean-vector' | 'frequency' | 'category';

/** One term of a label: a row's label, or a category value. */
export interface ClusterLabelTerm {
  text: string;
  /** The row it is (mean-vector, frequency). */
  row?: number;
  /** Category: the value's share of the cluster's points. */
  share?: number;
  /** Category: that share divided by the value's share of all points. */
  lift?: number;
}

/** The label of one cluster, with how it was chosen. */
export interface ClusterLabel {
  level: number;
  cluster: number;
  /** The terms joined with ", ". */
  text: string;
  method: ClusterLabelMethod;
  terms: ClusterLabelTerm[];
  /** The column the method read (category, frequency rank). */
  column?: string;
  /** Mean-vector: how many of the cluster's rows were compared with its mean. */
  candidates?: number;
  /** A row to focus or fly to: the first term's row, else the cluster's first row. */
  representative: number;
  /** The cluster's size. */
  count: number;
}

/** Options of {@link labelClusters}. */
export interface ClusterLabelOptions {
  /** `'vectors'` (default), `'frequency'` or the name of a category column. */
  by?: string;
  /** Terms per label, 1–10. Default 3. */
  terms?: number;
  /** Mean-vector: rows per cluster compared with the mean, 1–100,000. Default 200. */
  candidates?: number;
  /** The numeric column with frequency ranks (1 = most frequent). Default "frequency rank" when there is one. */
  rankColumn?: string;
}

/** Row order for candidates: ascending rank (missing ranks last), else row order. */
function rowOrder(data: EmbeddingData, rankColumn: string | undefined): { order: Uint32Array; column?: string } {
  const column = data.columns.find(
    (c) => c.kind === 'number' && (rankColumn ? c.name === rankColumn : /rank/i.test(c.name)),
  );
  const order = new Uint32Array(data.count);
  for (let i = 0; i < data.count; i++) order[i] = i;
  if (!column || column.kind !== 'number') return { order };
  const ranks = column.values;
  let sorted = true;
  for (let i = 1; i < data.count && sorted; i++) if (!(ranks[i - 1]! <= ranks[i]!)) sorted = false;
  if (sorted) return { order, column: column.name };
  const key = (i: number) => (Number.isNaN(ranks[i]!) ? Infinity : ranks[i]!);
  order.sort((a, b) => key(a) - key(b) || a - b);
  return { order, column: column.name };
}

/**
 * Labels every cluster of every level from the data (see {@link ClusterLabelMethod}): by default
 * the `terms` rows nearest to the cluster's mean vector; with `by: 'frequency'` its most frequent
 * rows; with `by` a category column the values most over-represented in it, with their share and
 * lift. Returns one list per level, in cluster id order. Mean vectors are summed once over the
 * finest level and added up the hierarchy, so the cost is one pass over the vectors plus
 * `candidates × dimensions` per cluster.
 *
 * Throws `LENGTH_MISMATCH` when the clusters were made for another number of points,
 * `INVALID_VALUE` for a `by` column that does not exist or is not a category column (or no
 * frequency-rank column for `'frequency'`), `INVALID_ARGUMENT` for options of the wrong type.
 */
export function labelClusters(
  data: EmbeddingData,
  clusters: DensityClusters,
  options: ClusterLabelOptions = {},
): ClusterLabel[][] {
  checkEmbeddingData(data);
  const levels = checkClusters(clusters, data.count);
  const given = checkOptions(options);
  const by = given.by === undefined ? 'vectors' : checkString(given.by, 'options.by');
  const termCount = given.terms === undefined ? 3 : checkInteger(given.terms, 'options.terms', { min: 1, max: 10 });
  const candidates =
    given.candidates === undefined
      ? 200
      : checkInteger(given.candidates, 'options.candidates', { min: 1, max: 100_000 });
  const rankColumn = given.rankColumn === undefined ? undefined : checkString(given.rankColumn, 'options.rankColumn');
  if (levels.length === 0) return [];
  if (by === 'vectors') return byMeanVector(data, clusters, termCount, candidates, rankColumn);
  if (by === 'frequency') {
    const { order, column } = rowOrder(data, rankColumn);
    if (!column) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Labels by frequency need a numeric frequency-rank column${rankColumn ? ` named "${rankColumn}"` : ' (a name with "rank")'}; the data has none.`,
        { details: { field: 'rankColumn' } },
      );
    }
    return clusters.levels.map((level, l) => {
      const picked = firstRows(level.assignment, level.clusters.length, order, termCount);
      return level.clusters.map((cluster, id) => {
        const rows = picked[id]!;
        return {
          level: l,
          cluster: id,
          text: rows.map((row) => data.labels[row]!).join(', '),
          method: 'frequency' as const,
          terms: rows.map((row) => ({ text: data.labels[row]!, row })),
          column,
          representative: rows[0] ?? 0,
          count: cluster.count,
        };
      });
    });
  }
  return byCategory(data, clusters, by, termCount);
}

/** The assignment lists, checked against the point count. */
function checkClusters(clusters: DensityClusters, count: number) {
  const levels = checkObject(clusters, 'clusters').levels;
  if (!Array.isArray(levels)) throw new TensorscopeArgumentError('clusters.levels', 'an array of levels', levels);
  levels.forEach((level: unknown, l) => {
    const { assignment, clusters: list } = checkObject(level, `clusters.levels[${l}]`);
    if (!(assignment instanceof Int32Array)) {
      throw new TensorscopeArgumentError(`clusters.levels[${l}].assignment`, 'an Int32Array', assignment);
    }
    if (!Array.isArray(list)) throw new TensorscopeArgumentError(`clusters.levels[${l}].clusters`, 'an array', list);
    if (assignment.length !== count) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `Level ${l} assigns ${assignment.length} points; the data has ${count}.`,
        { details: { level: l, assignment: assignment.length, count } },
      );
    }
    for (let i = 0; i < count; i++) {
      const id = assignment[i]!;
      if (id < -1 || id >= list.length) {
        throw new EmbeddingError(
          'INVALID_VALUE',
          `Point ${i} is in cluster ${id} of level ${l}, which has ${list.length}.`,
        );
      }
    }
    (list as unknown[]).forEach((cluster, id) => {
      checkNumber(
        checkObject(cluster, `clusters.levels[${l}].clusters[${id}]`).count,
        `clusters.levels[${l}].clusters[${id}].count`,
        {
          min: 0,
        },
      );
    });
    if (l > 0) {
      const coarser = (levels[l - 1] as { clusters: unknown[] }).clusters.length;
      (list as unknown[]).forEach((cluster, id) => {
        const p = checkObject(cluster, `clusters.levels[${l}].clusters[${id}]`).parent;
        checkInteger(p, `clusters.levels[${l}].clusters[${id}].parent`, { min: -1, max: coarser - 1 });
      });
    }
  });
  return levels as unknown[];
}

/** For each cluster, its first `limit` rows in `order`. */
function firstRows(assignment: Int32Array, clusters: number, order: Uint32Array, limit: number): number[][] {
  const lists = Array.from({ length: clusters }, () => [] as number[]);
  let open = clusters;
  for (let k = 0; k < order.length && open > 0; k++) {
    const row = order[k]!;
    const id = assignment[row]!;
    if (id < 0) continue;
    const list = lists[id]!;
    if (list.length < limit) {
      list.push(row);
      if (list.length === limit) open--;
    }
  }
  return lists;
}

/** Rows read to estimate the cluster means (a strided sample above this). */
const MEAN_SAMPLE = 50_000;

function byMeanVector(
  data: EmbeddingData,
  clusters: DensityClusters,
  termCount: number,
  candidates: number,
  rankColumn: string | undefined,
): ClusterLabel[][] {
  const { vectors, dimensions: d, count } = data;
  const levels = clusters.levels;
  const finest = levels.length - 1;
  // Sums of the finest level in one pass; coarser levels add up their children.
  const sums: Float64Array[] = levels.map((level) => new Float64Array(level.clusters.length * d));
  const fine = levels[finest]!;
  const fineSums = sums[finest]!;
  // A strided sample of at most MEAN_SAMPLE rows estimates the means (a cluster of 0.1 % of the
  // points still gets dozens of rows); only the direction of the mean matters for the cosine.
  const step = Math.max(1, Math.ceil(count / MEAN_SAMPLE));
  for (let i = 0; i < count; i += step) {
    const id = fine.assignment[i]!;
    if (id < 0) continue;
    const at = id * d;
    const row = i * d;
    for (let k = 0; k < d; k++) fineSums[at + k]! += vectors[row + k]!;
  }
  for (let l = finest; l > 0; l--) {
    const coarse = sums[l - 1]!;
    levels[l]!.clusters.forEach((cluster, id) => {
      if (cluster.parent < 0) return;
      for (let k = 0; k < d; k++) coarse[cluster.parent * d + k]! += sums[l]![id * d + k]!;
    });
  }
  const { order } = rowOrder(data, rankColumn);
  return levels.map((level, l) => {
    const picked = firstRows(level.assignment, level.clusters.length, order, candidates);
    return level.clusters.map((cluster, id) => {
      const rows = picked[id]!;
      const mean = sums[l]!.subarray(id * d, id * d + d);
      let meanNorm = 0;
      for (let k = 0; k < d; k++) meanNorm += mean[k]! * mean[k]!;
      meanNorm = Math.sqrt(meanNorm) || 1;
      const scored = rows.map((row) => {
        let dot = 0;
        let norm = 0;
        for (let k = 0; k < d; k++) {
          const v = vectors[row * d + k]!;
          dot += v * mean[k]!;
          norm += v * v;
        }
        return { row, score: dot / ((Math.sqrt(norm) || 1) * meanNorm) };
      });
      scored.sort((a, b) => b.score - a.score || a.row - b.row);
      const top = scored.slice(0, termCount);
      return {
        level: l,
        cluster: id,
        text: top.map((t) => data.labels[t.row]!).join(', '),
        method: 'mean-vector' as const,
        terms: top.map((t) => ({ text: data.labels[t.row]!, row: t.row })),
        candidates: rows.length,
        representative: top[0]?.row ?? 0,
        count: cluster.count,
      };
    });
  });
}

function byCategory(data: EmbeddingData, clusters: DensityClusters, name: string, termCount: number): ClusterLabel[][] {
  const column = data.columns.find((c) => c.name === name);
  if (!column || column.kind !== 'category') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      column
        ? `Column "${name}" holds numbers; cluster labels need a category column (or "vectors").`
        : `There is no column "${name}" to label clusters by.`,
      { details: { field: 'by', column: name } },
    );
  }
  const k = column.categories.length;
  const totals = new Float64Array(k);
  let all = 0;
  for (let i = 0; i < data.count; i++) {
    totals[column.codes[i]!]! += 1;
    all++;
  }
  return clusters.levels.map((level, l) => {
    const n = level.clusters.length;
    const counts = new Float64Array(n * k);
    const first = new Int32Array(n).fill(-1);
    for (let i = 0; i < data.count; i++) {
      const id = level.assignment[i]!;
      if (id < 0) continue;
      counts[id * k + column.codes[i]!]! += 1;
      if (first[id] === -1) first[id] = i;
    }
    return level.clusters.map((cluster, id) => {
      let size = 0;
      for (let c = 0; c < k; c++) size += counts[id * k + c]!;
      const scored: { code: number; share: number; lift: number; score: number }[] = [];
      for (let c = 0; c < k; c++) {
        const inside = counts[id * k + c]!;
        if (inside === 0 || column.categories[c] === '') continue;
        const share = inside / size;
        const lift = share / (totals[c]! / all);
        scored.push({ code: c, share, lift, score: lift > 1 ? share * Math.log(lift) : 0 });
      }
      scored.sort((a, b) => b.score - a.score || b.share - a.share || a.code - b.code);
      // Nothing clearly over-represented (e.g. a cluster of most of the points): its most common values.
      if ((scored[0]?.score ?? 0) < 0.01) scored.sort((a, b) => b.share - a.share || a.code - b.code);
      const top = scored.slice(0, termCount);
      return {
        level: l,
        cluster: id,
        text: top.map((t) => column.categories[t.code]!).join(', '),
        method: 'category' as const,
        terms: top.map((t) => ({ text: column.categories[t.code]!, share: t.share, lift: t.lift })),
        column: column.name,
        representative: Math.max(0, first[id]!),
        count: cluster.count,
      };
    });
  });
}
