import { DEFAULT_SCALING_CHART, parseScalingChart, type ScalingChartKind } from '@tensorscope/scaling-chart/element';

/**
 * `chart="compute"` etc. (also `law` for `scaling-law`); missing or unknown → `'parameters'`. The
 * vocabulary is scaling-chart's (`parseScalingChart`); this is the element's reading of it.
 */
export function parseChart(value: string | null | undefined): ScalingChartKind {
  // An attribute is always text; a stray non-string (from script) reads as missing, never throws.
  return (typeof value === 'string' ? parseScalingChart(value) : undefined) ?? DEFAULT_SCALING_CHART;
}
