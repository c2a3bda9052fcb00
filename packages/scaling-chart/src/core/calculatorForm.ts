import type { Locale } from '@tensorscope/common';
import type { AcceleratorRecord } from './accelerators.js';
import { relativeDifference, type TrainingRunEstimate, type TrainingRunInput } from './calculator.js';
import { formatCount } from './formatCount.js';
import { parseCount } from './parseCount.js';

/** What the form needs of a published run (`TrainingRunPreset` in the data layer is one). */
export interface CalculatorPreset {
  accelerator: string;
  input: TrainingRunInput;
  published: { quantity: 'wallClockDays' | 'acceleratorHours'; value: number };
  tolerance: number;
}

/** The calculator's fields as typed (text, so a half-typed value stays as it is). */
export interface CalculatorFields {
  parameters: string;
  tokens: string;
  accelerator: string;
  count: string;
  utilisation: string;
}
export type CalculatorFieldName = keyof CalculatorFields;

/** Why a field is invalid; the view turns it into a message in the reader's language. */
export type CalculatorFieldProblem = 'count' | 'accelerator' | 'integer' | 'percent';

/** The fields that reproduce a preset, with counts written the way the locale writes them. */
export function fieldsFromPreset(preset: CalculatorPreset, locale: Locale): CalculatorFields {
  return {
    parameters: formatCount(preset.input.parameters, locale),
    tokens: formatCount(preset.input.tokens, locale),
    accelerator: preset.accelerator,
    count: String(preset.input.accelerators),
    utilisation: String(Number((preset.input.utilisation * 100).toFixed(2))),
  };
}

export interface ParsedCalculatorFields {
  /** The run to estimate, or null while a field is invalid. */
  input: TrainingRunInput | null;
  /** The chosen accelerator (null when it is not in the list). */
  chip: AcceleratorRecord | null;
  problems: Partial<Record<CalculatorFieldName, CalculatorFieldProblem>>;
}

const positive = (value: number) => value > 0 && Number.isFinite(value);

/**
 * Reads the typed fields: counts like "175B" or "1,750억", a whole number of accelerators, a
 * utilisation percentage in (0, 100] (a decimal comma is accepted), and an accelerator with a dense
 * FP16/BF16 figure.
 */
export function parseCalculatorFields(
  fields: CalculatorFields,
  chips: readonly AcceleratorRecord[],
): ParsedCalculatorFields {
  const parameters = parseCount(fields.parameters);
  const tokens = parseCount(fields.tokens);
  const count = parseCount(fields.count);
  const utilisation = Number(fields.utilisation.replace(',', '.')) / 100;
  const chip = chips.find((c) => c.name === fields.accelerator) ?? null;
  const problems: ParsedCalculatorFields['problems'] = {};
  if (!positive(parameters)) problems.parameters = 'count';
  if (!positive(tokens)) problems.tokens = 'count';
  if (!chip) problems.accelerator = 'accelerator';
  if (!Number.isInteger(count) || count < 1) problems.count = 'integer';
  if (!(utilisation > 0 && utilisation <= 1)) problems.utilisation = 'percent';
  const input =
    Object.keys(problems).length === 0 && chip?.fp16
      ? { parameters, tokens, peakTflops: chip.fp16.value, accelerators: count, utilisation }
      : null;
  return { input, chip, problems };
}

/** How an estimate compares with the preset's published outcome. */
export function checkAgainstPublished(
  preset: CalculatorPreset,
  estimate: TrainingRunEstimate,
): { ours: number; published: number; difference: number; reproduced: boolean } {
  const { quantity, value } = preset.published;
  const ours = estimate[quantity];
  const difference = relativeDifference(ours, value);
  return { ours, published: value, difference, reproduced: Math.abs(difference) <= preset.tolerance };
}
