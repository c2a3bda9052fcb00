import { checkNumber, checkObject, checkOneOf } from '@tensorscope/common';
import { fail } from './errors.js';
import { requirePositive } from './trainingFlops.js';

/** Constants of the Chinchilla form L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2). */
export interface ChinchillaConstants {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

/** Constants of Kaplan et al.'s joint law L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D (2020, eq. 1.5). */
export interface KaplanConstants {
  alphaN: number;
  alphaD: number;
  Nc: number;
  Dc: number;
}

/** A published scaling law: its form, constants and source. */
export type ScalingLaw =
  | { id: string; form: 'chinchilla'; name: string; year: number; source: string; constants: ChinchillaConstants }
  | { id: string; form: 'kaplan'; name: string; year: number; source: string; constants: KaplanConstants };

/** "~20 tokens per parameter": a rule of thumb from Chinchilla's Table 3, not a fitted constant. */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** Hoffmann et al. 2022, eq. 10, rounded as published. */
export const CHINCHILLA_CONSTANTS: Readonly<ChinchillaConstants> = {
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
};

/**
 * Predicted pre-training loss (nats/token) for N parameters trained on D tokens:
 * L = E + A/N^α + B/D^β, with the published Chinchilla constants unless others are given.
 */
export function chinchillaLoss(
  parameters: number,
  tokens: number,
  constants: ChinchillaConstants = CHINCHILLA_CONSTANTS,
): number {
  requirePositive('parameters', parameters);
  requirePositive('tokens', tokens);
  const { E, A, B, alpha, beta } = checkConstants(constants, ['E', 'A', 'B', 'alpha', 'beta']);
  return finiteLoss(E + A / parameters ** alpha + B / tokens ** beta);
}

/** Kaplan et al. 2020's joint loss L(N, D) (N counts non-embedding parameters). */
export function kaplanLoss(parameters: number, tokens: number, constants: KaplanConstants): number {
  requirePositive('parameters', parameters);
  requirePositive('tokens', tokens);
  const { alphaN, alphaD, Nc, Dc } = checkConstants(constants, ['alphaN', 'alphaD', 'Nc', 'Dc']);
  if (alphaD === 0) throw fail('INVALID_VALUE', 'constants.alphaD must not be 0.', { details: { field: 'alphaD' } });
  return finiteLoss(((Nc / parameters) ** (alphaN / alphaD) + Dc / tokens) ** alphaD);
}

/** The law's constants: an object whose named fields are finite numbers (the published ones are all ≥ 0). */
function checkConstants<C extends object>(constants: C, names: readonly (keyof C & string)[]): C {
  checkObject(constants, 'constants');
  for (const name of names) checkNumber(constants[name], `constants.${name}`, { min: 0 });
  return constants;
}

/** A loss that is not finite means constants and sizes overflowed together: a typed error, not Infinity/NaN. */
function finiteLoss(loss: number): number {
  if (!Number.isFinite(loss)) {
    throw fail('INVALID_VALUE', `The predicted loss is not finite (${String(loss)}) for these constants and sizes.`, {
      details: { field: 'loss' },
    });
  }
  return loss;
}

/** A law: an object with a known `form` (its constants are checked where they are used). */
function checkLaw(law: ScalingLaw): ScalingLaw {
  checkObject(law, 'law');
  checkOneOf(law.form, 'law.form', ['chinchilla', 'kaplan']);
  return law;
}

/** Predicted loss of N parameters trained on D tokens under a law of either form. */
export function predictLoss(law: ScalingLaw, parameters: number, tokens: number): number {
  checkLaw(law);
  return law.form === 'chinchilla'
    ? chinchillaLoss(parameters, tokens, law.constants)
    : kaplanLoss(parameters, tokens, law.constants);
}

/** The best split of a compute budget between model size and data. */
export interface ComputeOptimum {
  compute: number;
  parameters: number;
  tokens: number;
  loss: number;
}

/**
 * The compute-optimal allocation for `compute` FLOP under `law`: the N (and D = C / 6N) that
 * minimise the predicted loss. Solved numerically (golden-section search on log N), which for the
 * Chinchilla form agrees with the closed form N_opt = G·(C/6)^(β/(α+β)) (Hoffmann et al., eq. 4).
 * `compute` must be at least 6 FLOP (one parameter seeing one token).
 */
export function computeOptimal(law: ScalingLaw, compute: number): ComputeOptimum {
  checkLaw(law);
  requirePositive('compute', compute);
  if (compute < 6) {
    throw fail('INVALID_VALUE', `compute must be at least 6 FLOP (got ${compute}).`, {
      details: { field: 'compute', value: compute },
    });
  }
  const lossAt = (logN: number) => predictLoss(law, 10 ** logN, compute / (6 * 10 ** logN));
  // N between 1 parameter and C/6 (one token); the loss is unimodal along 6ND = C.
  let lo = 0;
  let hi = Math.log10(compute / 6);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = lossAt(a);
  let fb = lossAt(b);
  for (let i = 0; i < 200 && hi - lo > 1e-9; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = lossAt(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = lossAt(b);
    }
  }
  const parameters = 10 ** ((lo + hi) / 2);
  const tokens = compute / (6 * parameters);
  return { compute, parameters, tokens, loss: predictLoss(law, parameters, tokens) };
}
