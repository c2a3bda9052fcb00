import { readFilterShape, type ColumnFilters } from './crossFilter.js';
import { EmbeddingError } from './errors.js';
import { viewStateError } from './viewStateError.js';

/** How the vectors are laid out in the plot. */
export type ProjectionState =
  | { kind: 'pca'; components: [number, number, number] }
  | { kind: 'umap'; seed: number; neighbors: number; minDist: number }
  | { kind: 'tsne'; seed: number; perplexity: number }
  | { kind: 'axes'; x: [string, string]; y?: [string, string] }
  | { kind: 'precomputed' };

/** The similarity used for nearest neighbours. */
export type NeighborMetric = 'cosine' | 'euclidean' | 'dot';

/** Where the camera is. */
export interface CameraState {
  position: [number, number, number];
  target: [number, number, number];
  zoom: number;
}

/** Everything needed to restore an explorer view, e.g. from a shared link. */
export interface EmbeddingViewState {
  projection: ProjectionState;
  mode: '2d' | '3d';
  camera?: CameraState;
  /** Indices of the selected points. */
  selection: number[];
  /** Name of the metadata column the points are coloured by. */
  colorBy?: string;
  metric: NeighborMetric;
  /** How many nearest neighbours to list (1–100). */
  k: number;
  /** The text in the search box. */
  search?: string;
  /** The query-by-meaning text (a word or short phrase, at most 500 characters). */
  meaning?: string;
  /** Metadata filters by column: category values to keep, or a number range `[min, max]` to keep. */
  filters?: ColumnFilters;
  /** Draw density contours (2-D: over the points; 3-D: on the floor plane under them). */
  density?: boolean;
  /** Show automatic cluster labels (coarse at the default zoom, finer when zoomed in). */
  clusterLabels?: boolean;
}

/** The view a fresh explorer opens with. */
export const DEFAULT_VIEW_STATE: Readonly<EmbeddingViewState> = Object.freeze<EmbeddingViewState>({
  projection: { kind: 'pca', components: [0, 1, 2] },
  mode: '3d',
  selection: [],
  metric: 'cosine',
  k: 10,
});

const FORMAT_VERSION = 1;
/** Deepest nesting a view state needs is 3 (`camera.position[0]`); links are refused well before a parser's stack runs out. */
export const MAX_VIEW_STATE_DEPTH = 8;
/** Longest view-state text read (a link with a selection of ~10,000 points fits). */
export const MAX_VIEW_STATE_LENGTH = 200_000;

/** The deepest `[`/`{` nesting in JSON text (strings skipped), stopping once it passes `limit`. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92)
        i++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (char === 93 || char === 125) depth--;
  }
  return deepest;
}

/** The nesting depth of a value (arrays and objects), stopping once it passes `limit`; iterative. */
function valueDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth > deepest && (deepest = depth) > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

const tooDeep = (depth: number) =>
  new EmbeddingError(
    'INVALID_VALUE',
    `The view state is nested more than ${MAX_VIEW_STATE_DEPTH} levels deep (a view state needs 3); the link is not a view state.`,
    { details: { field: '(root)', depth, max: MAX_VIEW_STATE_DEPTH } },
  );
const STATE_KEYS = [
  'projection',
  'mode',
  'camera',
  'selection',
  'colorBy',
  'metric',
  'k',
  'search',
  'meaning',
  'filters',
  'density',
  'clusterLabels',
] as const;
/** The longest meaning query (in characters): a phrase, not a document. */
export const MEANING_MAX_LENGTH = 500;
const REQUIRED_KEYS = ['projection', 'mode', 'selection', 'metric', 'k'] as const;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64URL[a >> 2];
    out += BASE64URL[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += BASE64URL[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += BASE64URL[c & 63];
  }
  return out;
}

function base64urlDecode(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      'The view state is neither JSON nor base64url text (expected only A–Z, a–z, 0–9, "-" and "_").',
      { details: { length: text.length } },
    );
  }
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let written = 0;
  for (const char of text) {
    buffer = (buffer << 6) | BASE64URL.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 255;
    }
  }
  return bytes;
}

const invalid = viewStateError;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `View state has an unknown field "${where}${key}"; expected only ${allowed.map((k) => `"${where}${k}"`).join(', ')}.`,
        { details: { field: `${where}${key}` } },
      );
    }
  }
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw invalid(field, `a whole number ${range}`, value);
  }
  return value;
}

function finite(value: unknown, field: string, min = -Infinity, max = Infinity, exclusiveMin = false): number {
  const ok =
    typeof value === 'number' && Number.isFinite(value) && (exclusiveMin ? value > min : value >= min) && value <= max;
  if (!ok) {
    const range =
      min === -Infinity
        ? 'a finite number'
        : max === Infinity
          ? `a number ${exclusiveMin ? '>' : '≥'} ${min}`
          : `a number from ${min} to ${max}`;
    throw invalid(field, range, value);
  }
  return value;
}

function string(value: unknown, field: string, nonEmpty = false): string {
  if (typeof value !== 'string' || (nonEmpty && value === '')) {
    throw invalid(field, nonEmpty ? 'a non-empty string' : 'a string', value);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, field: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw invalid(field, `one of ${options.map((o) => `"${o}"`).join(', ')}`, value);
  }
  return value as T;
}

function tuple(value: unknown, field: string, length: number): unknown[] {
  if (!Array.isArray(value) || value.length !== length) throw invalid(field, `an array of ${length} items`, value);
  return value;
}

function labelPair(value: unknown, field: string): [string, string] {
  const [from, to] = tuple(value, field, 2);
  return [string(from, `${field}[0]`, true), string(to, `${field}[1]`, true)];
}

function vector3(value: unknown, field: string): [number, number, number] {
  const items = tuple(value, field, 3);
  return [finite(items[0], `${field}[0]`), finite(items[1], `${field}[1]`), finite(items[2], `${field}[2]`)];
}

function parseProjection(value: unknown): ProjectionState {
  if (!isRecord(value)) throw invalid('projection', 'an object with a "kind"', value);
  const kind = oneOf(value.kind, 'projection.kind', ['pca', 'umap', 'tsne', 'axes', 'precomputed'] as const);
  const seed = () => integer(value.seed, 'projection.seed', 0, 2 ** 32 - 1);
  switch (kind) {
    case 'pca': {
      checkKeys(value, ['kind', 'components'], 'projection.');
      const items = tuple(value.components, 'projection.components', 3);
      const components = items.map((c, i) => integer(c, `projection.components[${i}]`, 0, 10_000)) as [
        number,
        number,
        number,
      ];
      if (new Set(components).size !== 3) {
        throw invalid('projection.components', 'three different principal components', components);
      }
      return { kind, components };
    }
    case 'umap':
      checkKeys(value, ['kind', 'seed', 'neighbors', 'minDist'], 'projection.');
      return {
        kind,
        seed: seed(),
        neighbors: integer(value.neighbors, 'projection.neighbors', 2, 200),
        minDist: finite(value.minDist, 'projection.minDist', 0, 1),
      };
    case 'tsne':
      checkKeys(value, ['kind', 'seed', 'perplexity'], 'projection.');
      return { kind, seed: seed(), perplexity: finite(value.perplexity, 'projection.perplexity', 2, 100) };
    case 'axes': {
      checkKeys(value, ['kind', 'x', 'y'], 'projection.');
      const x = labelPair(value.x, 'projection.x');
      return value.y === undefined ? { kind, x } : { kind, x, y: labelPair(value.y, 'projection.y') };
    }
    case 'precomputed':
      checkKeys(value, ['kind'], 'projection.');
      return { kind };
  }
}

function parseCamera(value: unknown): CameraState {
  if (!isRecord(value)) throw invalid('camera', 'an object', value);
  checkKeys(value, ['position', 'target', 'zoom'], 'camera.');
  return {
    position: vector3(value.position, 'camera.position'),
    target: vector3(value.target, 'camera.target'),
    zoom: finite(value.zoom, 'camera.zoom', 0, Infinity, true),
  };
}

function parseSelection(value: unknown): number[] {
  if (!Array.isArray(value)) throw invalid('selection', 'an array of point indices', value);
  const seen = new Set<number>();
  return value.map((item, i) => {
    const index = integer(item, `selection[${i}]`, 0, 2 ** 31 - 1);
    if (seen.has(index)) throw invalid(`selection[${i}]`, 'a point not already selected', index);
    seen.add(index);
    return index;
  });
}

/** `{ [column]: { values } | { range } }`; the columns are checked against the data by `checkInitialView`. */
function parseFilters(value: unknown): ColumnFilters {
  if (!isRecord(value)) throw invalid('filters', 'an object of column filters', value);
  // fromEntries defines own properties, so a column named "__proto__" stays a column.
  return Object.fromEntries(
    Object.entries(value).map(([column, filter]) => [column, readFilterShape(filter, `filters.${column}`)]),
  );
}

/**
 * Checks a parsed view state field by field and returns a clean copy; a missing required field
 * takes its value from {@link DEFAULT_VIEW_STATE}. Throws `EmbeddingError('INVALID_VALUE')` naming
 * the first bad field (e.g. `"k" must be a whole number from 1 to 100, got 0`). Ranges: UMAP
 * neighbours 2–200 and min-dist 0–1; t-SNE perplexity 2–100 (the Embedding Projector's range);
 * seeds are unsigned 32-bit integers; selection indices distinct and ≥ 0; camera zoom > 0.
 */
export function validateViewState(value: unknown): EmbeddingViewState {
  // One list of field checks: the partial validator's, with the defaults filling the required fields.
  const { projection, mode, selection, metric, k, ...optional } = validatePartialViewState(value);
  return {
    projection: projection ?? parseProjection(DEFAULT_VIEW_STATE.projection),
    mode: mode ?? DEFAULT_VIEW_STATE.mode,
    selection: selection ?? [],
    metric: metric ?? DEFAULT_VIEW_STATE.metric,
    k: k ?? DEFAULT_VIEW_STATE.k,
    ...optional,
  };
}

/**
 * Checks the fields a partial view state has (an `initialState` prop, a fallback view) as
 * {@link validateViewState} does, without filling in the missing ones: returns a clean copy of
 * the fields that are there (`undefined` ones are left out). Throws the same errors.
 */
export function validatePartialViewState(value: unknown): Partial<EmbeddingViewState> {
  if (!isRecord(value)) throw invalid('(root)', 'an object', value);
  const depth = valueDepth(value, MAX_VIEW_STATE_DEPTH);
  if (depth > MAX_VIEW_STATE_DEPTH) throw tooDeep(depth);
  if (value.v !== undefined && value.v !== FORMAT_VERSION) {
    throw invalid('v', `format version ${FORMAT_VERSION} (this view was saved by a newer version)`, value.v);
  }
  const fields = Object.fromEntries(Object.entries(value).filter(([key, field]) => key !== 'v' && field !== undefined));
  checkKeys(fields, STATE_KEYS, '');
  const state: Partial<EmbeddingViewState> = {};
  if (fields.projection !== undefined) state.projection = parseProjection(fields.projection);
  if (fields.mode !== undefined) state.mode = oneOf(fields.mode, 'mode', ['2d', '3d'] as const);
  if (fields.camera !== undefined) state.camera = parseCamera(fields.camera);
  if (fields.selection !== undefined) state.selection = parseSelection(fields.selection);
  if (fields.colorBy !== undefined) state.colorBy = string(fields.colorBy, 'colorBy', true);
  if (fields.metric !== undefined)
    state.metric = oneOf(fields.metric, 'metric', ['cosine', 'euclidean', 'dot'] as const);
  if (fields.k !== undefined) state.k = integer(fields.k, 'k', 1, 100);
  if (fields.search !== undefined) state.search = string(fields.search, 'search');
  if (fields.meaning !== undefined) state.meaning = string(fields.meaning, 'meaning');
  if (state.meaning !== undefined && state.meaning.length > MEANING_MAX_LENGTH) {
    throw invalid('meaning', `a word or short phrase of at most ${MEANING_MAX_LENGTH} characters`, state.meaning);
  }
  if (fields.filters !== undefined) state.filters = parseFilters(fields.filters);
  for (const key of ['density', 'clusterLabels'] as const) {
    if (fields[key] === undefined) continue;
    if (typeof fields[key] !== 'boolean') throw invalid(key, 'true or false', fields[key]);
    state[key] = fields[key];
  }
  return state;
}

/**
 * Writes a view state as compact, URL-safe text (for a link's `#view=` or `?view=`): JSON of the
 * fields that differ from {@link DEFAULT_VIEW_STATE}, with a format version, UTF-8 encoded and
 * then base64url encoded (no padding). Validates first, so it never writes what
 * {@link parseViewState} would reject. `-0` is written as `0`.
 */
export function serializeViewState(state: EmbeddingViewState): string {
  const clean = validateViewState(state);
  const compact: Record<string, unknown> = { v: FORMAT_VERSION };
  for (const key of STATE_KEYS) {
    const value = clean[key];
    if (value === undefined) continue;
    const isDefault =
      (REQUIRED_KEYS as readonly string[]).includes(key) &&
      JSON.stringify(value) === JSON.stringify(DEFAULT_VIEW_STATE[key as (typeof REQUIRED_KEYS)[number]]);
    if (!isDefault) compact[key] = value;
  }
  return base64urlEncode(new TextEncoder().encode(JSON.stringify(compact)));
}

/**
 * Reads a view state written by {@link serializeViewState} (or plain JSON text), validating every field (see {@link validateViewState}). Throws
 * `EmbeddingError('INVALID_VALUE')` that names the bad field, or says why the text is unreadable.
 */
export function parseViewState(text: string): EmbeddingViewState {
  if (typeof text !== 'string') throw invalid('(root)', 'view-state text', text);
  if (text.length > MAX_VIEW_STATE_LENGTH) {
    throw new EmbeddingError(
      'TOO_LARGE',
      `The view state is ${text.length} characters long; at most ${MAX_VIEW_STATE_LENGTH} are read.`,
      { details: { length: text.length, max: MAX_VIEW_STATE_LENGTH } },
    );
  }
  const trimmed = text.trim();
  let json = trimmed;
  if (!/^[[{]/.test(trimmed)) {
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(base64urlDecode(trimmed));
    } catch (cause) {
      if (cause instanceof EmbeddingError) throw cause;
      throw new EmbeddingError(
        'INVALID_VALUE',
        'The view state does not decode to UTF-8 text; the link may be cut short.',
        {
          cause,
        },
      );
    }
  }
  // Checked before parsing: deep nesting overflows the stack of the parser and of every walk after it.
  const depth = jsonDepth(json, MAX_VIEW_STATE_DEPTH);
  if (depth > MAX_VIEW_STATE_DEPTH) throw tooDeep(depth);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new EmbeddingError(
      'INVALID_VALUE',
      `The view state is not valid JSON (${reason}); the link may be cut short.`,
      {
        cause,
      },
    );
  }
  return validateViewState(value);
}
