import { TensorscopeError } from '@tensorscope/common';

/** How sure a value is: stated by its developer, worked out by a third party, or leaked/second-hand. */
export type SourceStatus = 'official' | 'estimate' | 'rumour';

/** A notable AI model with its parameter count and where that number comes from. */
export interface ModelRecord {
  name: string;
  /** Release or publication date, ISO `YYYY-MM-DD`. */
  date: string;
  organisation: string;
  /** Total parameters. */
  parameters: number;
  /** Parameters active per token, for mixture-of-experts models. */
  activeParameters?: number;
  status: SourceStatus;
  /** URL of the source for the parameter count. */
  source: string;
  note?: string;
}

/** A row that could not be plotted, and why. */
export interface SkippedRow {
  index: number;
  name: string;
  reason: string;
}

/** Checks model rows, keeping the good ones and listing the skipped ones with a reason each. */
export function validateModels(rows: readonly ModelRecord[]): { models: ModelRecord[]; skipped: SkippedRow[] } {
  const models: ModelRecord[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach((row, index) => {
    const reason = problemWith(row);
    if (reason)
      skipped.push({ index, name: typeof row?.name === 'string' && row.name ? row.name : `#${index + 1}`, reason });
    else models.push(row);
  });
  return { models, skipped };
}

function problemWith(row: ModelRecord | null | undefined): string | null {
  if (!row || typeof row !== 'object') return 'not an object';
  if (typeof row.name !== 'string' || row.name.trim() === '') return 'missing name';
  if (typeof row.parameters !== 'number' || !Number.isFinite(row.parameters) || row.parameters <= 0) {
    return `parameters must be a positive number (got ${String(row.parameters)})`;
  }
  if (
    row.activeParameters !== undefined &&
    (!Number.isFinite(row.activeParameters) || row.activeParameters <= 0 || row.activeParameters > row.parameters)
  ) {
    return 'activeParameters must be positive and at most parameters';
  }
  if (typeof row.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(row.date) || Number.isNaN(Date.parse(row.date))) {
    return `invalid date "${String(row.date)}" (expected YYYY-MM-DD)`;
  }
  return null;
}

/** Parses an ISO date as a UTC timestamp; throws a `TensorscopeError` for invalid dates. */
export function parseDate(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new TensorscopeError('INVALID_VALUE', `Invalid date "${date}".`);
  return time;
}
