'use client';
import { formatNumber, interpolate, type Locale, type ThemeSetting } from '@tensorscope/common';
import {
  Button,
  ErrorMessage,
  Field,
  Panel,
  ToggleGroup,
  Toolbar,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import { useId, type CSSProperties } from 'react';
import type { NextTokenController, NextTokenState } from './core/nextTokenController.js';
import { nextTokenMessages, type NextTokenMessages } from './nextTokenMessages.js';
import {
  NextTokenStyle,
  ProbabilityBars,
  countProp,
  describeModel,
  formatLoss,
  rootProps,
  tokenText,
} from './nextTokenUi.js';
import { useNextTokenController, type NextTokenSourceProps } from './useNextTokenController.js';

export interface NextTokenPanelProps extends NextTokenSourceProps {
  /** Tokens added by "Generate". Default 10. */
  generateCount?: number;
  /** Heading level of the panel. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

const TEMPERATURES = ['0', '0.7', '1', '1.5'];

/**
 * Type text, see the model's top-k next tokens as probability bars, and generate step by step
 * (greedy or sampled at a temperature). Says what the model is, and when the sliding window dropped
 * the start of the text. Bad input shows a typed message and keeps the last result on screen.
 */
export function NextTokenPanel(props: NextTokenPanelProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = nextTokenMessages[locale];
  const { controller, state, error } = useNextTokenController(props);
  return (
    <div {...rootProps(props.className, props.style, theme)} lang={locale}>
      <NextTokenStyle />
      <Panel title={t.title} headingLevel={props.headingLevel ?? 3}>
        {error ? <ErrorMessage error={error} locale={locale} /> : null}
        {controller && state ? (
          <Body
            controller={controller}
            state={state}
            count={countProp(props.generateCount, 10, 100)}
            t={t}
            locale={locale}
          />
        ) : error ? null : (
          <p className="ts-nt-note" role="status">
            {t.loading}
          </p>
        )}
      </Panel>
    </div>
  );
}

function Body({
  controller,
  state,
  count,
  t,
  locale,
}: {
  controller: NextTokenController;
  state: NextTokenState;
  count: number;
  t: NextTokenMessages;
  locale: Locale;
}) {
  const tokensId = useId();
  const ready = state.result !== null;
  const temperatures = TEMPERATURES.includes(String(state.temperature))
    ? TEMPERATURES
    : [...TEMPERATURES, String(state.temperature)].sort((a, b) => Number(a) - Number(b));
  const last = state.tokens[state.tokens.length - 1] ?? '';
  const summary = state.summary;
  return (
    <div className="ts-nt-stack">
      <p className="ts-nt-note">{state.checkpoint ? describeModel(state.checkpoint, t, locale) : t.loading}</p>
      <Field label={t.text} hint={t.textHint}>
        <textarea
          className="ts-nt-text"
          value={state.text}
          rows={2}
          spellCheck={false}
          onChange={(event) => void controller.setText(event.target.value)}
        />
      </Field>
      <label className="ts-nt-check">
        <input
          type="checkbox"
          checked={state.repeat > 1}
          onChange={(event) => void controller.setRepeat(event.target.checked ? 2 : 1)}
        />
        <span>{t.repeat}</span>
      </label>
      {state.repeat > 1 ? <p className="ts-nt-note">{t.repeatHint}</p> : null}
      {state.error ? <ErrorMessage error={state.error} locale={locale} /> : null}
      {state.dropped > 0 ? (
        <p className="ts-nt-note" role="status">
          {interpolate(t.slid, { context: state.checkpoint?.config.contextLength ?? 0, dropped: state.dropped })}
        </p>
      ) : null}
      {ready ? (
        <div className="ts-nt-stack">
          <span className="ts-nt-note" id={tokensId}>
            {interpolate(t.tokensLabel, { count: state.tokens.length })}
          </span>
          <ol className="ts-nt-tokens" aria-labelledby={tokensId}>
            {state.tokens.map((token, i) => {
              const generated = i >= state.firstGenerated;
              return (
                <li
                  key={i}
                  className={generated ? 'ts-nt-token ts-nt-token--generated' : 'ts-nt-token'}
                  title={generated ? t.generatedLegend : undefined}
                >
                  {tokenText(token)}
                  {generated ? <span className="ts-nt-sr"> ({t.generatedLegend})</span> : null}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      <Toolbar aria-label={t.controls}>
        <ToggleGroup<string>
          label={t.temperature}
          items={temperatures.map((value) => ({ value, label: value === '0' ? t.greedy : value }))}
          value={String(state.temperature)}
          onValueChange={(value) => controller.setTemperature(Number(value))}
        />
        <Button size="sm" disabled={!ready || state.generating} onClick={() => void controller.stepGeneration()}>
          {t.step}
        </Button>
        {state.generating ? (
          <Button size="sm" onClick={() => controller.cancel()}>
            {t.stop}
          </Button>
        ) : (
          <Button size="sm" variant="primary" disabled={!ready} onClick={() => void controller.generate(count)}>
            {interpolate(t.generate, { count })}
          </Button>
        )}
        <Button
          size="sm"
          disabled={state.generated.length === 0 || state.generating}
          onClick={() => void controller.reset()}
        >
          {t.reset}
        </Button>
      </Toolbar>
      <p className="ts-nt-note">{t.greedyHint}</p>
      {ready ? (
        <>
          <p className="ts-nt-note">
            {interpolate(state.temperature === 0 ? t.predictionsGreedy : t.predictionsAt, {
              k: state.predictions.length,
              token: tokenText(last),
              temperature: formatNumber(state.temperature, locale),
            })}
          </p>
          <ProbabilityBars
            predictions={state.predictions}
            label={t.predictionsLabel}
            locale={locale}
            unusedId={t.unusedId}
          />
          {summary ? (
            <p className="ts-nt-note">
              {interpolate(t.loss, { loss: formatLoss(summary.loss, locale) })}
              {summary.repeatedLoss !== null
                ? interpolate(t.repeatedLoss, {
                    count: summary.repeatedCount,
                    loss: formatLoss(summary.repeatedLoss, locale),
                  })
                : ''}
            </p>
          ) : null}
        </>
      ) : null}
      <p className="ts-nt-note" role="status" aria-live="polite">
        {state.status === 'loading' ? t.loading : state.status === 'running' ? t.running : ''}
      </p>
    </div>
  );
}
