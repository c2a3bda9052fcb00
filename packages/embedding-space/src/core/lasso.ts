import { checkArray, TensorscopeArgumentError } from '@tensorscope/common';
import { checkList } from './args.js';
import { EmbeddingError } from './errors.js';

function checkPoints(points: Float32Array): void {
  checkList(points, 'points');
  if (points.length % 2 !== 0) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `Expected x, y pairs of screen coordinates, got ${points.length} numbers (odd).`,
      {
        details: { length: points.length },
      },
    );
  }
}

/**
 * Indices (ascending) of the points inside a lasso polygon, by the even–odd rule (a point is in
 * when a ray from it crosses the outline an odd number of times, so a self-crossing lasso
 * excludes the twice-circled parts). The polygon closes itself; fewer than three vertices select
 * nothing. Points outside the polygon's bounding box are rejected before the crossing test, and
 * NaN (hidden) points are never selected. `points` holds x, y pairs.
 */
export function pointsInPolygon(points: Float32Array, polygon: readonly (readonly [number, number])[]): Int32Array {
  checkPoints(points);
  checkArray(polygon, 'polygon').forEach((vertex, i) => checkXy(vertex, `polygon[${i}]`));
  const n = polygon.length;
  if (n < 3) return new Int32Array(0);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  polygon.forEach(([x, y], i) => {
    xs[i] = x;
    ys[i] = y;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const count = points.length >> 1;
  const found = new Int32Array(count);
  let size = 0;
  for (let p = 0; p < count; p++) {
    const px = points[p * 2] as number;
    const py = points[p * 2 + 1] as number;
    if (!(px >= minX && px <= maxX && py >= minY && py <= maxY)) continue;
    let inside = false;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const yi = ys[i] as number;
      const yj = ys[j] as number;
      if (yi > py !== yj > py) {
        const xi = xs[i] as number;
        const xj = xs[j] as number;
        if (px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) found[size++] = p;
  }
  return found.slice(0, size);
}

/**
 * Indices (ascending) of the points inside the rectangle with opposite corners `a` and `b` (in
 * any order, as a drag gives them), edges included. NaN points are never selected.
 */
export function pointsInRect(
  points: Float32Array,
  a: readonly [number, number],
  b: readonly [number, number],
): Int32Array {
  checkPoints(points);
  checkXy(a, 'a');
  checkXy(b, 'b');
  const minX = Math.min(a[0], b[0]);
  const maxX = Math.max(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const maxY = Math.max(a[1], b[1]);
  const count = points.length >> 1;
  const found = new Int32Array(count);
  let size = 0;
  for (let p = 0; p < count; p++) {
    const x = points[p * 2] as number;
    const y = points[p * 2 + 1] as number;
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) found[size++] = p;
  }
  return found.slice(0, size);
}

/** A screen position `[x, y]` (two numbers; NaN selects nothing). */
function checkXy(value: unknown, argument: string): void {
  const pair = value as ArrayLike<unknown> | null;
  if (
    !(Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) ||
    (pair as ArrayLike<unknown>).length < 2 ||
    typeof pair?.[0] !== 'number' ||
    typeof pair[1] !== 'number'
  ) {
    throw new TensorscopeArgumentError(argument, 'a screen position [x, y]', value);
  }
}
