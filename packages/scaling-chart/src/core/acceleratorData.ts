import { ACCELERATOR_METRICS, type AcceleratorMetric, type AcceleratorRecord } from './accelerators.js';
import { toCsv } from './csv.js';

/** The unit of a metric's figures. */
export function metricUnit(metric: AcceleratorMetric): string {
  return metric === 'memory' ? 'GB' : metric === 'bandwidth' ? 'GB/s' : 'TFLOPS';
}

/** Whether a metric is a FLOP/s figure (the reader's measured device can be compared on those). */
export const isFlopsMetric = (metric: AcceleratorMetric) =>
  metric === 'fp16' || metric === 'fp16Sparse' || metric === 'fp32';

/** Accelerators oldest first (stable for the same date). */
export function byDate(accelerators: readonly AcceleratorRecord[]): AcceleratorRecord[] {
  return [...accelerators].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The previous data-centre chip of the same vendor with a figure for `metric`, for a
 * "×3.2 vs A100" comparison; null when there is none.
 */
export function previousChip(
  accelerators: readonly AcceleratorRecord[],
  index: number,
  metric: AcceleratorMetric,
): AcceleratorRecord | null {
  const current = accelerators[index];
  if (!current) return null;
  for (let i = index - 1; i >= 0; i--) {
    const p = accelerators[i]!;
    if (p.kind === 'datacenter' && p[metric] && p.vendor === current.vendor) return p;
  }
  return null;
}

/** How many times faster (or bigger) a chip is than {@link previousChip}; null without both figures. */
export function generationRatio(
  accelerators: readonly AcceleratorRecord[],
  index: number,
  metric: AcceleratorMetric,
): { ratio: number; previous: AcceleratorRecord } | null {
  const previous = previousChip(accelerators, index, metric);
  const now = accelerators[index]?.[metric]?.value;
  const then = previous?.[metric]?.value;
  return previous && now && then ? { ratio: now / then, previous } : null;
}

/** The GPU chart's CSV: every figure of every chip, the shown metric's status and all sources. */
export function acceleratorCsv(accelerators: readonly AcceleratorRecord[], metric: AcceleratorMetric): string {
  return toCsv(
    [
      { key: 'name', header: 'accelerator' },
      { key: 'vendor', header: 'vendor' },
      { key: 'date', header: 'date' },
      { key: 'kind', header: 'kind' },
      { key: 'fp16', header: 'fp16_dense_tflops' },
      { key: 'fp16Sparse', header: 'fp16_sparse_tflops' },
      { key: 'fp32', header: 'fp32_tflops' },
      { key: 'memory', header: 'memory_gb' },
      { key: 'bandwidth', header: 'bandwidth_gb_s' },
      { key: 'status', header: 'status' },
      { key: 'sources', header: 'sources' },
    ],
    accelerators.map((a) => ({
      name: a.name,
      vendor: a.vendor,
      date: a.date,
      kind: a.kind,
      fp16: a.fp16?.value,
      fp16Sparse: a.fp16Sparse?.value,
      fp32: a.fp32?.value,
      memory: a.memory?.value,
      bandwidth: a.bandwidth?.value,
      status: a[metric]?.status,
      sources: [...new Set(ACCELERATOR_METRICS.flatMap((k) => a[k]?.source ?? []))].join(' '),
    })),
  );
}
