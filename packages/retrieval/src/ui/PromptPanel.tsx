import { interpolate, type Locale } from '@tensorscope/common';
import { Button, Field, Input } from '@tensorscope/common/react';
import type { AssembledPrompt } from '../core/prompt.js';
import { messages } from '../messages.js';

export interface PromptPanelProps {
  prompt: AssembledPrompt | null;
  budget: number;
  onBudget: (budget: number) => void;
  /** True while the tokenizer loads (the prompt appears when it has). */
  waiting: boolean;
  locale: Locale;
}

/** The exact text an LLM would receive, with its token count against the budget. */
export function PromptPanel({ prompt, budget, onBudget, waiting, locale }: PromptPanelProps) {
  const t = messages[locale];
  const copy = () => {
    if (prompt) void navigator.clipboard?.writeText(prompt.text).catch(() => undefined);
  };
  return (
    <div className="ts-rx-stack">
      <div className="ts-rx-row">
        <Field label={t.budget} inline>
          <Input
            type="range"
            min={100}
            max={2000}
            step={50}
            value={budget}
            onChange={(event) => onBudget(Number(event.currentTarget.value))}
            aria-valuetext={`${budget}`}
          />
        </Field>
        <output className="ts-rx-meta">{budget}</output>
        <Button size="sm" onClick={copy} disabled={!prompt}>
          {t.copy}
        </Button>
      </div>
      {prompt ? (
        <>
          <div className="ts-rx-meter" aria-hidden="true">
            <div style={{ width: `${Math.min(100, (100 * prompt.tokens) / prompt.budget)}%` }} />
          </div>
          <p className="ts-rx-meta" aria-live="polite">
            {interpolate(t.promptCount, {
              tokens: prompt.tokens,
              budget: prompt.budget,
              tokenizer: prompt.tokenizer,
              included: prompt.included.length,
              excluded: prompt.excluded.length,
            })}
          </p>
          <pre className="ts-rx-prompt" tabIndex={0} aria-label={t.prompt}>
            {prompt.text}
          </pre>
        </>
      ) : waiting ? (
        <p className="ts-rx-note">{t.promptLoading}</p>
      ) : null}
      <p className="ts-rx-note">{t.noGeneration}</p>
    </div>
  );
}
