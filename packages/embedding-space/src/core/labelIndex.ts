import { checkArray, checkObject, checkOptions, checkString, checkStringArray } from '@tensorscope/common';
import { checkLabelMap, checkNotNaN, optionalBoolean } from './args.js';
import { EmbeddingError } from './errors.js';

/**
 * A map from label to the index of its vector. When a label occurs more than once (GloVe and
 * fastText files do have duplicates), the first occurrence wins, as in gensim's `key_to_index`.
 */
export function labelIndex(labels: readonly string[]): Map<string, number> {
  checkArray(labels, 'labels');
  const index = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as string;
    if (!index.has(label)) index.set(label, i);
  }
  return index;
}

/** Options of {@link findLabel}. */
export interface FindLabelOptions {
  /** Also match ignoring case (`toLowerCase`) when there is no exact match. Default `false`. */
  caseInsensitive?: boolean;
}

const exactIndexes = new WeakMap<readonly string[], Map<string, number>>();
const foldedIndexes = new WeakMap<readonly string[], Map<string, number>>();

function cachedIndex(
  cache: WeakMap<readonly string[], Map<string, number>>,
  labels: readonly string[],
  key: (label: string) => string,
): Map<string, number> {
  let index = cache.get(labels);
  if (!index) {
    index = labelIndex(key === identity ? labels : labels.map(key));
    cache.set(labels, index);
  }
  return index;
}

const identity = (label: string) => label;
// A label that is not a string (data built by hand) keeps its own key: it matches no query.
const fold = (label: string) => (typeof label === 'string' ? label.toLowerCase() : label);

/**
 * The row of `label` in `data`, or `undefined`. The one word lookup of the package and its callers,
 * with one rule for duplicates (GloVe and fastText files have some): the **first** occurrence wins,
 * and an exact match wins over a case-folded one — with `caseInsensitive`, `"Apple"` finds the row
 * labelled `"Apple"` if there is one, else the first row whose label lower-cases to `"apple"`.
 * The label maps are built once per `labels` array and cached.
 */
export function findLabel(
  data: { readonly labels: readonly string[] },
  label: string,
  options: FindLabelOptions = {},
): number | undefined {
  checkArray(checkObject(data, 'data').labels, 'data.labels');
  checkString(label, 'label');
  const caseInsensitive = optionalBoolean(checkOptions(options).caseInsensitive, 'options.caseInsensitive');
  const exact = cachedIndex(exactIndexes, data.labels, identity).get(label);
  if (exact !== undefined || !caseInsensitive) return exact;
  return cachedIndex(foldedIndexes, data.labels, fold).get(fold(label));
}

/**
 * Up to `max` labels spelt like `query`: first those equal to it ignoring case, then those that
 * start with it ignoring case, then — when there are none — those that start with ever shorter
 * prefixes of it (at least two characters), so `"kingg"` suggests `"king"`. In label order.
 */
export function suggestLabels(labels: readonly string[], query: string, max = 3): string[] {
  checkStringArray(labels, 'labels');
  checkString(query, 'query');
  checkNotNaN(max, 'max');
  return suggest(labels, query, max);
}

/** {@link suggestLabels} on checked arguments; labels that are not strings are passed over. */
function suggest(labels: readonly string[], query: string, max: number): string[] {
  const lower = query.toLowerCase();
  if (max <= 0 || lower.length === 0) return [];
  const found: string[] = [];
  const seen = new Set<string>();
  const take = (predicate: (candidate: string) => boolean): void => {
    for (let i = 0; i < labels.length && found.length < max; i++) {
      const label = labels[i] as string;
      if (typeof label === 'string' && !seen.has(label) && label !== query && predicate(label.toLowerCase())) {
        seen.add(label);
        found.push(label);
      }
    }
  };
  take((candidate) => candidate === lower);
  take((candidate) => candidate.startsWith(lower));
  for (let length = lower.length - 1; found.length === 0 && length >= 2; length--) {
    const prefix = lower.slice(0, length);
    take((candidate) => candidate.startsWith(prefix));
  }
  return found;
}

/**
 * The index of `label`, or an `EmbeddingError('INVALID_VALUE')` that names the label, says what
 * it was needed for (`role`, e.g. "the x axis start") and suggests up to three near spellings.
 */
export function resolveLabel(
  labels: readonly string[],
  index: ReadonlyMap<string, number>,
  label: string,
  role = 'label',
): number {
  checkArray(labels, 'labels');
  checkLabelMap(index, 'index');
  checkString(label, 'label');
  checkString(role, 'role');
  const found = index.get(label);
  if (found !== undefined) return found;
  const suggestions = suggest(labels, label, 3);
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?`
      : ' Expected one of the loaded labels (labels are case-sensitive).';
  throw new EmbeddingError(
    'INVALID_VALUE',
    `Unknown ${role} ${JSON.stringify(label)}: no point has this label.${hint}`,
    {
      details: { label, role, suggestions },
    },
  );
}
