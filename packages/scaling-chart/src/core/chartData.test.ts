// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from '../data/accelerators.js';
import { TRAINING_RUN_PRESETS } from '../data/presets.js';
import { SCALING_LAWS } from '../data/scalingLaws.js';
import { acceleratorCsv, byDate, generationRatio, isFlopsMetric, metricUnit, previousChip } from './acceleratorData.js';
import { checkAgainstPublished, fieldsFromPreset, parseCalculatorFields } from './calculatorForm.js';
import { estimateTrainingRun } from './calculator.js';
import { lawMarkers, lossDomain, markerX, powerTicks, frontierCsv, frontierRows } from './lawData.js';
import { scalingLawCurves } from './lawCurves.js';
import { brainReferences, computeCsv, parameterCsv, trainingComputeOf } from './modelData.js';
import type { ModelRecord } from './models.js';

const source = 'https://example.org/paper';
const model = (name: string, extra: Partial<ModelRecord> = {}): ModelRecord => ({
  name,
  organisation: 'Lab',
  date: '2020-05-28',
  parameters: 175e9,
  status: 'official',
  source,
  ...extra,
});

describe('model data', () => {
  it('writes the parameter CSV with formula-looking names escaped', () => {
    expect(parameterCsv([model('=1+1', { activeParameters: 37e9 })])).toBe(
      `model,organisation,date,parameters,active_parameters,status,source,note\r\n'=1+1,Lab,2020-05-28,175000000000,37000000000,official,${source},\r\n`,
    );
  });
  it('writes the compute CSV from the training-compute figure', () => {
    const m = model('+cmd', {
      trainingFlops: { value: 3.14e23, low: 3e23, status: 'estimate', source, derived: true },
    });
    expect(trainingComputeOf(m)).toBe(3.14e23);
    expect(trainingComputeOf(model('x'))).toBe(0);
    expect(computeCsv([m]).split('\r\n')[1]).toBe(`'+cmd,Lab,2020-05-28,3.14e+23,3e+23,,estimate,,yes,${source},`);
  });
  it('builds the brain references: a line for neurons, a band for synapses', () => {
    const refs = brainReferences(
      { value: 86e9, status: 'estimate', source },
      { value: 1e14, high: 1e15, status: 'estimate', source },
      {
        neurons: 'N',
        synapses: 'S',
      },
    );
    expect(refs).toEqual([
      { key: 'neurons', value: 86e9, top: 86e9, label: 'N' },
      { key: 'synapses', value: 1e14, top: 1e15, label: 'S' },
    ]);
    expect(brainReferences(null, null, { neurons: 'N', synapses: 'S' })).toEqual([]);
  });
});

describe('accelerator data', () => {
  const chips = byDate(ACCELERATORS);
  it('sorts by date and knows units', () => {
    expect(chips.map((c) => c.date)).toEqual([...chips.map((c) => c.date)].sort());
    expect([metricUnit('memory'), metricUnit('bandwidth'), metricUnit('fp32')]).toEqual(['GB', 'GB/s', 'TFLOPS']);
    expect(isFlopsMetric('fp16Sparse')).toBe(true);
    expect(isFlopsMetric('memory')).toBe(false);
  });
  it('compares a chip with the previous data-centre chip of its vendor', () => {
    const h100 = chips.findIndex((c) => c.name.startsWith('H100'));
    const previous = previousChip(chips, h100, 'fp16');
    expect(previous?.name.startsWith('A100')).toBe(true);
    const ratio = generationRatio(chips, h100, 'fp16');
    expect(ratio?.ratio).toBeCloseTo(chips[h100]!.fp16!.value / previous!.fp16!.value);
    expect(previousChip(chips, 0, 'fp16')).toBeNull();
  });
  it('writes every figure and the sources once each', () => {
    const lines = acceleratorCsv(chips.slice(0, 1), 'fp16').split('\r\n');
    expect(lines[0]).toBe(
      'accelerator,vendor,date,kind,fp16_dense_tflops,fp16_sparse_tflops,fp32_tflops,memory_gb,bandwidth_gb_s,status,sources',
    );
    expect(lines[1]!.startsWith(`${chips[0]!.name},${chips[0]!.vendor},${chips[0]!.date}`)).toBe(true);
  });
});

describe('scaling-law data', () => {
  const law = SCALING_LAWS.chinchilla;
  it('places dense, non-rumour models on the law', () => {
    const markers = lawMarkers(
      [
        model('dense', { trainingTokens: { value: 300e9, status: 'official', source } }),
        model('moe', { activeParameters: 1e9, trainingTokens: { value: 300e9, status: 'official', source } }),
        model('rumour', { status: 'rumour', trainingTokens: { value: 300e9, status: 'official', source } }),
      ],
      law,
    );
    expect(markers.map((m) => m.model.name)).toEqual(['dense']);
    expect(markers[0]!.compute).toBe(6 * 175e9 * 300e9);
    expect(markerX(markers[0]!, 'tokens')).toBe(300e9);
    expect(markerX(markers[0]!, 'parameters')).toBe(175e9);
    const [low, high] = lossDomain(scalingLawCurves(law, 'compute'), markers);
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high - low).toBeLessThanOrEqual(2.6);
  });
  it('labels every other power of ten on a narrow axis', () => {
    expect(powerTicks([1, 1e4], 1000)).toEqual({ ticks: [1, 10, 100, 1000, 1e4], labelled: [1, 10, 100, 1000, 1e4] });
    expect(powerTicks([1, 1e4], 100).labelled).toEqual([1, 100, 1e4]);
  });
  it('writes the frontier CSV', () => {
    const rows = frontierRows(law);
    expect(rows).toHaveLength(10);
    expect(frontierCsv(rows, law).split('\r\n')[1]!.endsWith(`,${law.name},${law.source}`)).toBe(true);
  });
});

describe('calculator form', () => {
  const preset = TRAINING_RUN_PRESETS[0]!;
  const chips = ACCELERATORS.filter((a) => a.fp16);
  it('reproduces a preset from its own fields', () => {
    const parsed = parseCalculatorFields(fieldsFromPreset(preset, 'ko'), chips);
    expect(parsed.problems).toEqual({});
    expect(parsed.input?.parameters).toBeCloseTo(preset.input.parameters);
    const check = checkAgainstPublished(preset, estimateTrainingRun(parsed.input!));
    expect(check.reproduced).toBe(true);
  });
  it('names each invalid field', () => {
    const parsed = parseCalculatorFields(
      { parameters: 'x', tokens: '0', accelerator: 'nope', count: '1.5', utilisation: '120' },
      chips,
    );
    expect(parsed.input).toBeNull();
    expect(parsed.problems).toEqual({
      parameters: 'count',
      tokens: 'count',
      accelerator: 'accelerator',
      count: 'integer',
      utilisation: 'percent',
    });
    expect(
      parseCalculatorFields({ ...fieldsFromPreset(preset, 'en'), utilisation: '19,7' }, chips).input?.utilisation,
    ).toBeCloseTo(0.197);
  });
});
