'use client';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  OctahedronGeometry,
  Vector3,
} from 'three';

/** Radius of the diamond in layout units (layouts fill about [-1, 1]). */
const SIZE = 0.06;

/**
 * A meaning query in the scene: a diamond (an octahedron, a diamond from any side) at its place in
 * the layout, with lines to its nearest points and an HTML label "◆ text" over the label layer.
 * Freed when it changes.
 */
export function QueryMarker({
  position,
  positions,
  neighbors,
  text,
  container,
  color,
  background,
  fontSize,
  lineColor,
}: {
  position: Float32Array;
  positions: Float32Array;
  neighbors: readonly number[];
  text: string;
  container: RefObject<HTMLDivElement | null>;
  color: string;
  background: string;
  fontSize: number;
  lineColor: string;
}) {
  const invalidate = useThree((state) => state.invalidate);
  const camera = useThree((state) => state.camera);
  const size = useThree((state) => state.size);
  const label = useRef<HTMLSpanElement | null>(null);
  const point = useRef(new Vector3());
  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const element = document.createElement('span');
    element.className = 'ts-embedding-space__query-label';
    element.style.cssText =
      'position:absolute;left:0;top:0;white-space:nowrap;pointer-events:none;padding:0 4px;border-radius:3px;font-weight:700;z-index:4;max-width:16em;overflow:hidden;text-overflow:ellipsis;';
    host.appendChild(element);
    label.current = element;
    return () => {
      element.remove();
      label.current = null;
    };
  }, [container]);
  useEffect(() => {
    const element = label.current;
    if (!element) return;
    element.textContent = `◆ ${text}`;
    element.style.color = color;
    element.style.background = background;
    element.style.border = `1px solid ${color}`;
    element.style.fontSize = `${fontSize}px`;
  }, [text, color, background, fontSize]);
  useFrame(() => {
    const element = label.current;
    if (!element) return;
    const v = point.current.set(position[0]!, position[1]!, position[2]!).project(camera);
    element.style.display = v.z < 1 && v.z > -1 ? 'block' : 'none';
    const x = (v.x + 1) * (size.width / 2);
    const y = (1 - v.y) * (size.height / 2);
    element.style.transform = `translate(${Math.round(x + 10)}px, ${Math.round(y + 6)}px)`;
  });
  const object = useMemo(() => {
    const group = new Group();
    // Drawn last, over the (transparent, depth-less) points: a transparent pass with the highest order.
    const diamond = new Mesh(
      new OctahedronGeometry(SIZE, 0),
      new MeshBasicMaterial({ color, transparent: true, depthTest: false, depthWrite: false }),
    );
    diamond.position.set(position[0]!, position[1]!, position[2]!);
    diamond.renderOrder = 10;
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
      new LineBasicMaterial({ color: lineColor, transparent: true, opacity: 0.8, depthTest: false, depthWrite: false }),
    );
    lines.frustumCulled = false;
    lines.renderOrder = 9;
    group.add(lines);
    return group;
  }, [position, positions, neighbors, color, lineColor]);
  // The canvas draws on demand: ask for a frame when the marker appears, moves or goes.
  useEffect(() => {
    invalidate();
    return () => invalidate();
  }, [object, invalidate]);
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
