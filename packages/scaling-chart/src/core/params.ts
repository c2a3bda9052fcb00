// The one parameter vocabulary of the scaling charts: the `<tensorscope-scaling-chart>` attributes and
// the demo's `/embed/scaling-chart` URL parameters use these names, values and parsers, so `chart`
// means the same thing in both.
import { checkString } from '@tensorscope/common';

/** The parameter names, as element attributes and embed URL parameters. */
export const SCALING_CHART_PARAMS = ['chart', 'preset'] as const;
export type ScalingChartParam = (typeof SCALING_CHART_PARAMS)[number];

/** What `chart` can show: the four charts, the training-compute calculator and the on-device calculator. */
export const SCALING_CHARTS = ['parameters', 'compute', 'gpu', 'scaling-law', 'calculator', 'on-device'] as const;
export type ScalingChartKind = (typeof SCALING_CHARTS)[number];

/** The chart shown when `chart` is missing. */
export const DEFAULT_SCALING_CHART: ScalingChartKind = 'parameters';

/** Other spellings `chart` accepts: the demo's embed URLs said `chart=law` before the names were unified. */
export const SCALING_CHART_ALIASES: Readonly<Record<string, ScalingChartKind>> = { law: 'scaling-law' };

/**
 * A `chart` value → the chart it names (case and surrounding spaces ignored, aliases resolved), or
 * undefined when missing or unknown, so the caller decides between a default and an error message.
 */
export function parseScalingChart(value: string | null | undefined): ScalingChartKind | undefined {
  const chart = attributeText(value, 'chart').toLowerCase();
  if ((SCALING_CHARTS as readonly string[]).includes(chart)) return chart as ScalingChartKind;
  return Object.hasOwn(SCALING_CHART_ALIASES, chart) ? SCALING_CHART_ALIASES[chart] : undefined;
}

/**
 * A `preset` value (the calculator's first training run, e.g. `gpt-3`, `llama-3.1-405b`) → its
 * trimmed id, or undefined when empty. An unknown id makes the calculator start at its first preset.
 */
export function parsePreset(value: string | null | undefined): string | undefined {
  const preset = attributeText(value, 'preset');
  return preset ? preset : undefined;
}

/** An attribute or URL parameter's trimmed text ('' when missing); anything but a string is `INVALID_ARGUMENT`. */
function attributeText(value: unknown, name: string): string {
  if (value === null || value === undefined) return '';
  return checkString(value, name).trim();
}
