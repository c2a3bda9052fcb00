import { AblationGrid, NextTokenPanel, TrainingPanel, TransformerAttention } from '@tensorscope/transformer';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { BROWN_URL, INDUCTION_URL, useO200kWords } from '../transformerModels.js';
import type { TransformerEmbedModel, TransformerEmbedView } from './params.js';

/** Default texts: a sentence the induction model copies when repeated; a prompt for the Brown model. */
const DEFAULT_TEXT: Record<TransformerEmbedModel, string> = {
  induction: 'the king and the queen ruled the country after the war',
  brown: 'She looked at the',
};

/** One transformer view full-frame: `/embed/transformer?view=attention&model=induction&text=…&repeat=2`. */
export default function TransformerEmbed({
  view,
  model,
  text,
  repeat,
}: {
  view: TransformerEmbedView;
  model: TransformerEmbedModel;
  text: string | undefined;
  repeat: number | undefined;
}) {
  const tokenize = useO200kWords();
  if (view === 'training') return <TrainingPanel runtimeOptions={RUNTIME_OPTIONS} />;
  // The induction model reads o200k tokens; wait for the tokenizer (it falls back to words).
  if (model === 'induction' && !tokenize) return <p aria-busy="true">…</p>;
  const source = {
    checkpoint: model === 'brown' ? BROWN_URL : INDUCTION_URL,
    runtimeOptions: RUNTIME_OPTIONS,
    text: text ?? DEFAULT_TEXT[model],
    repeat: repeat ?? (model === 'induction' ? 2 : 1),
    ...(model === 'induction' && tokenize ? { tokenize } : {}),
  };
  if (view === 'attention') return <TransformerAttention {...source} />;
  if (view === 'ablation') return <AblationGrid {...source} />;
  return <NextTokenPanel {...source} />;
}
