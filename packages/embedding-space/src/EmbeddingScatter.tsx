'use client';
import { interpolate, themeColor, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import {
  ErrorMessage,
  TensorscopeErrorBoundary,
  useLastValid,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import { Suspense, lazy, useId, useRef, useState, type CSSProperties } from 'react';
import { createPointCloud, type PointCloudInput } from './core/pointCloud.js';
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

  // Bad input shows an error and keeps the last valid points: nothing the user had is lost.
  const { value: cloud, error } = useLastValid(
    () => createPointCloud({ points: props.points, dimensions: props.dimensions, labels: props.labels }),
    [props.points, props.dimensions, props.labels],
  );
  const height = props.height ?? 360;

  const pointLabel = (index: number | null) =>
    index === null || !cloud ? null : (cloud.labels[index] ?? String(index));

  return (
    <div
      className={['ts-embedding-scatter', props.className].filter(Boolean).join(' ')}
      style={{
        ...themedRootStyle(theme),
        width: '100%',
        ...props.style,
      }}
    >
      {error ? <ErrorMessage error={error} locale={locale} style={{ marginBottom: 8 }} /> : null}
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
