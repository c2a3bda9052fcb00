'use client';
import { formatNumber, interpolate, type Locale, type ThemeSetting } from '@tensorscope/common';
import { Button, ErrorMessage, Panel, ToggleGroup, Toolbar, useTensorscopeSettings } from '@tensorscope/common/react';
import type { CSSProperties } from 'react';
import type { NextTokenController, NextTokenState, PassView } from './core/nextTokenController.js';
import { headRole, type HeadScores } from './core/scores.js';
import { nextTokenMessages, type NextTokenMessages } from './nextTokenMessages.js';
import { NextTokenStyle, ProbabilityBars, countProp, formatLoss, rootProps } from './nextTokenUi.js';
import { useNextTokenController, type NextTokenSourceProps } from './useNextTokenController.js';

export interface AblationGridProps extends NextTokenSourceProps {
  /** Next tokens compared before and after. Default 5. */
  compareCount?: number;
  /** Heading level of the panel. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * A layers × heads grid of toggle buttons: each head named from its scores on this input (its
 * role and its previous-token, induction, first-token and copying scores); pressing one switches
 * it off, and the loss and the top next tokens with and without it show side by side.
 */
export function AblationGrid(props: AblationGridProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = nextTokenMessages[locale];
  const { controller, state, error } = useNextTokenController(props);
  return (
    <div {...rootProps(props.className, props.style, theme)} lang={locale}>
      <NextTokenStyle />
      <Panel title={t.ablationTitle} headingLevel={props.headingLevel ?? 3}>
        {error ? <ErrorMessage error={error} locale={locale} /> : null}
        {controller && state?.result && state.scores ? (
          <Body
            controller={controller}
            state={state}
            showInput={!props.controller}
            count={countProp(props.compareCount, 5, 100)}
            t={t}
            locale={locale}
          />
        ) : (
          <>
            {state?.error ? <ErrorMessage error={state.error} locale={locale} /> : null}
            {error || state?.error ? null : (
              <p className="ts-nt-note" role="status">
                {t.loading}
              </p>
            )}
          </>
        )}
      </Panel>
    </div>
  );
}

function Body({
  controller,
  state,
  showInput,
  count,
  t,
  locale,
}: {
  controller: NextTokenController;
  state: NextTokenState;
  showInput: boolean;
  count: number;
  t: NextTokenMessages;
  locale: Locale;
}) {
  const scores = state.scores!;
  const heads = scores[0]?.length ?? 0;
  const off = (layer: number, head: number) =>
    state.ablation.heads.some((ref) => ref.layer === layer && ref.head === head);
  const current: PassView = { result: state.result!, predictions: state.predictions, summary: state.summary! };
  const intact = state.baseline ?? current;
  const ablated = state.baseline ? current : null;
  const repeated = intact.summary.repeatedLoss !== null && ablated?.summary.repeatedLoss != null;
  return (
    <div className="ts-nt-stack">
      <p className="ts-nt-note">{t.ablationHint}</p>
      {showInput ? <p className="ts-nt-note">{interpolate(t.input, { text: state.tokens.join(' ') })}</p> : null}
      {state.error ? <ErrorMessage error={state.error} locale={locale} /> : null}
      <Toolbar aria-label={t.ablationTitle}>
        <ToggleGroup<'zero' | 'mean'>
          label={t.ablationMode}
          items={[
            { value: 'zero', label: t.modes.zero },
            { value: 'mean', label: t.modes.mean },
          ]}
          value={state.ablation.mode}
          onValueChange={(mode) => void controller.setAblationMode(mode)}
        />
        <Button size="sm" disabled={state.ablation.heads.length === 0} onClick={() => void controller.clearAblation()}>
          {t.clear}
        </Button>
      </Toolbar>
      <div className="ts-nt-grid" role="group" aria-label={t.ablationGrid} style={{ ['--nt-heads' as string]: heads }}>
        <span />
        {Array.from({ length: heads }, (_, h) => (
          <span key={h} className="ts-nt-grid__layer" aria-hidden="true">
            {interpolate(t.head, { head: h + 1 })}
          </span>
        ))}
        {scores.map((layer, l) => (
          <LayerRow key={l} layer={l} heads={layer} off={off} controller={controller} t={t} locale={locale} />
        ))}
      </div>
      <p className="ts-nt-note">{t.scoresLong}</p>
      <p className="ts-nt-note" role="status" aria-live="polite">
        {ablated
          ? interpolate(t.change, {
              before: formatLoss(repeated ? intact.summary.repeatedLoss : intact.summary.loss, locale),
              after: formatLoss(repeated ? ablated.summary.repeatedLoss : ablated.summary.loss, locale),
            })
          : t.noAblation}
      </p>
      <div className="ts-nt-compare">
        <Pass title={t.intact} pass={intact} count={count} t={t} locale={locale} />
        {ablated ? (
          <Pass
            title={interpolate(t.ablated, { count: state.ablation.heads.length })}
            pass={ablated}
            count={count}
            t={t}
            locale={locale}
          />
        ) : null}
      </div>
    </div>
  );
}

function LayerRow({
  layer,
  heads,
  off,
  controller,
  t,
  locale,
}: {
  layer: number;
  heads: readonly HeadScores[];
  off: (layer: number, head: number) => boolean;
  controller: NextTokenController;
  t: NextTokenMessages;
  locale: Locale;
}) {
  const score = (value: number) => formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <>
      <span className="ts-nt-grid__layer" aria-hidden="true">
        {interpolate(t.layer, { layer: layer + 1 })}
      </span>
      {heads.map((s, h) => {
        const role = headRole(s);
        const pressed = off(layer, h);
        return (
          <Button
            key={h}
            size="sm"
            className="ts-nt-head"
            pressed={pressed}
            onClick={() => void controller.toggleHead(layer, h)}
          >
            <span className="ts-nt-head__role">
              <span className="ts-nt-sr">{interpolate(t.layer, { layer: layer + 1 })}, </span>
              <span className="ts-nt-sr">{interpolate(t.head, { head: h + 1 })}: </span>
              {role ? t.roles[role] : t.noRole}
              {pressed ? ` (${t.off})` : ''}
            </span>
            <span className="ts-nt-head__scores">
              {t.scores.previousToken} {score(s.previousToken)} · {t.scores.induction} {score(s.induction)} ·{' '}
              {t.scores.firstToken} {score(s.firstToken)} · {t.scores.copying} {score(s.copying)}
            </span>
          </Button>
        );
      })}
    </>
  );
}

function Pass({
  title,
  pass,
  count,
  t,
  locale,
}: {
  title: string;
  pass: PassView;
  count: number;
  t: NextTokenMessages;
  locale: Locale;
}) {
  const { summary } = pass;
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      <p className="ts-nt-note">
        {interpolate(t.compareLoss, { loss: formatLoss(summary.loss, locale) })}
        {summary.repeatedLoss !== null
          ? ` · ${interpolate(t.compareRepeated, { loss: formatLoss(summary.repeatedLoss, locale) })}`
          : ''}
      </p>
      <ProbabilityBars
        predictions={pass.predictions.slice(0, count)}
        label={`${title}: ${t.predictionsLabel}`}
        locale={locale}
        unusedId={t.unusedId}
      />
    </section>
  );
}
