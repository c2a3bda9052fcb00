import { CHINCHILLA_TOKENS_PER_PARAMETER, computeOptimal, predictLoss, type ScalingLaw } from './scalingLaws.js';

/** What the horizontal axis of a scaling-law chart measures. */
export type LawAxis = 'compute' | 'parameters' | 'tokens';

/** A curve as [x, loss] pairs. */
export type Curve = readonly (readonly [number, number])[];

/** Everything a scaling-law chart draws for one law and axis. */
export interface LawCurves {
  axis: LawAxis;
  /** Range of x (FLOP, parameters or tokens). */
  domain: readonly [number, number];
  /** Loss for one fixed model size (compute and tokens axes) or one fixed data size (parameters axis). */
  families: { fixed: 'parameters' | 'tokens'; value: number; points: Curve }[];
  /** The compute-optimal frontier: the lowest loss reachable for each budget. */
  frontier: Curve;
  /** The "~20 tokens per parameter" rule of thumb. */
  heuristic: Curve;
}

const DOMAINS: Record<LawAxis, readonly [number, number]> = {
  compute: [1e18, 1e27],
  parameters: [1e7, 1e13],
  tokens: [1e9, 1e14],
};
const SIZES = [1e8, 1e9, 1e10, 1e11, 1e12];
const DATA = [1e10, 1e11, 1e12, 1e13];
const SAMPLES = 60;

/** Logarithmically spaced samples from `from` to `to`. */
export function logSpace(from: number, to: number, count: number): number[] {
  const a = Math.log10(from);
  const b = Math.log10(to);
  return Array.from({ length: count }, (_, i) => 10 ** (a + ((b - a) * i) / (count - 1)));
}

/** Samples the curves of a scaling law for a chart whose x-axis is compute, parameters or tokens. */
export function scalingLawCurves(law: ScalingLaw, axis: LawAxis): LawCurves {
  const domain = DOMAINS[axis];
  const xs = logSpace(domain[0], domain[1], SAMPLES);
  const loss = (n: number, d: number) => predictLoss(law, n, d);
  const ratio = CHINCHILLA_TOKENS_PER_PARAMETER;
  // Budgets wide enough that the frontier spans the whole x range on every axis.
  const optima = logSpace(1e15, 1e30, 120).map((c) => computeOptimal(law, c));
  const inDomain = (x: number) => x >= domain[0] && x <= domain[1];

  if (axis === 'compute') {
    return {
      axis,
      domain,
      // A fixed model trained on ever more tokens (at least 10^9) as the budget grows.
      families: SIZES.map((n) => ({
        fixed: 'parameters' as const,
        value: n,
        points: xs.filter((c) => c / (6 * n) >= 1e9).map((c) => [c, loss(n, c / (6 * n))] as const),
      })),
      frontier: xs.map((c) => [c, computeOptimal(law, c).loss] as const),
      heuristic: xs.map((c) => {
        const n = Math.sqrt(c / (6 * ratio));
        return [c, loss(n, ratio * n)] as const;
      }),
    };
  }
  if (axis === 'parameters') {
    return {
      axis,
      domain,
      families: DATA.map((d) => ({
        fixed: 'tokens' as const,
        value: d,
        points: xs.map((n) => [n, loss(n, d)] as const),
      })),
      frontier: optima.filter((o) => inDomain(o.parameters)).map((o) => [o.parameters, o.loss] as const),
      heuristic: xs.map((n) => [n, loss(n, ratio * n)] as const),
    };
  }
  return {
    axis,
    domain,
    families: SIZES.map((n) => ({
      fixed: 'parameters' as const,
      value: n,
      points: xs.map((d) => [d, loss(n, d)] as const),
    })),
    frontier: optima.filter((o) => inDomain(o.tokens)).map((o) => [o.tokens, o.loss] as const),
    heuristic: xs.map((d) => [d, loss(d / ratio, d)] as const),
  };
}
