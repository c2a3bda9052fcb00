import { TensorscopeError } from './errors.js';
import { checkFunction, checkNumber } from './validate.js';

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every machine, so stories, demos and tests are deterministic. Returns numbers in [0, 1).
 */
export function createSeededRandom(seed: number): () => number {
  let state = checkNumber(seed, 'seed') >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard-normal sample from a uniform generator (Box–Muller). */
export function gaussian(random: () => number): number {
  const draw = checkFunction<() => unknown>(random, 'random');
  const u = Math.max(uniform(draw), Number.EPSILON);
  const v = uniform(draw);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One draw of a uniform generator, which must be a number in [0, 1]: NaN would poison every sample. */
function uniform(random: () => unknown): number {
  const value = random();
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new TensorscopeError(
      'INVALID_VALUE',
      `random() must return a number in [0, 1]; it returned ${String(typeof value === 'number' ? value : typeof value)}.`,
      {
        details: { returned: typeof value === 'number' ? value : typeof value },
      },
    );
  }
  return value;
}
