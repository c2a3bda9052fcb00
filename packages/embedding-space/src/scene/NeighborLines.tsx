'use client';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineSegments } from 'three';

/** Lines from the selected point to its neighbours (one draw call), freed when they change. */
export function NeighborLines({
  positions,
  lines,
  color,
}: {
  positions: Float32Array;
  lines: { from: number; to: readonly number[] };
  color: string;
}) {
  const object = useMemo(() => {
    const vertices = new Float32Array(lines.to.length * 6);
    lines.to.forEach((to, i) => {
      for (let c = 0; c < 3; c++) {
        vertices[i * 6 + c] = positions[lines.from * 3 + c]!;
        vertices[i * 6 + 3 + c] = positions[to * 3 + c]!;
      }
    });
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(vertices, 3));
    const segments = new LineSegments(
      geometry,
      new LineBasicMaterial({ color, transparent: true, opacity: 0.7, depthWrite: false }),
    );
    segments.frustumCulled = false;
    return segments;
  }, [positions, lines, color]);
  useEffect(
    () => () => {
      object.geometry.dispose();
      (object.material as LineBasicMaterial).dispose();
    },
    [object],
  );
  return <primitive object={object} />;
}
