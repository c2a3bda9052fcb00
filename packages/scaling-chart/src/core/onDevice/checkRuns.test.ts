import { describe, expect, it } from 'vitest';
import { checkPublishedRuns, isCpuRuntime, medianAbsoluteError } from './checkRuns.js';
import { PUBLISHED_RUNS, WEIGHT_FORMATS } from './index.js';

describe('the cost model against published measured decode speeds', () => {
  const checked = checkPublishedRuns(PUBLISHED_RUNS, WEIGHT_FORMATS);

  it('predicts every run from its parameters, format bits and device bandwidth', () => {
    expect(checked).toHaveLength(PUBLISHED_RUNS.length);
    for (const c of checked) {
      const bits = WEIGHT_FORMATS.find((f) => f.id === c.run.format)!.bitsPerWeight.value;
      const efficiency = isCpuRuntime(c.run.runtime) ? 0.4 : 0.55;
      const expected = (efficiency * c.run.bandwidth.value * 1e9) / ((c.run.parameters * bits) / 8);
      expect(c.predicted).toBeCloseTo(expected, 6);
      expect(c.error).toBeCloseTo((expected - c.measured) / c.measured, 9);
    }
  });

  it('reports the median absolute error of the whole table', () => {
    const errors = checked.map((c) => Math.abs(c.error)).sort((a, b) => a - b);
    const n = errors.length;
    const median = n % 2 ? errors[(n - 1) / 2]! : (errors[n / 2 - 1]! + errors[n / 2]!) / 2;
    expect(medianAbsoluteError(checked)).toBeCloseTo(median, 12);
    console.log(
      `median |error| ${(median * 100).toFixed(1)} % over ${n} runs\n` +
        checked
          .map(
            (c) =>
              `  ${c.run.id}: measured ${c.measured}, predicted ${c.predicted.toFixed(1)} (${(c.error * 100).toFixed(0)} %)`,
          )
          .join('\n'),
    );
  });
});
