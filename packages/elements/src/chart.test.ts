import { describe, expect, it } from 'vitest';
import { parseChart } from './chart.js';

describe('parseChart', () => {
  it('chart: one of the five (law for scaling-law), else parameters', () => {
    expect(parseChart('compute')).toBe('compute');
    expect(parseChart('Scaling-Law')).toBe('scaling-law');
    expect(parseChart('law')).toBe('scaling-law');
    expect(parseChart('calculator')).toBe('calculator');
    expect(parseChart('pie')).toBe('parameters');
    expect(parseChart(null)).toBe('parameters');
    // Regression (issue "Hardening"): a non-string from script threw inside parseScalingChart.
    expect(parseChart(['compute'] as never)).toBe('parameters');
    expect(parseChart({} as never)).toBe('parameters');
  });
});
