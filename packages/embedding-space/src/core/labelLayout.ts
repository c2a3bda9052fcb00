import { checkArray, checkNumber, checkObject, checkOptions, checkString } from '@tensorscope/common';
import { checkAnyNumber, checkNotNaN } from './args.js';

/** A label that could be drawn: its box's top-left corner, size (screen pixels) and importance. */
export interface LabelCandidate {
  /** Identifies the label (e.g. its point index); returned by {@link placeLabels}. */
  index: number;
  /** Left edge of the label's box. */
  x: number;
  /** Top edge of the label's box (y grows downwards, as on screen). */
  y: number;
  /** Higher is placed first. */
  priority: number;
  width: number;
  height: number;
}

/**
 * Chooses labels to draw so that none overlap: greedily by descending priority (ties keep input
 * order), a label is kept when its box lies wholly inside the viewport and overlaps no kept box
 * (touching edges is fine). Kept boxes are binned into a uniform grid of cells about the average
 * label size, so each test looks only at nearby boxes: linear in the candidates after the sort.
 * Candidates with a non-finite position or size, or a size ≤ 0, are skipped. Returns the kept
 * `index` values in placement order, at most `max` of them. Arguments of the wrong type (a
 * candidate that is not an object, a field that is not a number, an `index` that is not finite)
 * are an `INVALID_ARGUMENT`.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  options: { max?: number } = {},
): number[] {
  checkCandidates(candidates);
  checkObject(viewport, 'viewport');
  checkAnyNumber(viewport.width, 'viewport.width');
  checkAnyNumber(viewport.height, 'viewport.height');
  const given = checkOptions(options).max;
  const max = given === undefined ? Infinity : checkNotNaN(given, 'options.max');
  const placed: number[] = [];
  if (max <= 0 || !(viewport.width > 0) || !(viewport.height > 0)) return placed;
  const fits = candidates.filter(
    (c) =>
      Number.isFinite(c.x) &&
      Number.isFinite(c.y) &&
      c.width > 0 &&
      c.height > 0 &&
      c.x >= 0 &&
      c.y >= 0 &&
      c.x + c.width <= viewport.width &&
      c.y + c.height <= viewport.height,
  );
  if (fits.length === 0) return placed;
  const order = fits
    .map((_, i) => i)
    .sort((a, b) => (fits[b] as LabelCandidate).priority - (fits[a] as LabelCandidate).priority || a - b);

  let sumWidth = 0;
  let sumHeight = 0;
  for (const c of fits) {
    sumWidth += c.width;
    sumHeight += c.height;
  }
  const cellWidth = Math.max(viewport.width / 1024, sumWidth / fits.length);
  const cellHeight = Math.max(viewport.height / 1024, sumHeight / fits.length);
  const columns = Math.max(1, Math.ceil(viewport.width / cellWidth));
  const rows = Math.max(1, Math.ceil(viewport.height / cellHeight));
  const cells = new Map<number, LabelCandidate[]>();
  const cellRange = (c: LabelCandidate) => [
    Math.min(columns - 1, Math.floor(c.x / cellWidth)),
    Math.min(columns - 1, Math.floor((c.x + c.width) / cellWidth)),
    Math.min(rows - 1, Math.floor(c.y / cellHeight)),
    Math.min(rows - 1, Math.floor((c.y + c.height) / cellHeight)),
  ];

  for (const i of order) {
    const c = fits[i] as LabelCandidate;
    const [c0, c1, r0, r1] = cellRange(c) as [number, number, number, number];
    let free = true;
    for (let row = r0; row <= r1 && free; row++) {
      for (let column = c0; column <= c1 && free; column++) {
        for (const other of cells.get(row * columns + column) ?? []) {
          if (
            c.x < other.x + other.width &&
            other.x < c.x + c.width &&
            c.y < other.y + other.height &&
            other.y < c.y + c.height
          ) {
            free = false;
            break;
          }
        }
      }
    }
    if (!free) continue;
    for (let row = r0; row <= r1; row++) {
      for (let column = c0; column <= c1; column++) {
        const key = row * columns + column;
        const list = cells.get(key);
        if (list) list.push(c);
        else cells.set(key, [c]);
      }
    }
    placed.push(c.index);
    if (placed.length >= max) break;
  }
  return placed;
}

/** Candidates of the documented shape: numbers everywhere (NaN positions are skipped later), a finite `index`. */
function checkCandidates(candidates: unknown): asserts candidates is readonly LabelCandidate[] {
  checkArray(candidates, 'candidates').forEach((item, i) => {
    const candidate = checkObject(item, `candidates[${i}]`);
    checkNumber(candidate.index, `candidates[${i}].index`);
    for (const key of ['x', 'y', 'priority', 'width', 'height'] as const) {
      checkAnyNumber(candidate[key], `candidates[${i}].${key}`);
    }
  });
}

/** True for characters drawn about one em wide: CJK, Hangul, fullwidth forms, most emoji. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, punctuation
    (code >= 0x3041 && code <= 0x33ff) || // kana, CJK symbols
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xa000 && code <= 0xa4cf) || // Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) || // emoji
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions B–G
  );
}

/**
 * A quick estimate of a label's width in pixels without measuring text: wide characters (CJK,
 * Hangul, fullwidth, emoji) count about 1 em, combining marks and zero-width characters nothing,
 * everything else about 0.6 em (a typical sans-serif average). `fontSize` must be a finite
 * number ≥ 0 (else `INVALID_ARGUMENT`), so the width is always a finite number.
 */
export function estimateLabelWidth(text: string, fontSize: number): number {
  checkString(text, 'text');
  checkNumber(fontSize, 'fontSize', { min: 0 });
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if ((code >= 0x0300 && code <= 0x036f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f) continue;
    ems += isWide(code) ? 1 : 0.6;
  }
  return ems * fontSize;
}
