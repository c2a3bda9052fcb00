import { checkBoolean, checkOneOf, checkOptions, checkString, checkStringArray } from '@tensorscope/common';
import { EmbeddingError } from './errors.js';
import { catastrophicPattern } from './regexSafety.js';

/** How a query is matched: as plain text anywhere in the label, or as a JavaScript regex. */
export type LabelSearchMode = 'substring' | 'regex';

/** Options of one {@link LabelSearch.search}. */
export interface LabelSearchOptions {
  /** `'substring'` (default) or `'regex'`. */
  mode?: LabelSearchMode;
  /** Most indices to return (default 100; `Infinity` for all). `total` still counts every match. */
  limit?: number;
  /** Match case exactly (default false: "King" finds "king"). */
  caseSensitive?: boolean;
}

/** The answer of one search. */
export interface LabelSearchResult {
  /** Indices of matching labels, best first (see {@link createLabelSearch} for the order). */
  indices: Int32Array;
  /** How many labels match in all (may exceed `indices.length`). */
  total: number;
  /**
   * Set, never thrown: `INVALID_VALUE` with no matches when the query is not a valid regex or could
   * backtrack exponentially; `TOO_LARGE` with the matches found so far when a regex search ran out
   * of its time budget ({@link REGEX_BUDGET_MS}).
   */
  error?: EmbeddingError;
}

/** A search index over a fixed list of labels. */
export interface LabelSearch {
  /** How many labels it searches. */
  readonly count: number;
  search(query: string, options?: LabelSearchOptions): LabelSearchResult;
}

const DEFAULT_LIMIT = 100;
/**
 * How long one regex search may run before it stops with the matches so far. The regex engine
 * cannot be interrupted inside one `exec`, so exponential patterns are refused up front
 * ({@link catastrophicPattern}); this budget bounds the rest (polynomial patterns over many labels),
 * checked between labels, and keeps a keystroke from freezing the page.
 */
export const REGEX_BUDGET_MS = 250;
const EXACT = 0;
const PREFIX = 1;
const OTHER = 2;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const LOOKAROUND = /\(\?<?[=!]/;

/** All labels joined by '\n'; label i spans `[starts[i], starts[i + 1] - 1)`. */
interface Haystack {
  text: string;
  /** `count + 1` entries; `starts[count] = text.length + 1`. */
  starts: Int32Array;
}

/**
 * The haystack of the labels, lower-cased or as they are. Labels with line breaks would break the
 * one-label-per-line layout: they stay empty here and are matched one by one instead.
 */
function buildHaystack(labels: readonly string[], irregular: Uint8Array, lower: boolean): Haystack & { same: boolean } {
  const parts = new Array<string>(labels.length);
  const starts = new Int32Array(labels.length + 1);
  let offset = 0;
  let same = true;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as string;
    const part = irregular[i] ? '' : lower ? label.toLowerCase() : label;
    if (part !== label && !irregular[i]) same = false;
    parts[i] = part;
    starts[i] = offset;
    offset += part.length + 1;
  }
  starts[labels.length] = offset;
  return { text: parts.join('\n'), starts, same };
}

/** The label containing text position `position`, searching from label `from` on. */
function labelAt(starts: Int32Array, position: number, from: number): number {
  let lo = from;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tierOf(start: number, end: number, labelStart: number, labelEnd: number): number {
  if (start !== labelStart) return OTHER;
  return end === labelEnd ? EXACT : PREFIX;
}

function compileRegex(pattern: string, caseSensitive: boolean): RegExp | EmbeddingError {
  const danger = catastrophicPattern(pattern);
  if (danger !== null) {
    return new EmbeddingError(
      'INVALID_VALUE',
      `The search pattern ${JSON.stringify(pattern)} could take minutes on some labels (${danger}). ` +
        'Simplify it, e.g. (a+)+ → a+, or switch to plain-text search.',
      { details: { pattern, reason: danger } },
    );
  }
  const flags = caseSensitive ? 'gm' : 'gim';
  try {
    return new RegExp(pattern, `${flags}u`);
  } catch {
    // Not valid with the 'u' flag (e.g. the harmless escape \-): try the legacy syntax.
  }
  try {
    return new RegExp(pattern, flags);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new EmbeddingError(
      'INVALID_VALUE',
      `The search pattern ${JSON.stringify(pattern)} is not a valid regular expression (${reason}). ` +
        'Expected JavaScript regex syntax, e.g. ^un.*able$, or switch to plain-text search.',
      { details: { pattern, reason }, cause },
    );
  }
}

/**
 * Builds a search over `labels` fast enough to run on every keystroke (a few milliseconds per
 * query over GloVe's 341k-word vocabulary). All labels are joined into one '\n'-separated string
 * once (plus a lower-cased copy for case-insensitive search, unless the labels are all lower-case
 * already), so a query is one `indexOf` / global-regex scan over that string, and a
 * match position maps back to its label by binary search over the label start offsets.
 *
 * Matching: `'substring'` finds the query anywhere in a label; `'regex'` runs a JavaScript regex
 * on each label on its own (`^` and `$` mean the label's start and end; the 'u' flag is used
 * when the pattern allows it). An invalid regex gives `error` (code `INVALID_VALUE`, quoting the
 * engine's reason) and no matches instead of throwing. An empty query matches every label, in
 * index order.
 *
 * Ranking: labels equal to the query come first (for a regex: whose first match spans the whole
 * label), then labels that start with it (regex: whose first match starts at the label start),
 * then the rest; ties keep label index order (for a frequency-sorted vocabulary, the more common
 * word first).
 */
export function createLabelSearch(labels: readonly string[]): LabelSearch {
  checkStringArray(labels, 'labels');
  const count = labels.length;
  const irregular = new Uint8Array(count);
  const irregularIndices: number[] = [];
  for (let i = 0; i < count; i++) {
    if (LINE_TERMINATOR.test(labels[i] as string)) {
      irregular[i] = 1;
      irregularIndices.push(i);
    }
  }
  const lowerHaystack = buildHaystack(labels, irregular, true);
  // Most vocabularies are lower-case already: then one string serves both.
  const originalHaystack: Haystack = lowerHaystack.same ? lowerHaystack : buildHaystack(labels, irregular, false);
  const matchBuffer = new Int32Array(count);
  const tierBuffer = new Uint8Array(count);

  const rank = (found: number, limit: number): Int32Array => {
    const size = Math.min(found, limit);
    const indices = new Int32Array(size);
    let written = 0;
    for (let tier = EXACT; tier <= OTHER && written < size; tier++) {
      for (let i = 0; i < found && written < size; i++) {
        if (tierBuffer[i] === tier) indices[written++] = matchBuffer[i] as number;
      }
    }
    return indices;
  };

  /** Adds the matches among labels with line breaks (rare), keeping index order. */
  const mergeIrregular = (found: number, test: (label: string) => number): number => {
    if (irregularIndices.length === 0) return found;
    const extra: [number, number][] = [];
    for (const index of irregularIndices) {
      const tier = test(labels[index] as string);
      if (tier >= 0) extra.push([index, tier]);
    }
    if (extra.length === 0) return found;
    const merged: [number, number][] = [];
    for (let i = 0; i < found; i++) merged.push([matchBuffer[i] as number, tierBuffer[i] as number]);
    merged.push(...extra);
    merged.sort((a, b) => a[0] - b[0]);
    merged.forEach(([index, tier], i) => {
      matchBuffer[i] = index;
      tierBuffer[i] = tier;
    });
    return merged.length;
  };

  const searchSubstring = (query: string, caseSensitive: boolean): number => {
    if (count === 0) return 0;
    const needle = caseSensitive ? query : query.toLowerCase();
    let found = 0;
    if (!LINE_TERMINATOR.test(needle)) {
      const { text, starts } = caseSensitive ? originalHaystack : lowerHaystack;
      let label = 0;
      let position = text.indexOf(needle, 0);
      while (position !== -1) {
        label = labelAt(starts, position, label);
        const labelStart = starts[label] as number;
        const next = starts[label + 1] as number;
        if (!irregular[label]) {
          matchBuffer[found] = label;
          tierBuffer[found] = tierOf(position, position + needle.length, labelStart, next - 1);
          found++;
        }
        if (next >= text.length) break;
        position = text.indexOf(needle, next);
      }
    }
    return mergeIrregular(found, (label) => {
      const text = caseSensitive ? label : label.toLowerCase();
      const at = text.indexOf(needle);
      return at === -1 ? -1 : tierOf(at, at + needle.length, 0, text.length);
    });
  };

  let outOfTime = false;
  const searchRegex = (regex: RegExp): number => {
    outOfTime = false;
    if (count === 0) return 0;
    const started = performance.now();
    const late = () => (outOfTime ||= performance.now() - started > REGEX_BUDGET_MS);
    const { text, starts } = originalHaystack;
    // One label at a time: no 'g' (restart at 0) and no 'm' (^ and $ are the label's ends).
    const single = new RegExp(regex.source, regex.flags.replace(/[gm]/g, ''));
    const firstMatchTier = (label: string): number => {
      const match = single.exec(label);
      return match === null ? -1 : tierOf(match.index, match.index + match[0].length, 0, label.length);
    };
    const verify = LOOKAROUND.test(regex.source);
    let found = 0;
    let label = 0;
    regex.lastIndex = 0;
    for (;;) {
      if (late()) break;
      const match = regex.exec(text);
      if (match === null) break;
      label = labelAt(starts, match.index, label);
      const labelStart = starts[label] as number;
      const next = starts[label + 1] as number;
      const end = match.index + match[0].length;
      if (end >= next) {
        // The match crossed into the next label ([^x]* or \s ate a '\n'): such a pattern would
        // rescan the text from every label, so decide every remaining label on its own.
        for (; label < count && !late(); label++) {
          const tier = irregular[label] ? -1 : firstMatchTier(labels[label] as string);
          if (tier >= 0) {
            matchBuffer[found] = label;
            tierBuffer[found] = tier;
            found++;
          }
        }
        break;
      }
      if (!irregular[label]) {
        // A lookaround may have peeked past the label: then the label alone decides.
        const tier = verify ? firstMatchTier(labels[label] as string) : tierOf(match.index, end, labelStart, next - 1);
        if (tier >= 0) {
          matchBuffer[found] = label;
          tierBuffer[found] = tier;
          found++;
        }
      }
      if (next > text.length) break;
      regex.lastIndex = next;
    }
    return mergeIrregular(found, firstMatchTier);
  };

  return {
    count,
    search(query, rawOptions) {
      checkString(query, 'query');
      const options = checkOptions(rawOptions);
      if (options.mode !== undefined) checkOneOf(options.mode, 'options.mode', ['substring', 'regex'] as const);
      if (options.caseSensitive !== undefined) checkBoolean(options.caseSensitive, 'options.caseSensitive');
      const limit = options.limit ?? DEFAULT_LIMIT;
      if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) {
        throw new EmbeddingError(
          'INVALID_VALUE',
          `Search limit must be a whole number ≥ 0 or Infinity, got ${limit}.`,
          {
            details: { limit },
          },
        );
      }
      const caseSensitive = options.caseSensitive ?? false;
      if (query === '') {
        const size = Math.min(count, limit);
        const indices = new Int32Array(size);
        for (let i = 0; i < size; i++) indices[i] = i;
        return { indices, total: count };
      }
      if (options.mode === 'regex') {
        const regex = compileRegex(query, caseSensitive);
        if (regex instanceof EmbeddingError) return { indices: new Int32Array(0), total: 0, error: regex };
        const found = searchRegex(regex);
        const result: LabelSearchResult = { indices: rank(found, limit), total: found };
        if (outOfTime) {
          result.error = new EmbeddingError(
            'TOO_LARGE',
            `The search pattern ${JSON.stringify(query)} took over ${REGEX_BUDGET_MS} ms; the matches shown are the ones found so far.`,
            { details: { pattern: query, budgetMs: REGEX_BUDGET_MS } },
          );
        }
        return result;
      }
      const found = searchSubstring(query, caseSensitive);
      return { indices: rank(found, limit), total: found };
    },
  };
}
