'use client';
import {
  interpolate,
  themeColor,
  themeStyle,
  toTensorscopeError,
  type Locale,
  type ThemeSetting,
} from '@tensorscope/common';
import { ErrorMessage, TensorscopeErrorBoundary, useTensorscopeSettings } from '@tensorscope/common/react';
import { Suspense, lazy, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPointCloud, type PointCloud, type PointCloudInput } from './core/pointCloud.js';
import { messages } from './messages.js';

const PointsScene = lazy(() => import('./PointsScene.js'));

export interface EmbeddingScatterProps extends PointCloudInput {
  /** Language of labels. Default from `TensorscopeProvider`, else `'en'`. */
  locale?: Locale;
  /** Colour theme. Default from `TensorscopeProvider`, else `'light'`. */
  theme?: ThemeSetting;
  /** Height of the view in pixels. Default 360. Width follows the parent. */
  height?: number;
  /** Point size in pixels at unit distance. Default 10. */
  pointSize?: number;
  /** Called when a point is clicked. */
  onSelect?: (index: number, label: string) => void;
  className?: string;
  style?: CSSProperties;
}

/**
 * Points (e.g. word vectors projected to 2-D or 3-D) in an orbitable WebGL view: one draw call,
 * round anti-aliased sprites, hover and click readouts. three.js loads lazily on the client.
 */
export function EmbeddingScatter(props: EmbeddingScatterProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const hintId = useId();
  const viewRef = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [resetToken, setResetToken] = useState(0);

  const parsed = useMemo((): { cloud: PointCloud | null; error: unknown } => {
    try {
      return {
        cloud: createPointCloud({ points: props.points, dimensions: props.dimensions, labels: props.labels }),
        error: null,
      };
    } catch (error) {
      return { cloud: null, error: toTensorscopeError(error, 'INVALID_VALUE') };
    }
  }, [props.points, props.dimensions, props.labels]);
  const lastGood = useRef<PointCloud | null>(null);
  if (parsed.cloud) lastGood.current = parsed.cloud;
  const cloud = parsed.cloud ?? lastGood.current;
  const height = props.height ?? 360;

  const pointLabel = (index: number | null) =>
    index === null || !cloud ? null : (cloud.labels[index] ?? String(index));

  return (
    <div
      className={['ts-embedding-scatter', props.className].filter(Boolean).join(' ')}
      style={{
        ...themeStyle(theme),
        background: 'var(--ts-bg)',
        color: 'var(--ts-fg)',
        fontFamily: 'var(--ts-font)',
        fontSize: 13,
        padding: 8,
        boxSizing: 'border-box',
        width: '100%',
        ...props.style,
      }}
    >
      {parsed.error ? <ErrorMessage error={parsed.error} locale={locale} style={{ marginBottom: 8 }} /> : null}
      {cloud ? (
        <>
          <div
            ref={viewRef}
            role="group"
            aria-label={interpolate(t.label, { count: cloud.count, dimensions: cloud.dimensions })}
            aria-describedby={hintId}
            tabIndex={0}
            className="ts-embedding-scatter__view"
            style={{
              position: 'relative',
              height,
              borderRadius: 6,
              overflow: 'hidden',
              border: '1px solid var(--ts-border)',
              outlineColor: 'var(--ts-focus)',
            }}
          >
            <TensorscopeErrorBoundary locale={locale} resetKeys={[cloud]}>
              <Suspense fallback={<p style={{ margin: 12 }}>{t.loading}</p>}>
                <PointsScene
                  cloud={cloud}
                  pointSize={props.pointSize ?? 10}
                  color={themeColor(theme, '--ts-accent')}
                  highlightColor={themeColor(theme, '--ts-focus')}
                  background={themeColor(theme, '--ts-surface')}
                  selected={selected}
                  onHover={setHovered}
                  onSelect={(index) => {
                    setSelected(index);
                    props.onSelect?.(index, cloud.labels[index] ?? String(index));
                  }}
                  keyTarget={viewRef}
                  resetToken={resetToken}
                />
              </Suspense>
            </TensorscopeErrorBoundary>
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginTop: 6 }}>
            <button
              type="button"
              onClick={() => setResetToken((n) => n + 1)}
              style={{
                font: 'inherit',
                color: 'var(--ts-fg)',
                background: 'var(--ts-surface)',
                border: '1px solid var(--ts-border)',
                borderRadius: 4,
                padding: '2px 10px',
                cursor: 'pointer',
              }}
            >
              {t.reset}
            </button>
            <span aria-live="polite" className="ts-embedding-scatter__readout">
              {hovered !== null
                ? `${t.hovered}: ${pointLabel(hovered)}`
                : selected !== null
                  ? `${t.selected}: ${pointLabel(selected)}`
                  : t.none}
            </span>
          </div>
          <p id={hintId} style={{ margin: '4px 0 0', color: 'var(--ts-muted)', fontSize: 12 }}>
            {cloud.dimensions === 3 ? t.hint3d : t.hint2d}
          </p>
        </>
      ) : null}
    </div>
  );
}
