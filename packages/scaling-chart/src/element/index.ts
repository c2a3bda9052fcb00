// `@tensorscope/scaling-chart/element`: `<tensorscope-scaling-chart>` for pages without React.
// Importing defines nothing; call `defineScalingChartElement()`.
import type { ScalingChartElement } from './ScalingChartElement.js';

export { ScalingChartElement, SCALING_CHART_TAG, defineScalingChartElement } from './ScalingChartElement.js';
export {
  DEFAULT_SCALING_CHART,
  SCALING_CHARTS,
  SCALING_CHART_ALIASES,
  SCALING_CHART_PARAMS,
  parsePreset,
  parseScalingChart,
} from '../core/params.js';
export type { ScalingChartKind, ScalingChartParam } from '../core/params.js';

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-scaling-chart': ScalingChartElement;
  }
}
