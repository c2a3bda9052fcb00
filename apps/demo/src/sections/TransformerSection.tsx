import type { Locale } from '@tensorscope/common';
import { AblationGrid, NextTokenPanel, TrainingPanel, TransformerAttention } from '@tensorscope/transformer';
import { createNextTokenController, type NextTokenController } from '@tensorscope/transformer/core';
import { useEffect, useState } from 'react';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { useMarkReady } from '../shell.js';
import { BROWN_URL, INDUCTION_URL, useO200kWords } from '../transformerModels.js';

/**
 * The induction model on the attention section's sentence, said twice: one controller shared by
 * the attention views and the ablation grid, so switching a head off changes both.
 */
function useInductionController(sentence: string): NextTokenController | null {
  const tokenize = useO200kWords();
  const [controller, setController] = useState<NextTokenController | null>(null);
  useEffect(() => {
    if (!tokenize) return;
    const created = createNextTokenController({
      checkpoint: INDUCTION_URL,
      runtimeOptions: RUNTIME_OPTIONS,
      tokenize,
      repeat: 2,
    });
    setController(created);
    return () => created.dispose();
  }, [tokenize]);
  useEffect(() => {
    // A failure shows in the views (state.error) and keeps the last result.
    void controller?.setText(sentence).catch(() => undefined);
  }, [controller, sentence]);
  return controller;
}

/** Section 4: a transformer trained by the project — its heads, its predictions, and training it here. */
export default function TransformerSection({ locale, sentence }: { locale: Locale; sentence: string }) {
  const t = messages[locale];
  const controller = useInductionController(sentence);
  useMarkReady(controller !== null);
  return (
    <div className="transformer-section">
      <h3>{t.transformerInductionTitle}</h3>
      <p>{t.transformerInductionText}</p>
      {controller ? (
        <>
          <TransformerAttention controller={controller} headingLevel={4} />
          <AblationGrid controller={controller} headingLevel={4} />
        </>
      ) : (
        <p aria-busy="true">{t.transformerLoading}</p>
      )}
      <h3>{t.transformerBrownTitle}</h3>
      <p>{t.transformerBrownText}</p>
      <NextTokenPanel
        checkpoint={BROWN_URL}
        runtimeOptions={RUNTIME_OPTIONS}
        text="She looked at the"
        headingLevel={4}
      />
      <h3>{t.transformerTrainTitle}</h3>
      <p>{t.transformerTrainText}</p>
      <TrainingPanel runtimeOptions={RUNTIME_OPTIONS} headingLevel={4} />
    </div>
  );
}
