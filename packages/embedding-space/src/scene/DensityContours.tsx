'use client';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Group, LineBasicMaterial, LineSegments } from 'three';
import type { DensityContour } from '../core/density/contours.js';

export interface DensityContoursProps {
  contours: readonly DensityContour[];
  /** The layout plane the map was taken over: `[0, 1]` draws in x–y at `depth`, `[0, 2]` on the floor (y = `depth`). */
  axes: readonly [number, number];
  /** z of the x–y plane (2-D: over the points) or y of the floor (3-D: under the points). */
  depth: number;
  color: string;
}

/** Iso-lines of the density map as line segments, inner (denser) levels more opaque. */
export function DensityContours({ contours, axes, depth, color }: DensityContoursProps) {
  const group = useMemo(() => {
    const root = new Group();
    contours.forEach((contour, level) => {
      const segments = contour.segments;
      const vertices = new Float32Array((segments.length / 2) * 3);
      const floor = axes[1] === 2;
      for (let k = 0, v = 0; k < segments.length; k += 2, v += 3) {
        vertices[v] = segments[k]!;
        vertices[v + 1] = floor ? depth : segments[k + 1]!;
        vertices[v + 2] = floor ? segments[k + 1]! : depth;
      }
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(vertices, 3));
      // Contours are listed from the densest core outwards (mass 0.25 → 0.9).
      const opacity = 0.85 - (0.5 * level) / Math.max(1, contours.length - 1);
      // In 2-D the lines lie over the points (a dense core would hide them); on the 3-D floor they are depth-tested.
      const lines = new LineSegments(
        geometry,
        new LineBasicMaterial({ color, transparent: true, opacity, depthWrite: false, depthTest: floor }),
      );
      lines.frustumCulled = false;
      lines.renderOrder = floor ? -1 : 10;
      root.add(lines);
    });
    return root;
  }, [contours, axes, depth, color]);
  useEffect(
    () => () => {
      for (const child of group.children) {
        const lines = child as LineSegments;
        lines.geometry.dispose();
        (lines.material as LineBasicMaterial).dispose();
      }
    },
    [group],
  );
  return <primitive object={group} />;
}
