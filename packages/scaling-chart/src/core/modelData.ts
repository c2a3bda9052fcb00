import type { SourcedValue } from './sourced.js';
import { toCsv } from './csv.js';
import type { ModelRecord } from './models.js';

/** A model's training compute in FLOP (0 when it has none). */
export const trainingComputeOf = (m: ModelRecord) => m.trainingFlops?.value ?? 0;

/** The parameter chart's CSV: every model, also those with undisclosed parameters. */
export function parameterCsv(models: readonly ModelRecord[]): string {
  return toCsv(
    [
      { key: 'name', header: 'model' },
      { key: 'organisation', header: 'organisation' },
      { key: 'date', header: 'date' },
      { key: 'parameters', header: 'parameters' },
      { key: 'activeParameters', header: 'active_parameters' },
      { key: 'status', header: 'status' },
      { key: 'source', header: 'source' },
      { key: 'note', header: 'note' },
    ],
    models.map((m) => ({ ...m })),
  );
}

/** The compute chart's CSV: one row per model with its training-compute figure and its source. */
export function computeCsv(models: readonly ModelRecord[]): string {
  return toCsv(
    [
      { key: 'name', header: 'model' },
      { key: 'organisation', header: 'organisation' },
      { key: 'date', header: 'date' },
      { key: 'flops', header: 'training_flop' },
      { key: 'low', header: 'low' },
      { key: 'high', header: 'high' },
      { key: 'status', header: 'status' },
      { key: 'confidence', header: 'epoch_confidence' },
      { key: 'derived', header: 'derived' },
      { key: 'source', header: 'source' },
      { key: 'note', header: 'note' },
    ],
    models.map((m) => ({
      name: m.name,
      organisation: m.organisation,
      date: m.date,
      flops: m.trainingFlops?.value,
      low: m.trainingFlops?.low,
      high: m.trainingFlops?.high,
      status: m.trainingFlops?.status,
      confidence: m.trainingFlops?.confidence,
      derived: m.trainingFlops?.derived ? 'yes' : '',
      source: m.trainingFlops?.source,
      note: m.trainingFlops?.note,
    })),
  );
}

/** A horizontal reference drawn across the parameter chart (a line, or a band up to `top`). */
export interface ReferenceLine {
  key: string;
  value: number;
  top: number;
  label: string;
}

/** The brain's neurons (a line) and synapses (a band from its value to its high estimate). */
export function brainReferences(
  neurons: SourcedValue | null,
  synapses: SourcedValue | null,
  labels: { neurons: string; synapses: string },
): ReferenceLine[] {
  return [
    ...(neurons ? [{ key: 'neurons', value: neurons.value, top: neurons.value, label: labels.neurons }] : []),
    ...(synapses
      ? [{ key: 'synapses', value: synapses.value, top: synapses.high ?? synapses.value, label: labels.synapses }]
      : []),
  ];
}
