import { describeValue, checkArray } from '@tensorscope/common';
import { sourcedValueProblem } from './sourced.js';
import type { SourcedValue } from './sourced.js';
import { isIsoDate, type SkippedRow } from './models.js';

/** Which figure of an accelerator to compare. */
export type AcceleratorMetric = 'fp16' | 'fp16Sparse' | 'fp32' | 'memory' | 'bandwidth';

/** An AI accelerator (GPU or TPU) with its datasheet figures, each sourced. */
export interface AcceleratorRecord {
  name: string;
  vendor: string;
  /** Release (or announcement) date, ISO `YYYY-MM-DD`. */
  date: string;
  /** Data-centre accelerator or consumer graphics card. */
  kind: 'datacenter' | 'consumer';
  /** Dense FP16/BF16 tensor throughput in TFLOP/s (no 2:4 sparsity): the figure for training. */
  fp16: SourcedValue | null;
  /** FP16/BF16 tensor TFLOP/s *with* 2:4 structured sparsity, as datasheets headline it. */
  fp16Sparse: SourcedValue | null;
  /** Plain FP32 (non-tensor) TFLOP/s. */
  fp32: SourcedValue | null;
  /** Memory in GB. */
  memory: SourcedValue | null;
  /** Memory bandwidth in GB/s. */
  bandwidth: SourcedValue | null;
  note?: string;
}

export const ACCELERATOR_METRICS: readonly AcceleratorMetric[] = ['fp16', 'fp16Sparse', 'fp32', 'memory', 'bandwidth'];

/**
 * Checks accelerator rows: keeps the good ones and lists the skipped ones with a reason. A bad row
 * never throws; `rows` that is not an array is an `INVALID_ARGUMENT` error.
 */
export function validateAccelerators(rows: readonly AcceleratorRecord[]): {
  accelerators: AcceleratorRecord[];
  skipped: SkippedRow[];
} {
  const accelerators: AcceleratorRecord[] = [];
  const skipped: SkippedRow[] = [];
  (checkArray(rows, 'rows') as (AcceleratorRecord | null | undefined)[]).forEach((row, index) => {
    const reason = problemWith(row);
    if (reason) {
      skipped.push({ index, name: typeof row?.name === 'string' && row.name ? row.name : `#${index + 1}`, reason });
    } else accelerators.push(row as AcceleratorRecord);
  });
  return { accelerators, skipped };
}

function problemWith(row: AcceleratorRecord | null | undefined): string | null {
  if (!row || typeof row !== 'object') return 'not an object';
  if (typeof row.name !== 'string' || row.name.trim() === '') return 'missing name';
  if (!isIsoDate(row.date)) return `invalid date ${describeValue(row.date)} (expected YYYY-MM-DD)`;
  if (typeof row.vendor !== 'string') return 'vendor must be a string';
  if (row.kind !== 'datacenter' && row.kind !== 'consumer') return 'kind must be "datacenter" or "consumer"';
  if (row.note !== undefined && typeof row.note !== 'string') return 'note must be a string';
  for (const metric of ACCELERATOR_METRICS) {
    const value = row[metric];
    if (value === undefined) return `missing ${metric} (use null when not published)`;
    if (value !== null) {
      const problem = sourcedValueProblem(metric, value);
      if (problem) return problem;
    }
  }
  return null;
}
