import { interpolate } from '@tensorscope/common';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
} from '@tensorscope/attention-heatmap';
import { useTensorscopeSettings, ErrorMessage } from '@tensorscope/common/react';
import { DEFAULT_ATTENTION_SENTENCE } from '../attentionSentence.js';
import { messages } from '../messages.js';
import { LinkedAttentionViews, useLiveAttention } from '../sections/AttentionSection.js';
import type { AttentionViewKind } from '@tensorscope/attention-heatmap/element';

/** The live GloVe attention of a sentence in one view (or all four). */
export default function AttentionEmbed({ sentence, view }: { sentence: string | undefined; view: AttentionViewKind }) {
  const { locale } = useTensorscopeSettings({});
  const t = messages[locale];
  const { result, error } = useLiveAttention(sentence ?? DEFAULT_ATTENTION_SENTENCE);
  if (error) return <ErrorMessage error={error} locale={locale} />;
  if (!result) return <p aria-busy="true">{t.attentionComputing}</p>;
  if (result.kind === 'empty') return <p role="status">{t.attentionNoWords}</p>;
  const { data } = result;
  return (
    <>
      {view === 'all' ? (
        <LinkedAttentionViews data={data} />
      ) : view === 'grid' ? (
        <AttentionHeadGrid data={data} />
      ) : view === 'strip' ? (
        <AttentionTokenStrip data={data} />
      ) : view === 'lines' ? (
        <AttentionLines data={data} />
      ) : (
        <AttentionHeatmap data={data} />
      )}
      <p className="muted small">{interpolate(t.attentionSource, { backend: result.backend })}</p>
    </>
  );
}
