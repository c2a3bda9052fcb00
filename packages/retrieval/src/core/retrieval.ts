import { createStore, type Store } from '@tensorscope/common';
import { fail } from './errors.js';

/** What this package shows: labelled values. Replace with the package's real data type. */
export interface RetrievalData {
  labels: readonly string[];
  values: Float64Array;
}

/**
 * The package's one input entry. Accepts `{ labels: string[], values: number[] }` or its JSON text
 * and validates it once, so everything downstream can trust it. Detection rules, in order:
 * 1. a string is parsed as JSON (`INVALID_FORMAT` when it is not JSON);
 * 2. the result must be an object with `labels` (strings) and `values` (finite numbers) of one length.
 */
export function loadRetrieval(input: unknown): RetrievalData {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (cause) {
      throw fail('INVALID_FORMAT', `The text is not JSON: ${(cause as Error).message}`, { cause });
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail('INVALID_FORMAT', 'Expected an object { labels: string[], values: number[] }.');
  }
  const { labels, values } = value as { labels?: unknown; values?: unknown };
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
    throw fail('INVALID_VALUE', '"labels" must be an array of strings.');
  }
  if (!Array.isArray(values)) throw fail('INVALID_VALUE', '"values" must be an array of numbers.');
  if (labels.length === 0) throw fail('EMPTY_INPUT', 'There is nothing to show: "labels" is empty.');
  if (labels.length !== values.length) {
    throw fail('LENGTH_MISMATCH', `${labels.length} labels but ${values.length} values.`, {
      details: { labels: labels.length, values: values.length },
    });
  }
  const numbers = new Float64Array(values.length);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw fail('INVALID_VALUE', `values[${i}] (${String(labels[i])}) is ${String(v)}, not a finite number.`);
    }
    numbers[i] = v;
  });
  return { labels: [...labels], values: numbers };
}

/** The view's state: which entry is selected. */
export interface RetrievalState {
  selected: number;
}

/** A headless controller: state in a store, actions beside it. Runs without React (Node, workers). */
export interface RetrievalController {
  store: Store<RetrievalState>;
  select(index: number): void;
  step(by: number): void;
}

export function createRetrievalController(data: RetrievalData, initial: Partial<RetrievalState> = {}): RetrievalController {
  const count = data.labels.length;
  const store = createStore<RetrievalState>({ selected: 0 });
  const select = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw fail('OUT_OF_RANGE', `Entry ${index} does not exist; there are ${count}.`);
    }
    store.setState({ selected: index });
  };
  if (initial.selected !== undefined) select(initial.selected);
  return {
    store,
    select,
    step: (by) => select((((store.getState().selected + by) % count) + count) % count),
  };
}
