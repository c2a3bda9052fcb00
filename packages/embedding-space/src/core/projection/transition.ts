import { checkFiniteNumbers, checkNumber, checkOneOf } from '@tensorscope/common';
import { checkNotNaN, optionalBoolean } from '../args.js';
import { EmbeddingError } from '../errors.js';
import type { ProjectionDimensions } from './types.js';

/** An animation from one layout to another. */
export interface Transition {
  /** The layout at `timeMs` since the start (3 values per point); always the same buffer. */
  at(timeMs: number): Float32Array;
  /** True once the animation has reached the target layout. */
  done(timeMs: number): boolean;
}

/** Cubic ease-in-out on [0, 1]. */
export function easeInOutCubic(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** Row-major `count × dims` → `count × 3` (z = 0 for 2D). */
function toXyz(coords: ArrayLike<number>, dims: ProjectionDimensions, count: number): ArrayLike<number> {
  if (dims === 3) return coords;
  const out = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    out[i * 3] = coords[i * 2] as number;
    out[i * 3 + 1] = coords[i * 2 + 1] as number;
  }
  return out;
}

/**
 * Animates every point from `from` to `to` with cubic ease-in-out over `durationMs`, in 3D
 * (a 2D layout gets z = 0, so 2D ↔ 3D transitions flatten or lift the cloud). `at()` writes into
 * one reused `count × 3` buffer (no allocation per frame). With `reducedMotion` (see
 * {@link prefersReducedMotion}) or a zero duration it jumps straight to `to`.
 *
 * Layouts must hold finite numbers and the same number of points (else `INVALID_VALUE` /
 * `LENGTH_MISMATCH`); dimensions are 2 or 3, the duration a finite number and `timeMs` not NaN
 * (else `INVALID_ARGUMENT`), so every frame is finite.
 */
export function createTransition(
  from: Float32Array,
  to: Float32Array,
  fromDims: ProjectionDimensions,
  toDims: ProjectionDimensions,
  durationMs: number,
  reducedMotion: boolean,
): Transition {
  checkOneOf(fromDims, 'fromDims', [2, 3]);
  checkOneOf(toDims, 'toDims', [2, 3]);
  const source = checkFiniteNumbers(from, 'from');
  const target = checkFiniteNumbers(to, 'to');
  checkNumber(durationMs, 'durationMs');
  optionalBoolean(reducedMotion, 'reducedMotion');
  const count = target.length / toDims;
  if (!Number.isInteger(count) || source.length / fromDims !== count) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `createTransition: from has ${source.length / fromDims} points, to has ${target.length / toDims}; they must match.`,
      { details: { from: source.length, fromDims, to: target.length, toDims } },
    );
  }
  const start = toXyz(source, fromDims, count);
  const end = toXyz(target, toDims, count);
  const out = new Float32Array(count * 3);
  const instant = reducedMotion || !(durationMs > 0);
  let last = -1;
  return {
    at(timeMs) {
      checkNotNaN(timeMs, 'timeMs');
      const t = instant ? 1 : easeInOutCubic(timeMs / durationMs);
      if (t === last) return out;
      last = t;
      if (t === 1) out.set(end);
      else
        for (let i = 0; i < out.length; i++)
          out[i] = (start[i] as number) + ((end[i] as number) - (start[i] as number)) * t;
      return out;
    },
    done: (timeMs) => instant || timeMs >= durationMs,
  };
}

/**
 * Whether the user asked for reduced motion (`prefers-reduced-motion: reduce`). SSR-safe: false
 * without `window.matchMedia`.
 */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
