'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { Input, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useId, useMemo, useState, type CSSProperties } from 'react';
import { CalculationSteps } from './calculator/CalculationSteps.js';
import { CalculatorField } from './calculator/CalculatorField.js';
import { PresetButtons } from './calculator/PresetButtons.js';
import { PresetCheck } from './calculator/PresetCheck.js';
import { validateAccelerators, type AcceleratorRecord } from './core/accelerators.js';
import { estimateTrainingRun, type TrainingRunEstimate } from './core/calculator.js';
import {
  fieldsFromPreset,
  parseCalculatorFields,
  type CalculatorFieldName,
  type CalculatorFields,
} from './core/calculatorForm.js';
import { fail } from './core/errors.js';
import { ACCELERATORS } from './data/accelerators.js';
import { TRAINING_RUN_PRESETS, type TrainingRunPreset } from './data/presets.js';
import { messages } from './messages.js';
import { checkCalculatorProps } from './core/propChecks.js';
import { GuardedView } from './ui/GuardedView.js';

export interface ComputeCalculatorProps {
  /** Preset loaded at first, by id (`'gpt-3'`, `'llama-2-70b'`, `'llama-3.1-405b'`). Default `'gpt-3'`. */
  preset?: string;
  /** Published runs offered as presets. Default: {@link TRAINING_RUN_PRESETS}. */
  presets?: readonly TrainingRunPreset[];
  /** Accelerators to choose from (those with a dense FP16/BF16 figure). Default: {@link ACCELERATORS}. */
  accelerators?: readonly AcceleratorRecord[];
  /** Called with each new valid estimate (or null while a field is invalid). Default none. */
  onEstimate?: (estimate: TrainingRunEstimate | null) => void;
  /** Language of labels and numbers. Default from `TensorscopeProvider`, else `'en'`. */
  locale?: Locale;
  /** Colour theme. Default from `TensorscopeProvider`, else `'light'`. */
  theme?: ThemeSetting;
  /** Extra class on the root element. Default none. */
  className?: string;
  /** Extra inline style on the root, e.g. `--ts-*` colour overrides. Default none. */
  style?: CSSProperties;
}

const TITLE: CSSProperties = { fontSize: 15, margin: '0 0 6px' };
const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))',
  gap: '8px 12px',
};
const RESULT: CSSProperties = { marginTop: 12 };
// A stale result keeps full contrast; a dashed frame and the note mark it instead.
const STALE_RESULT: CSSProperties = {
  ...RESULT,
  outline: '2px dashed var(--ts-border)',
  outlineOffset: 6,
  borderRadius: 4,
};
const STALE_NOTE: CSSProperties = { margin: '0 0 6px', fontSize: 12, color: 'var(--ts-muted)' };

/**
 * A training-compute calculator: parameters N and tokens D give C = 6·N·D FLOP; an accelerator's
 * dense peak × utilisation × count turns that into GPU-days and wall-clock days, shown step by
 * step. Presets reproduce published runs within a stated tolerance. Fields validate inline.
 */
export function ComputeCalculator(props: ComputeCalculatorProps) {
  return (
    <GuardedView
      props={props}
      check={checkCalculatorProps}
      render={(checked) => <ComputeCalculatorView {...checked} />}
    />
  );
}

function ComputeCalculatorView(props: ComputeCalculatorProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const id = useId();
  const presets = props.presets ?? TRAINING_RUN_PRESETS;
  const chips = useMemo(
    () => validateAccelerators(props.accelerators ?? ACCELERATORS).accelerators.filter((a) => a.fp16),
    [props.accelerators],
  );
  const initial = presets.find((p) => p.id === props.preset) ?? presets[0];
  const [fields, setFields] = useState<CalculatorFields>(() =>
    initial
      ? fieldsFromPreset(initial, locale)
      : { parameters: '7B', tokens: '2T', accelerator: chips[0]?.name ?? '', count: '1000', utilisation: '40' },
  );
  const [presetId, setPresetId] = useState<string | null>(initial?.id ?? null);
  const preset = presets.find((p) => p.id === presetId) ?? null;

  const { input, chip, problems } = parseCalculatorFields(fields, chips);
  const problemText = {
    count: t.errorCount,
    accelerator: t.errorAccelerator,
    integer: t.errorInteger,
    percent: t.errorPercent,
  };
  const error = (name: CalculatorFieldName) => (problems[name] ? problemText[problems[name]] : undefined);

  // Keep showing the last valid result while a field is being corrected.
  const { value: shown, error: invalid } = useLastValid(() => {
    if (!input) throw fail('INVALID_VALUE', 'A calculator field is invalid.');
    return { input, estimate: estimateTrainingRun(input) };
  }, [fields, chips]);
  const estimate = invalid ? null : (shown?.estimate ?? null);
  const { onEstimate } = props;
  useEffect(() => {
    onEstimate?.(estimate);
  }, [estimate, onEstimate]);

  const update = (name: CalculatorFieldName) => (value: string) => {
    setFields({ ...fields, [name]: value });
    setPresetId(null);
  };
  const textField = (name: CalculatorFieldName, label: string, hint: string, inputMode: 'decimal' | 'numeric') => (
    <CalculatorField label={label} hint={hint} error={error(name)}>
      {(a) => (
        <Input
          {...a}
          size="sm"
          value={fields[name]}
          onChange={(e) => update(name)(e.target.value)}
          inputMode={inputMode}
        />
      )}
    </CalculatorField>
  );

  return (
    <section
      className={['ts-compute-calculator', props.className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      style={{ ...themedRootStyle(theme), ...props.style }}
    >
      <h3 id={`${id}-title`} style={TITLE}>
        {t.calcTitle}
      </h3>
      <PresetButtons
        label={t.presets}
        presets={presets}
        selected={presetId}
        onSelect={(p) => {
          setFields(fieldsFromPreset(p, locale));
          setPresetId(p.id);
        }}
      />
      <div style={GRID}>
        {textField('parameters', t.fieldParameters, t.hintCount, 'decimal')}
        {textField('tokens', t.fieldTokens, t.hintTokens, 'decimal')}
        <CalculatorField
          label={t.fieldAccelerator}
          hint={interpolate(t.hintDense, { value: formatNumber(chip?.fp16?.value ?? 0, locale) })}
          error={error('accelerator')}
        >
          {(a) => (
            <select
              {...a}
              className="ts-select ts-select--sm"
              value={fields.accelerator}
              onChange={(e) => update('accelerator')(e.target.value)}
            >
              {!chip ? <option value={fields.accelerator}>—</option> : null}
              {chips.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </CalculatorField>
        {textField('count', t.fieldCount, t.hintInteger, 'numeric')}
        {textField('utilisation', t.fieldUtilisation, t.hintUtilisation, 'decimal')}
      </div>
      {shown ? (
        <div className="ts-compute-calculator__result" aria-live="polite" style={estimate ? RESULT : STALE_RESULT}>
          {!estimate ? <p style={STALE_NOTE}>{t.showingLastValid}</p> : null}
          <CalculationSteps input={shown.input} estimate={shown.estimate} locale={locale} />
          {preset && estimate ? <PresetCheck preset={preset} estimate={estimate} locale={locale} /> : null}
        </div>
      ) : null}
    </section>
  );
}
