'use client';
import {
  TensorscopeArgumentError,
  downloadBlob,
  formatNumber,
  interpolate,
  themedRootStyle,
  type Locale,
  type ThemeSetting,
} from '@tensorscope/common';
import {
  Button,
  ErrorMessage,
  Field,
  Input,
  Panel,
  Toolbar,
  useLastValid,
  useStore,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import { useEffect, useState, type CSSProperties } from 'react';
import { createTrainingController, type TrainingController, type TrainingState } from './core/trainingController.js';
import { INDUCTION_FORMED_AT, type TrainingRuntimeOptions } from './core/trainingProtocol.js';
import { parameterCount } from './core/weights.js';
import { HeadScoreGrid } from './HeadScoreGrid.js';
import { LossCurve } from './LossCurve.js';
import { trainingMessages, type TrainingMessages } from './trainingMessages.js';

export interface TrainingPanelProps {
  /** A controller of your own (to read its state elsewhere); default one made from the props below. */
  controller?: TrainingController;
  /** Steps of a run. Default the induction recipe's 1000. */
  steps?: number;
  /** Steps between reports. Default 25. */
  reportEvery?: number;
  /** The first seed. Default 1. */
  seed?: number;
  /** tfjs runtime options for the run, e.g. `{ wasmPaths }` from `@tensorscope/tensor-core/wasm-paths`. */
  runtimeOptions?: TrainingRuntimeOptions;
  /** `false` trains on this thread (in slices) instead of a Worker. Default: a Worker when there is one. */
  useWorker?: boolean;
  /** Receives the trained model (a `.tsgpt` checkpoint) on "Save model"; without it the file is downloaded. */
  onSnapshot?: (bytes: Uint8Array) => void;
  /** Heading level of the panel. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * "Train it yourself": a 2-layer attention-only transformer trained live on repeated random tokens,
 * in a Worker on the wasm backend. The loss curve marks the step where an induction head forms;
 * the head grid names each head's job from its scores as it trains. Start, pause, resume, reset,
 * seed, and save the trained model. A diverging loss or a dead worker shows a message and keeps
 * the curve.
 */
export function TrainingPanel(props: TrainingPanelProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = trainingMessages[locale];
  const { controller: given, steps, reportEvery, seed, runtimeOptions, useWorker } = props;
  const made = useLastValid<TrainingController>(
    () =>
      checkController(given) ??
      createTrainingController({
        ...(steps === undefined ? {} : { steps }),
        ...(reportEvery === undefined ? {} : { reportEvery }),
        ...(seed === undefined ? {} : { seed }),
        ...(runtimeOptions === undefined ? {} : { runtimeOptions }),
        ...(useWorker === undefined ? {} : { useWorker }),
      }),
    [given, steps, reportEvery, seed, runtimeOptions, useWorker],
  );
  const controller = made.value;
  // A controller made here stops with the component (a given one belongs to the caller).
  useEffect(() => {
    if (!controller || controller === (given as unknown)) return;
    return () => controller.reset();
  }, [controller, given]);
  return (
    <div
      className={
        typeof props.className === 'string' && props.className ? `ts-training ${props.className}` : 'ts-training'
      }
      style={{ ...themedRootStyle(theme), ...(isPlainObject(props.style) ? props.style : {}) }}
    >
      <Panel title={t.title} headingLevel={props.headingLevel}>
        {made.error && <ErrorMessage error={made.error} locale={locale} />}
        {controller && (
          <Body
            controller={controller}
            t={t}
            locale={locale}
            theme={theme}
            onSnapshot={props.onSnapshot}
            headingLevel={Math.min(6, (props.headingLevel ?? 3) + 1)}
          />
        )}
      </Panel>
    </div>
  );
}

/** Only a plain object is spread as a style (a plain page or JSON config can pass anything). */
function isPlainObject(value: unknown): value is CSSProperties {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A `controller` prop, if any, is one from `createTrainingController` (else a typed error shown inline). */
function checkController(value: unknown): TrainingController | undefined {
  if (value === undefined || value === null) return undefined;
  const store = (value as Partial<TrainingController>).store;
  if (typeof store?.getState !== 'function' || typeof (value as TrainingController).start !== 'function') {
    throw new TensorscopeArgumentError('controller', 'a controller from createTrainingController', value);
  }
  return value as TrainingController;
}

interface BodyProps {
  controller: TrainingController;
  t: TrainingMessages;
  locale: Locale;
  theme: 'light' | 'dark';
  onSnapshot: ((bytes: Uint8Array) => void) | undefined;
  headingLevel: number;
}

function Body({ controller, t, locale, theme, onSnapshot, headingLevel }: BodyProps) {
  const Heading = `h${headingLevel}` as 'h4';
  const state = useStore(controller.store);
  const [saveError, setSaveError] = useState<unknown>(null);
  const { status } = state;
  const active = status === 'starting' || status === 'running';
  const main = active
    ? { label: t.pause, run: () => controller.pause() }
    : status === 'paused'
      ? { label: t.resume, run: () => controller.resume() }
      : { label: t.start, run: () => controller.start() };
  const save = () => {
    setSaveError(null);
    controller.snapshot().then(
      (bytes) => {
        if (typeof onSnapshot === 'function') onSnapshot(bytes);
        else downloadBlob(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }), 'induction-live.tsgpt');
      },
      (error: unknown) => setSaveError(error),
    );
  };
  const where = state.inWorker === null ? t.whereUnknown : state.inWorker ? t.whereWorker : t.whereThread;
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <p style={{ margin: 0, maxWidth: '72ch' }}>
        {interpolate(t.what, { params: formatNumber(parameterCount(controller.request.config), locale), where })}
      </p>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <Toolbar aria-label={t.controls}>
          <Button variant="primary" onClick={main.run}>
            {main.label}
          </Button>
          <Button onClick={() => controller.reset()} disabled={status === 'idle'}>
            {t.reset}
          </Button>
          <Button onClick={save} disabled={state.reports.length === 0}>
            {t.save}
          </Button>
        </Toolbar>
        <SeedField controller={controller} seed={state.seed} t={t} />
      </div>
      <Progress state={state} t={t} locale={locale} />
      <p role="status" aria-live="polite" style={{ margin: 0 }}>
        {statusText(state, t, locale)}
      </p>
      {state.error && <ErrorMessage error={state.error} locale={locale} />}
      {saveError !== null && <ErrorMessage error={saveError} locale={locale} />}
      <LossCurve
        reports={state.reports}
        totalSteps={state.totalSteps}
        inductionAt={state.inductionAt}
        theme={theme}
        locale={locale}
        t={t}
      />
      <Heading style={{ margin: '4px 0 0', fontSize: 14 }}>{t.headsTitle}</Heading>
      <HeadScoreGrid heads={state.heads} attention={state.attention} theme={theme} locale={locale} t={t} />
    </div>
  );
}

function statusText(state: TrainingState, t: TrainingMessages, locale: Locale): string {
  const values = {
    step: formatNumber(state.step, locale),
    total: formatNumber(state.totalSteps, locale),
    seconds: formatNumber(state.reports.at(-1)?.seconds ?? 0, locale, { maximumFractionDigits: 1 }),
  };
  const parts = [interpolate(t.status[state.status], values)];
  const last = state.reports.at(-1);
  if (state.inductionAt) {
    parts.push(
      interpolate(t.formed, {
        step: formatNumber(state.inductionAt.step, locale),
        seconds: formatNumber(state.inductionAt.seconds, locale, { maximumFractionDigits: 1 }),
      }),
    );
  } else if (last && state.status !== 'running') {
    parts.push(
      interpolate(t.notYet, { score: formatNumber(last.bestInduction, locale, { maximumFractionDigits: 2 }) }),
    );
  }
  return parts.join(' ');
}

/** Step counter, throughput and backend: changes several times a second, so outside the live region. */
function Progress({ state, t, locale }: { state: TrainingState; t: TrainingMessages; locale: Locale }) {
  if (state.status === 'idle') return null;
  const last = state.reports.at(-1);
  const parts = [
    interpolate(t.progress, { step: formatNumber(state.step, locale), total: formatNumber(state.totalSteps, locale) }),
  ];
  if (state.tokensPerSecond !== null) {
    parts.push(interpolate(t.throughput, { value: formatNumber(Math.round(state.tokensPerSecond), locale) }));
  }
  if (state.backend) parts.push(interpolate(t.backend, { backend: state.backend }));
  const best = last ? last.bestInduction : null;
  return (
    <p
      style={{ margin: 0, color: 'var(--ts-muted)', fontVariantNumeric: 'tabular-nums' }}
      data-testid="training-progress"
    >
      {parts.join(' · ')}
      {best !== null && (
        <>
          {' · '}
          <span style={{ color: best >= INDUCTION_FORMED_AT ? 'var(--ts-fg)' : undefined }}>
            {t.scores.induction} {formatNumber(best, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
          </span>
        </>
      )}
    </p>
  );
}

function SeedField({ controller, seed, t }: { controller: TrainingController; seed: number; t: TrainingMessages }) {
  const [text, setText] = useState(String(seed));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText((current) => (Number(current) === seed ? current : String(seed))), [seed]);
  const change = (value: string) => {
    setText(value);
    const parsed = Number(value);
    const ok = /^\s*\d+\s*$/.test(value) && Number.isSafeInteger(parsed) && parsed <= 2 ** 31 - 1;
    setInvalid(!ok);
    if (ok) controller.setSeed(parsed);
  };
  return (
    <Field label={t.seed} hint={t.seedHint} error={invalid ? t.seedInvalid : undefined}>
      <Input
        inputMode="numeric"
        size="sm"
        value={text}
        style={{ width: '10ch' }}
        onChange={(event) => change(event.currentTarget.value)}
      />
    </Field>
  );
}
