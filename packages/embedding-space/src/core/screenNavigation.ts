import { describeValue } from '@tensorscope/common';
import { checkAnyNumber, checkList } from './args.js';
import { EmbeddingError } from './errors.js';

/** An arrow-key direction on screen (y grows downwards, so 'up' is towards smaller y). */
export type ScreenDirection = 'left' | 'right' | 'up' | 'down';

const AXES: Record<ScreenDirection, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Weight of the sideways offset in {@link nearestInDirection}'s score. */
const OFF_AXIS_PENALTY = 2;

/**
 * The point to move to when an arrow key is pressed at point `from`: among the points whose
 * direction from `from` is within ±45° of `direction` (and not at the same spot), the one with
 * the lowest score = distance + 2 × sideways offset, so a point straight ahead beats a slightly
 * closer one off to the side; ties go to the lower index. `points` holds screen x, y pairs,
 * NaN for hidden points (never chosen). Null when there is none, or when `from` is hidden.
 */
export function nearestInDirection(points: Float32Array, from: number, direction: ScreenDirection): number | null {
  const count = checkList(points, 'points').length >> 1;
  if (!Number.isInteger(from) || from < 0 || from >= count) {
    const shown = typeof from === 'number' ? from : describeValue(from);
    throw new EmbeddingError('INVALID_VALUE', `Point index ${shown} is out of range: expected 0–${count - 1}.`, {
      details: { from: shown, count },
    });
  }
  if (typeof direction !== 'string' || !Object.hasOwn(AXES, direction)) {
    const shown = typeof direction === 'string' ? JSON.stringify(direction) : describeValue(direction);
    throw new EmbeddingError('INVALID_VALUE', `Unknown direction ${shown}; expected left, right, up or down.`);
  }
  const [ax, ay] = AXES[direction];
  const x0 = points[from * 2] as number;
  const y0 = points[from * 2 + 1] as number;
  if (!Number.isFinite(x0) || !Number.isFinite(y0)) return null;
  let best: number | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < count; i++) {
    if (i === from) continue;
    const dx = (points[i * 2] as number) - x0;
    const dy = (points[i * 2 + 1] as number) - y0;
    const along = dx * ax + dy * ay;
    if (!(along > 0)) continue; // also skips NaN
    const across = Math.abs(dx * ay - dy * ax);
    if (across > along) continue;
    const score = Math.hypot(dx, dy) + OFF_AXIS_PENALTY * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/**
 * The visible point nearest to screen position (x, y), within `maxDistance` pixels (default no
 * limit); ties go to the lower index. Null when there is none.
 */
export function nearestToPoint(points: Float32Array, x: number, y: number, maxDistance = Infinity): number | null {
  checkList(points, 'points');
  checkAnyNumber(x, 'x');
  checkAnyNumber(y, 'y');
  checkAnyNumber(maxDistance, 'maxDistance');
  let best: number | null = null;
  let bestSquared = maxDistance * maxDistance;
  const count = points.length >> 1;
  for (let i = 0; i < count; i++) {
    const dx = (points[i * 2] as number) - x;
    const dy = (points[i * 2 + 1] as number) - y;
    const squared = dx * dx + dy * dy;
    if (squared < bestSquared || (best === null && squared === bestSquared)) {
      bestSquared = squared;
      best = i;
    }
  }
  return best;
}
