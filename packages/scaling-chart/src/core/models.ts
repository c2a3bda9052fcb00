import { describeValue, checkArray, checkOneOf, checkString } from '@tensorscope/common';
import { fail } from './errors.js';
import { isPositiveNumber, isSourceUrl, sourcedValueProblem, SOURCE_STATUSES } from './sourced.js';
import type { SourcedValue, SourceStatus } from './sourced.js';

export type { SourcedValue, SourceStatus } from './sourced.js';

/** A notable AI model: its size, its training data and compute, and where each number comes from. */
export interface ModelRecord {
  name: string;
  /** Release or publication date, ISO `YYYY-MM-DD`. */
  date: string;
  organisation: string;
  /** Total parameters, or `null` when the developer has not disclosed them. */
  parameters: number | null;
  /** Parameters active per token, for mixture-of-experts models. */
  activeParameters?: number;
  /** Status of the parameter count (for `null`: of the statement that it is undisclosed). */
  status: SourceStatus;
  /** URL of the source for the parameter count. */
  source: string;
  /** Tokens seen in training; `null` when not disclosed. */
  trainingTokens?: SourcedValue | null;
  /** Total training compute in FLOP; `null` when no figure is published. */
  trainingFlops?: SourcedValue | null;
  note?: string;
}

/** The numeric facts a chart can need from a model row. */
export type ModelValueKey = 'parameters' | 'trainingTokens' | 'trainingFlops';
const MODEL_VALUE_KEYS: readonly ModelValueKey[] = ['parameters', 'trainingTokens', 'trainingFlops'];

/** A row that could not be plotted, and why. */
export interface SkippedRow {
  /** Position in the input array. */
  index: number;
  name: string;
  /** English sentence naming the problem. */
  reason: string;
}

/** The outcome of {@link validateModels}. */
export interface ValidatedModels {
  /** Rows with every needed value present and valid. */
  models: ModelRecord[];
  /** Rows with a missing, negative or non-finite value, an invalid date or no source. */
  skipped: SkippedRow[];
  /** Valid rows whose needed value is `null` (not disclosed), to be listed rather than plotted. */
  undisclosed: ModelRecord[];
}

/**
 * Checks model rows for a chart that needs `needs` (default: the parameter count). Keeps the good
 * rows, lists the skipped ones with a reason each, and sets aside rows whose value is `null`
 * (not disclosed). A bad row never throws; `rows` that is not an array, or an unknown `needs` key,
 * is an `INVALID_ARGUMENT` error.
 */
export function validateModels(
  rows: readonly ModelRecord[],
  needs: readonly ModelValueKey[] = ['parameters'],
): ValidatedModels {
  checkArray(rows, 'rows');
  checkArray(needs, 'needs').forEach((key, i) => checkOneOf(key, `needs[${i}]`, MODEL_VALUE_KEYS));
  const models: ModelRecord[] = [];
  const skipped: SkippedRow[] = [];
  const undisclosed: ModelRecord[] = [];
  rows.forEach((row, index) => {
    const reason = problemWith(row, needs);
    if (reason) {
      skipped.push({ index, name: typeof row?.name === 'string' && row.name ? row.name : `#${index + 1}`, reason });
    } else if (needs.some((key) => row[key] === null)) {
      undisclosed.push(row);
    } else {
      models.push(row);
    }
  });
  return { models, skipped, undisclosed };
}

function problemWith(row: ModelRecord | null | undefined, needs: readonly ModelValueKey[]): string | null {
  if (!row || typeof row !== 'object') return 'not an object';
  if (typeof row.name !== 'string' || row.name.trim() === '') return 'missing name';
  if (!isIsoDate(row.date)) return `invalid date ${describeValue(row.date)} (expected YYYY-MM-DD)`;
  if (typeof row.organisation !== 'string') return 'organisation must be a string';
  if (row.note !== undefined && typeof row.note !== 'string') return 'note must be a string';
  if (row.parameters === undefined && needs.includes('parameters')) return 'missing parameters';
  if (row.parameters !== null && row.parameters !== undefined && !isPositiveNumber(row.parameters)) {
    return `parameters must be a positive number (got ${describeValue(row.parameters)})`;
  }
  if (
    row.activeParameters !== undefined &&
    (!isPositiveNumber(row.activeParameters) ||
      (typeof row.parameters === 'number' && row.activeParameters > row.parameters))
  ) {
    return 'activeParameters must be positive and at most parameters';
  }
  if (!SOURCE_STATUSES.includes(row.status)) return `unknown status ${describeValue(row.status)}`;
  if (!isSourceUrl(row.source)) return 'source must be an http(s) URL';
  for (const key of ['trainingTokens', 'trainingFlops'] as const) {
    const value = row[key];
    if (value === undefined) {
      if (needs.includes(key)) return `missing ${key}`;
    } else if (value !== null) {
      const problem = sourcedValueProblem(key, value);
      if (problem) return problem;
    }
  }
  return null;
}

/** True for an ISO `YYYY-MM-DD` date that exists on the calendar (rejects 2021-02-31). */
export function isIsoDate(date: unknown): date is string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

/**
 * Parses an ISO `YYYY-MM-DD` date as a UTC timestamp. Throws `INVALID_ARGUMENT` for a non-string and
 * `INVALID_VALUE` for a date that is malformed or not on the calendar (2023-02-30 is not March 2).
 */
export function parseDate(date: string): number {
  const text = checkString(date, 'date');
  const shown = text.slice(0, 40);
  if (!isIsoDate(text)) {
    throw fail('INVALID_VALUE', `Invalid date "${shown}" (expected a real YYYY-MM-DD date).`, {
      details: { field: 'date', value: shown },
    });
  }
  return Date.parse(`${text}T00:00:00Z`);
}
