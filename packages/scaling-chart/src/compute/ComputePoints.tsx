'use client';
import type { Locale } from '@tensorscope/common';
import type { ModelRecord } from '../core/models.js';
import { ModelPoints, type ModelPointsProps } from '../ui/ModelPoints.js';
import { computePointLabel } from './computeText.js';

type Accessors = 'value' | 'status' | 'label' | 'className' | 'extra';

/** Each model's training compute as a point, with a vertical line over its low–high range when known. */
export function ComputePoints({
  locale,
  ...props
}: Omit<ModelPointsProps, Accessors> & {
  /** Models that have a `trainingFlops` figure. */
  models: readonly ModelRecord[];
  locale: Locale;
}) {
  const flops = (m: ModelRecord) => m.trainingFlops!;
  return (
    <ModelPoints
      {...props}
      value={(m) => flops(m).value}
      status={(m) => flops(m).status}
      label={(m) => computePointLabel(m, locale)}
      className="ts-compute-chart__point"
      extra={(m, cx) => {
        const value = flops(m);
        return value.low !== undefined || value.high !== undefined ? (
          <line
            x1={cx}
            x2={cx}
            y1={props.scales.scale(value.low ?? value.value)}
            y2={props.scales.scale(value.high ?? value.value)}
            stroke="var(--ts-accent)"
            strokeWidth={1.5}
            strokeOpacity={0.7}
          />
        ) : null;
      }}
    />
  );
}
