import { toCsv } from './csv.js';
import { logSpace, type LawAxis, type LawCurves } from './lawCurves.js';
import type { ModelRecord } from './models.js';
import { computeOptimal, predictLoss, type ComputeOptimum, type ScalingLaw } from './scalingLaws.js';
import { trainingFlops } from './trainingFlops.js';

/** A model placed on a scaling law: its size, data, compute and predicted loss. */
export interface LawMarker {
  model: ModelRecord;
  parameters: number;
  tokens: number;
  compute: number;
  loss: number;
}

/**
 * The models a law can place: dense (no active-parameter count) with a size and token count that
 * are not rumours. Expects rows already validated for `parameters` and `trainingTokens`.
 */
export function lawMarkers(models: readonly ModelRecord[], law: ScalingLaw): LawMarker[] {
  return models
    .filter((m) => !m.activeParameters && m.status !== 'rumour' && m.trainingTokens?.status !== 'rumour')
    .map((m) => {
      const parameters = m.parameters!;
      const tokens = m.trainingTokens!.value;
      return {
        model: m,
        parameters,
        tokens,
        compute: trainingFlops(parameters, tokens),
        loss: predictLoss(law, parameters, tokens),
      };
    });
}

/** The marker's value on the chosen x-axis. */
export function markerX(marker: LawMarker, axis: LawAxis): number {
  return axis === 'compute' ? marker.compute : axis === 'parameters' ? marker.parameters : marker.tokens;
}

/**
 * The loss range shown: from just below the lowest frontier or model loss (never below 0) to the
 * highest curve, but at most 2.5 nats above the lowest so the interesting part is not squashed.
 */
export function lossDomain(curves: LawCurves, markers: readonly LawMarker[]): [low: number, high: number] {
  const losses = [...curves.frontier.map((p) => p[1]), ...markers.map((m) => m.loss)];
  const low = Math.min(...losses);
  const all = [...losses, ...curves.families.flatMap((f) => f.points.map((p) => p[1]))];
  return [Math.max(0, low - 0.1), Math.min(Math.max(...all), low + 2.5)];
}

/** Every power of ten across the x domain, and those that get a label (every other one when narrow). */
export function powerTicks(
  [from, to]: readonly [number, number],
  innerWidth: number,
): { ticks: number[]; labelled: number[] } {
  const ticks = logSpace(from, to, Math.round(Math.log10(to / from)) + 1);
  return { ticks, labelled: ticks.filter((_, k) => innerWidth / ticks.length >= 44 || k % 2 === 0) };
}

/** The compute-optimal frontier at every power of ten from 10¹⁸ to 10²⁷ FLOP (the table view). */
export function frontierRows(law: ScalingLaw): ComputeOptimum[] {
  return logSpace(1e18, 1e27, 10).map((c) => computeOptimal(law, c));
}

/** The scaling-law chart's CSV: the frontier rows with the law's name and source. */
export function frontierCsv(rows: readonly ComputeOptimum[], law: { name: string; source: string }): string {
  return toCsv(
    [
      { key: 'compute', header: 'compute_flop' },
      { key: 'parameters', header: 'optimal_parameters' },
      { key: 'tokens', header: 'optimal_tokens' },
      { key: 'ratio', header: 'tokens_per_parameter' },
      { key: 'loss', header: 'predicted_loss_nats' },
      { key: 'law', header: 'law' },
      { key: 'source', header: 'source' },
    ],
    rows.map((o) => ({
      compute: o.compute,
      parameters: o.parameters,
      tokens: o.tokens,
      ratio: o.tokens / o.parameters,
      loss: o.loss,
      law: law.name,
      source: law.source,
    })),
  );
}
