import { describeValue } from '@tensorscope/common';
/** How sure a value is: stated by its developer, worked out by a third party, or leaked/second-hand. */
export type SourceStatus = 'official' | 'estimate' | 'rumour';

/** Epoch AI's own confidence label for an estimate, where it gives one. */
export type EpochConfidence = 'confident' | 'likely' | 'speculative';

export const SOURCE_STATUSES: readonly SourceStatus[] = ['official', 'estimate', 'rumour'];
const EPOCH_CONFIDENCES: readonly EpochConfidence[] = ['confident', 'likely', 'speculative'];

/** A number together with where it comes from and how sure it is. */
export interface SourcedValue {
  value: number;
  status: SourceStatus;
  /** URL of the source (https). */
  source: string;
  /** True when the value is computed from cited inputs (e.g. 6·N·D) and was not published as such. */
  derived?: boolean;
  /** Lower end of a published range or confidence interval. */
  low?: number;
  /** Upper end of a published range, confidence interval or upper bound. */
  high?: number;
  /** Epoch AI's confidence label, for Epoch estimates. */
  confidence?: EpochConfidence;
  note?: string;
}

/** Why a sourced value is unusable, or null when it is fine. `field` names it in the message. */
export function sourcedValueProblem(field: string, value: unknown): string | null {
  if (!value || typeof value !== 'object') return `${field} must be an object with value, status and source`;
  const v = value as Partial<SourcedValue>;
  if (!isPositiveNumber(v.value)) return `${field} must be a positive number (got ${describeValue(v.value)})`;
  if (!SOURCE_STATUSES.includes(v.status as SourceStatus)) return `${field}: unknown status ${describeValue(v.status)}`;
  if (!isSourceUrl(v.source)) return `${field}: source must be an http(s) URL`;
  if (v.low !== undefined && (!isPositiveNumber(v.low) || v.low > v.value)) {
    return `${field}: low must be positive and at most the value`;
  }
  if (v.high !== undefined && (!isPositiveNumber(v.high) || v.high < v.value)) {
    return `${field}: high must be at least the value`;
  }
  if (v.note !== undefined && typeof v.note !== 'string') return `${field}: note must be a string`;
  if (v.derived !== undefined && typeof v.derived !== 'boolean') return `${field}: derived must be true or false`;
  if (v.confidence !== undefined && !EPOCH_CONFIDENCES.includes(v.confidence)) {
    return `${field}: unknown confidence ${describeValue(v.confidence)}`;
  }
  return null;
}

/** A finite number above zero. */
export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** An absolute http(s) URL. */
export function isSourceUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
}
