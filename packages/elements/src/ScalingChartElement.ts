import { TensorscopeElement, type ViewModule } from './TensorscopeElement.js';

/**
 * `<tensorscope-scaling-chart chart="parameters | compute | gpu | scaling-law | calculator">`:
 * one of the sourced scaling charts; no data needed.
 *
 * - `.data`: optional records replacing the built-in ones (`ModelRecord[]` for parameters, compute
 *   and scaling-law; `AcceleratorRecord[]` for gpu).
 * - `height`: chart height in pixels (parameters, compute, scaling-law). `preset`: the calculator's
 *   first preset (`gpt-3`, `llama-2-70b`, `llama-3.1-405b`).
 * - Events: `tensorscope-statechange` (`{ estimate }`) from the calculator.
 */
export class ScalingChartElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = ['chart', 'preset'];
  protected override readonly needsData: boolean = false;

  protected loadView(): Promise<ViewModule> {
    return import('./views/scalingView.js');
  }
}
