// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCalculatorProps, checkGpuChartProps, checkTimeChartProps } from './propChecks.js';

const invalid = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe('component prop checks (regression: bad props threw TypeErrors from deep inside)', () => {
  it('names the bad prop', () => {
    expect(() => checkTimeChartProps({ models: null })).toThrow(invalid);
    expect(() => checkTimeChartProps({ width: Number.NaN })).toThrow(/width/);
    expect(() => checkTimeChartProps({ height: 1 })).toThrow(/height/);
    expect(() => checkTimeChartProps({ annotations: [{ date: '2023-02-30', label: 'x' }] })).toThrow(
      /annotations\[0\]\.date/,
    );
    expect(() => checkGpuChartProps({ metric: 'bogus' })).toThrow(/metric/);
    expect(() => checkCalculatorProps({ presets: [{ id: 'x' }] })).toThrow(/presets\[0\]/);
  });

  it('accepts the documented props', () => {
    expect(() =>
      checkTimeChartProps({ models: [], width: 600, height: 400, scale: 'log', labels: ['GPT-3'] }),
    ).not.toThrow();
    expect(() => checkCalculatorProps({ preset: 'gpt-3', onEstimate: () => {} })).not.toThrow();
  });
});
