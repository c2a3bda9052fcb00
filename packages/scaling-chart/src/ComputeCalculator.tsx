'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useId, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { validateAccelerators, type AcceleratorRecord } from './core/accelerators.js';
import { fail } from './core/errors.js';
import {
  estimateTrainingRun,
  relativeDifference,
  type TrainingRunEstimate,
  type TrainingRunInput,
} from './core/calculator.js';
import { formatCount } from './core/formatCount.js';
import { formatScientific } from './core/formatScientific.js';
import { parseCount } from './core/parseCount.js';
import { ACCELERATORS } from './data/accelerators.js';
import { TRAINING_RUN_PRESETS, type TrainingRunPreset } from './data/presets.js';
import { messages } from './messages.js';
import { buttonStyle } from './ui/controls.js';
import { SourceLink } from './ui/SourceLink.js';

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

interface Fields {
  parameters: string;
  tokens: string;
  accelerator: string;
  count: string;
  utilisation: string;
}
type FieldName = keyof Fields;

function fieldsFrom(preset: TrainingRunPreset, locale: Locale): Fields {
  return {
    parameters: formatCount(preset.input.parameters, locale),
    tokens: formatCount(preset.input.tokens, locale),
    accelerator: preset.accelerator,
    count: String(preset.input.accelerators),
    utilisation: String(Number((preset.input.utilisation * 100).toFixed(2))),
  };
}

/**
 * A training-compute calculator: parameters N and tokens D give C = 6·N·D FLOP; an accelerator's
 * dense peak × utilisation × count turns that into GPU-days and wall-clock days, shown step by
 * step. Presets reproduce published runs within a stated tolerance. Fields validate inline.
 */
export function ComputeCalculator(props: ComputeCalculatorProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const id = useId();
  const presets = props.presets ?? TRAINING_RUN_PRESETS;
  const chips = useMemo(
    () => validateAccelerators(props.accelerators ?? ACCELERATORS).accelerators.filter((a) => a.fp16),
    [props.accelerators],
  );
  const initial = presets.find((p) => p.id === props.preset) ?? presets[0];
  const [fields, setFields] = useState<Fields>(() =>
    initial
      ? fieldsFrom(initial, locale)
      : { parameters: '7B', tokens: '2T', accelerator: chips[0]?.name ?? '', count: '1000', utilisation: '40' },
  );
  const [presetId, setPresetId] = useState<string | null>(initial?.id ?? null);
  const preset = presets.find((p) => p.id === presetId) ?? null;

  const parsed = {
    parameters: parseCount(fields.parameters),
    tokens: parseCount(fields.tokens),
    count: parseCount(fields.count),
    utilisation: Number(fields.utilisation.replace(',', '.')) / 100,
  };
  const chip = chips.find((c) => c.name === fields.accelerator) ?? null;
  const errors: Partial<Record<FieldName, string>> = {};
  if (!(parsed.parameters > 0) || !Number.isFinite(parsed.parameters)) errors.parameters = t.errorCount;
  if (!(parsed.tokens > 0) || !Number.isFinite(parsed.tokens)) errors.tokens = t.errorCount;
  if (!chip) errors.accelerator = t.errorAccelerator;
  if (!Number.isInteger(parsed.count) || parsed.count < 1) errors.count = t.errorInteger;
  if (!(parsed.utilisation > 0 && parsed.utilisation <= 1)) errors.utilisation = t.errorPercent;
  const valid = Object.keys(errors).length === 0;

  // Keep showing the last valid result while a field is being corrected.
  const { value: shown, error: invalid } = useLastValid(() => {
    if (!valid || !chip?.fp16) throw fail('INVALID_VALUE', 'A calculator field is invalid.');
    const input: TrainingRunInput = {
      parameters: parsed.parameters,
      tokens: parsed.tokens,
      peakTflops: chip.fp16.value,
      accelerators: parsed.count,
      utilisation: parsed.utilisation,
    };
    return { input, estimate: estimateTrainingRun(input) };
  }, [fields, chips]);
  const estimate = invalid ? null : (shown?.estimate ?? null);
  const { onEstimate } = props;
  useEffect(() => {
    onEstimate?.(estimate);
  }, [estimate, onEstimate]);

  const update = (name: FieldName) => (value: string) => {
    setFields({ ...fields, [name]: value });
    setPresetId(null);
  };
  const sci = (v: number) => formatScientific(v, locale);
  const count = (v: number) =>
    v >= 1e6 ? formatCount(v, locale) : formatNumber(v, locale, { maximumFractionDigits: v < 100 ? 1 : 0 });

  return (
    <section
      className={['ts-compute-calculator', props.className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      style={{ ...themedRootStyle(theme), ...props.style }}
    >
      <h3 id={`${id}-title`} style={{ fontSize: 15, margin: '0 0 6px' }}>
        {t.calcTitle}
      </h3>
      <div role="group" aria-label={t.presets} style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 10 }}>
        <span style={{ fontSize: 12, color: 'var(--ts-muted)', alignSelf: 'center' }}>{t.presets}</span>
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={p.id === presetId}
            onClick={() => {
              setFields(fieldsFrom(p, locale));
              setPresetId(p.id);
            }}
            style={{
              ...buttonStyle,
              borderRadius: 12,
              ...(p.id === presetId
                ? { background: 'var(--ts-accent)', color: 'var(--ts-accent-fg)', borderColor: 'var(--ts-accent)' }
                : null),
            }}
          >
            {p.name}
          </button>
        ))}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))', gap: '8px 12px' }}>
        <Field id={`${id}-n`} label={t.fieldParameters} hint={t.hintCount} error={errors.parameters}>
          {(a) => (
            <input
              {...a}
              value={fields.parameters}
              onChange={(e) => update('parameters')(e.target.value)}
              inputMode="decimal"
            />
          )}
        </Field>
        <Field id={`${id}-d`} label={t.fieldTokens} hint={t.hintTokens} error={errors.tokens}>
          {(a) => (
            <input
              {...a}
              value={fields.tokens}
              onChange={(e) => update('tokens')(e.target.value)}
              inputMode="decimal"
            />
          )}
        </Field>
        <Field
          id={`${id}-chip`}
          label={t.fieldAccelerator}
          hint={interpolate(t.hintDense, { value: formatNumber(chip?.fp16?.value ?? 0, locale) })}
          error={errors.accelerator}
        >
          {(a) => (
            <select {...a} value={fields.accelerator} onChange={(e) => update('accelerator')(e.target.value)}>
              {!chip ? <option value={fields.accelerator}>—</option> : null}
              {chips.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-count`} label={t.fieldCount} hint={t.hintInteger} error={errors.count}>
          {(a) => (
            <input {...a} value={fields.count} onChange={(e) => update('count')(e.target.value)} inputMode="numeric" />
          )}
        </Field>
        <Field id={`${id}-mfu`} label={t.fieldUtilisation} hint={t.hintUtilisation} error={errors.utilisation}>
          {(a) => (
            <input
              {...a}
              value={fields.utilisation}
              onChange={(e) => update('utilisation')(e.target.value)}
              inputMode="decimal"
            />
          )}
        </Field>
      </div>
      {shown ? (
        <div
          className="ts-compute-calculator__result"
          aria-live="polite"
          style={{
            marginTop: 12,
            // A stale result keeps full contrast; a dashed frame and the note mark it instead.
            ...(estimate ? null : { outline: '2px dashed var(--ts-border)', outlineOffset: 6, borderRadius: 4 }),
          }}
        >
          {!estimate ? (
            <p style={{ margin: '0 0 6px', fontSize: 12, color: 'var(--ts-muted)' }}>{t.showingLastValid}</p>
          ) : null}
          <dl style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 24px', margin: '0 0 8px' }}>
            <Stat label={t.resultCompute} value={`${sci(shown.estimate.flops)} FLOP`} />
            <Stat label={t.resultGpuDays} value={count(shown.estimate.acceleratorDays)} />
            <Stat
              label={t.resultWallClock}
              value={interpolate(t.days, { days: count(shown.estimate.wallClockDays) })}
            />
          </dl>
          <ol
            className="ts-compute-calculator__steps"
            style={{ margin: 0, paddingInlineStart: 20, fontSize: 13, lineHeight: 1.7 }}
          >
            <li>
              {t.step1}
              <br />
              <Formula>
                C = 6 × N × D = 6 × {sci(shown.input.parameters)} × {sci(shown.input.tokens)} ={' '}
                {sci(shown.estimate.flops)} FLOP
              </Formula>
            </li>
            <li>
              {t.step2}
              <br />
              <Formula>
                {formatNumber(shown.input.peakTflops, locale)} × 10¹² FLOP/s ×{' '}
                {formatNumber(shown.input.utilisation, locale, { maximumFractionDigits: 3 })} ={' '}
                {sci(shown.estimate.sustainedFlopsPerAccelerator)} FLOP/s
              </Formula>
            </li>
            <li>
              {t.step3}
              <br />
              <Formula>
                {sci(shown.estimate.flops)} ÷ {sci(shown.estimate.sustainedFlopsPerAccelerator)} ={' '}
                {sci(shown.estimate.acceleratorSeconds)} {t.gpuSeconds}
              </Formula>
              <br />
              <Formula>
                ÷ 3,600 = {count(shown.estimate.acceleratorHours)} {t.gpuHours}; ÷ 86,400 ={' '}
                {count(shown.estimate.acceleratorDays)} {t.gpuDays}
              </Formula>
            </li>
            <li>
              {t.step4}
              <br />
              <Formula>
                {count(shown.estimate.acceleratorDays)} ÷ {formatNumber(shown.input.accelerators, locale)} ={' '}
                {interpolate(t.days, { days: count(shown.estimate.wallClockDays) })}
              </Formula>
            </li>
          </ol>
          {preset && estimate ? <PresetCheck preset={preset} estimate={estimate} locale={locale} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  children: (attributes: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string;
    style: CSSProperties;
  }) => ReactNode;
}) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 2, fontSize: 12 }}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': `${id}-msg`,
        style: {
          ...buttonStyle,
          fontSize: 13,
          borderRadius: 6,
          padding: '4px 6px',
          cursor: 'text',
          background: 'var(--ts-bg)',
          borderColor: error ? 'var(--ts-error-fg)' : 'var(--ts-border)',
          borderWidth: error ? 2 : 1,
          width: '100%',
          boxSizing: 'border-box',
        },
      })}
      <span
        id={`${id}-msg`}
        role={error ? 'alert' : undefined}
        style={{ color: error ? 'var(--ts-error-fg)' : 'var(--ts-muted)' }}
      >
        {error ?? hint}
      </span>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt style={{ fontSize: 12, color: 'var(--ts-muted)' }}>{label}</dt>
      <dd style={{ margin: 0, fontSize: 18, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{value}</dd>
    </div>
  );
}

function Formula({ children }: { children: ReactNode }) {
  return <span style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 }}>{children}</span>;
}

function PresetCheck({
  preset,
  estimate,
  locale,
}: {
  preset: TrainingRunPreset;
  estimate: TrainingRunEstimate;
  locale: Locale;
}) {
  const t = messages[locale];
  const { quantity, value, source } = preset.published;
  const ours = estimate[quantity];
  const difference = relativeDifference(ours, value);
  const ok = Math.abs(difference) <= preset.tolerance;
  const show = (v: number) =>
    quantity === 'wallClockDays'
      ? interpolate(t.days, { days: formatNumber(v, locale, { maximumFractionDigits: 1 }) })
      : `${formatCount(v, locale)} ${t.gpuHours}`;
  return (
    <p
      className="ts-compute-calculator__check"
      style={{ margin: '10px 0 0', fontSize: 12, padding: '6px 8px', background: 'var(--ts-surface)', borderRadius: 6 }}
    >
      {interpolate(t.presetCheck, {
        published: show(value),
        ours: show(ours),
        difference: formatNumber(difference * 100, locale, {
          maximumFractionDigits: Math.abs(difference) < 0.01 ? 2 : 1,
          signDisplay: 'always',
        }),
        tolerance: formatNumber(preset.tolerance * 100, locale),
      })}{' '}
      <strong>{ok ? t.reproduced : t.notReproduced}</strong> <SourceLink href={source} text={t.source} />
      <br />
      <span style={{ color: 'var(--ts-muted)' }}>{preset.note[locale]}</span>
    </p>
  );
}
