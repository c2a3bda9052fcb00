import {
  TensorscopeElement,
  defineElement,
  type DefineElementOptions,
  type ViewModule,
} from '@tensorscope/common/element';
import { SCALING_CHART_PARAMS } from '../core/params.js';

/** The tag {@link defineScalingChartElement} defines. */
export const SCALING_CHART_TAG = 'tensorscope-scaling-chart';

/**
 * `<tensorscope-scaling-chart chart="parameters | compute | gpu | scaling-law | calculator | on-device">`:
 * one of the sourced scaling charts; no data needed. `chart="law"` is accepted for `scaling-law`.
 *
 * - `.data`: optional records replacing the built-in ones (`ModelRecord[]` for parameters, compute
 *   and scaling-law; `AcceleratorRecord[]` for gpu).
 * - `height`: chart height in pixels (parameters, compute, scaling-law). `preset`: the calculator's
 *   first preset (`gpt-3`, `llama-2-70b`, `llama-3.1-405b`).
 * - Events: `tensorscope-statechange` (`{ estimate }`) from the calculator.
 */
export class ScalingChartElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = SCALING_CHART_PARAMS;
  protected override readonly needsData: boolean = false;

  protected loadView(): Promise<ViewModule> {
    return import('./scalingView.js');
  }
}

/**
 * Defines `<tensorscope-scaling-chart>`; returns false when the tag already exists or there is no
 * registry (on the server), so it is safe to call any number of times.
 */
export function defineScalingChartElement(options: DefineElementOptions = {}): boolean {
  return defineElement(SCALING_CHART_TAG, ScalingChartElement, options);
}
