'use client';
import type { Locale } from '@tensorscope/common';
import type { ModelRecord } from '../core/models.js';
import { ModelPoints, type ModelPointsProps } from '../ui/ModelPoints.js';
import { parameterPointLabel } from './ParameterReadout.js';

type Accessors = 'value' | 'status' | 'label' | 'className' | 'extra';

/** Each model as a point; a mixture-of-experts model also shows its active parameters as a diamond. */
export function ParameterPoints({ locale, ...props }: Omit<ModelPointsProps, Accessors> & { locale: Locale }) {
  return (
    <ModelPoints
      {...props}
      value={(m: ModelRecord) => m.parameters ?? 0}
      status={(m) => m.status}
      label={(m) => parameterPointLabel(m, locale)}
      className="ts-parameter-chart__point"
      extra={(m, cx, cy) => {
        if (!m.activeParameters) return null;
        const active = props.scales.scale(m.activeParameters);
        return (
          <>
            <line x1={cx} x2={cx} y1={cy} y2={active} stroke="var(--ts-accent)" strokeOpacity={0.6} />
            <rect
              x={cx - 3.5}
              y={active - 3.5}
              width={7}
              height={7}
              fill="var(--ts-bg)"
              stroke="var(--ts-accent)"
              transform={`rotate(45 ${cx} ${active})`}
            />
          </>
        );
      }}
    />
  );
}
