'use client';
import { interpolate, type Locale } from '@tensorscope/common';
import { formatCount } from '../core/formatCount.js';
import { formatScientific } from '../core/formatScientific.js';
import type { LawMarker } from '../core/lawData.js';
import { computeOptimal, type ScalingLaw } from '../core/scalingLaws.js';
import { messages } from '../messages.js';
import { statusText } from '../ui/describe.js';
import { SourceLink } from '../ui/SourceLink.js';
import { formatLoss, markerLabel } from './lawText.js';

/** The card of a focused model: where it sits on the law, and what the compute-optimal run with its budget would be. */
export function LawReadout({ marker, law, locale }: { marker: LawMarker; law: ScalingLaw; locale: Locale }) {
  const t = messages[locale];
  const optimum = computeOptimal(law, marker.compute);
  return (
    <>
      <strong>{marker.model.name}</strong>
      <br />
      {markerLabel(marker, locale).replace(`${marker.model.name}: `, '')}
      <br />
      {interpolate(t.optimumLabel, {
        compute: formatScientific(marker.compute, locale),
        parameters: formatCount(optimum.parameters, locale),
        tokens: formatCount(optimum.tokens, locale),
        loss: formatLoss(optimum.loss, locale),
      })}
      <br />
      {t.colStatus}: {statusText(marker.model, locale)} ·{' '}
      <SourceLink href={marker.model.trainingTokens?.source ?? marker.model.source} text={t.source} />
    </>
  );
}
