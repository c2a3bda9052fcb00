'use client';
import { useMemo, type RefObject } from 'react';
import type { ExplorerDensity } from '../core/density/densityRunner.js';
import { ClusterLabels } from './ClusterLabels.js';
import { DensityContours } from './DensityContours.js';

/** What the scene needs to draw the density map of its layout. */
export interface DensityLayerProps {
  density: ExplorerDensity;
  showContours: boolean;
  showLabels: boolean;
  mode: '2d' | '3d';
  /** Contour colour. */
  color: string;
  foreground: string;
  background: string;
  fontSize: number;
}

/**
 * Density contours (2-D: over the points; 3-D: on the floor plane under them) and cluster
 * labels by zoom level, for the layout the map was computed from.
 */
export function DensityLayer(props: DensityLayerProps & { container: RefObject<HTMLDivElement | null> }) {
  const { density } = props;
  const positions = density.layout.positions;
  // The floor sits a little under the lowest point.
  const depth = useMemo(() => {
    if (density.axes[1] !== 2) return 0.002;
    let min = Infinity;
    for (let i = 1; i < positions.length; i += 3) if (positions[i]! < min) min = positions[i]!;
    return Number.isFinite(min) ? min - 0.05 : -0.6;
  }, [density.axes, positions]);
  return (
    <>
      {props.showContours ? (
        <DensityContours contours={density.map.contours} axes={density.axes} depth={depth} color={props.color} />
      ) : null}
      {props.showLabels && density.labels ? (
        <ClusterLabels
          container={props.container}
          levels={density.map.clusters.levels}
          labels={density.labels}
          axes={density.axes}
          mode={props.mode}
          fontSize={props.fontSize}
          color={props.foreground}
          background={props.background}
        />
      ) : null}
    </>
  );
}
