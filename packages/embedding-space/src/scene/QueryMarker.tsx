'use client';
import { useEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  OctahedronGeometry,
} from 'three';

/** Radius of the diamond in layout units (layouts fill about [-1, 1]). */
const SIZE = 0.035;

/**
 * A meaning query in the scene: a diamond (an octahedron, a diamond from any side) at its place in
 * the layout, with lines to its nearest points. Freed when it changes.
 */
export function QueryMarker({
  position,
  positions,
  neighbors,
  color,
  lineColor,
}: {
  position: Float32Array;
  positions: Float32Array;
  neighbors: readonly number[];
  color: string;
  lineColor: string;
}) {
  const object = useMemo(() => {
    const group = new Group();
    const diamond = new Mesh(new OctahedronGeometry(SIZE, 0), new MeshBasicMaterial({ color, depthTest: false }));
    diamond.position.set(position[0]!, position[1]!, position[2]!);
    diamond.renderOrder = 2;
    group.add(diamond);
    const targets = neighbors.filter((i) => i * 3 + 2 < positions.length);
    const vertices = new Float32Array(targets.length * 6);
    targets.forEach((to, i) => {
      for (let c = 0; c < 3; c++) {
        vertices[i * 6 + c] = position[c]!;
        vertices[i * 6 + 3 + c] = positions[to * 3 + c]!;
      }
    });
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(vertices, 3));
    const lines = new LineSegments(
      geometry,
      new LineBasicMaterial({ color: lineColor, transparent: true, opacity: 0.7, depthWrite: false }),
    );
    lines.frustumCulled = false;
    group.add(lines);
    return group;
  }, [position, positions, neighbors, color, lineColor]);
  useEffect(
    () => () => {
      object.traverse((child) => {
        if (child instanceof Mesh || child instanceof LineSegments) {
          child.geometry.dispose();
          (child.material as MeshBasicMaterial | LineBasicMaterial).dispose();
        }
      });
    },
    [object],
  );
  return <primitive object={object} />;
}
