'use client';
import { useThree } from '@react-three/fiber';
import { useEffect, useImperativeHandle, useMemo, type Ref } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Points,
  SRGBColorSpace,
  Sphere,
  Vector3,
  type ShaderMaterial,
} from 'three';
import { profileMark } from '../core/mountProfile.js';
import { createPickMaterial, createPointsMaterial } from './pointsMaterial.js';

export interface EmbeddingPointsProps {
  /** `count × 3` positions (use z = 0 for 2-D layouts). */
  positions: Float32Array;
  /** Optional start layout (`count × 3`) to morph from; `morph` mixes from it (0) to `positions` (1). */
  fromPositions?: Float32Array | null;
  /** Morph amount between `fromPositions` and `positions`. Default 1. */
  morph?: number;
  /** `count × 3` sRGB colours in 0–1. Default: every point in `color`. */
  colors?: Float32Array | null;
  /** Colour of every point when `colors` is not given. Default `#2457c5`. */
  color?: string;
  /** One byte per point: 0 normal, 1 dimmed, 2 neighbour, 3 selected, 4 hidden (see `POINT_STATE`). */
  states?: Uint8Array | null;
  /** Sprite diameter in CSS pixels at unit distance. Default 6. */
  pointSize?: number;
  /** Shrink points with distance (perspective). Default true. */
  sizeAttenuation?: boolean;
  /** Ring colour of selected and neighbour points. Default `#b3261e`. */
  highlightColor?: string;
  /** Colour dimmed points fade towards. Default white. */
  backgroundColor?: string;
  /** Imperative access to the three.js objects (e.g. for GPU picking). */
  ref?: Ref<EmbeddingPointsHandle>;
}

export interface EmbeddingPointsHandle {
  /** The drawn points (one draw call). */
  points: Points;
  /** The same geometry with the id material, for GPU picking. */
  pickPoints: Points;
}

// Draw tiers: dimmed context first, then normal, neighbours, and the selection last (on top).
// Hidden points are left out of the draw entirely.
const TIER_OF_STATE = [1, 0, 2, 3, -1];

/** Point indices in drawing order (a counting sort by state tier, stable within a tier). */
export function drawOrder(states: Uint8Array, count: number): Uint32Array {
  const tierCounts = [0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    const tier = TIER_OF_STATE[states[i]!] ?? 1;
    if (tier >= 0) tierCounts[tier]!++;
  }
  const starts = [0, tierCounts[0]!, tierCounts[0]! + tierCounts[1]!, tierCounts[0]! + tierCounts[1]! + tierCounts[2]!];
  const order = new Uint32Array(starts[3]! + tierCounts[3]!);
  for (let i = 0; i < count; i++) {
    const tier = TIER_OF_STATE[states[i]!] ?? 1;
    if (tier >= 0) order[starts[tier]!++] = i;
  }
  return order;
}

/**
 * All points of an embedding as one `THREE.Points` draw call with a custom shader: round,
 * anti-aliased sprites with size attenuation, per-point colour and state, GPU-side morphing.
 * Use it inside your own react-three-fiber `<Canvas>`; `<EmbeddingSpace>` uses it too.
 */
export function EmbeddingPoints({
  positions,
  fromPositions,
  morph = 1,
  colors,
  color = '#2457c5',
  states,
  pointSize = 6,
  sizeAttenuation = true,
  highlightColor = '#b3261e',
  backgroundColor = '#ffffff',
  ref,
}: EmbeddingPointsProps) {
  const count = Math.floor(positions.length / 3);
  const pixelRatio = useThree((state) => state.viewport.dpr);
  const invalidate = useThree((state) => state.invalidate);

  profileMark('points render');
  const geometry = useMemo(() => {
    // No per-point id attribute: the pick pass reads the point's row from gl_VertexID.
    const g = new BufferGeometry();
    g.setAttribute('aState', new BufferAttribute(new Uint8Array(count), 1));
    g.setAttribute('aColor', new BufferAttribute(new Float32Array(count * 3), 3));
    // Layouts are fitted to the unit cube: a fixed bound keeps three.js from scanning every point.
    g.boundingSphere = new Sphere(new Vector3(), 2);
    profileMark('points geometry');
    return g;
  }, [count]);

  useEffect(() => {
    const position = new BufferAttribute(positions, 3);
    geometry.setAttribute('position', position);
    // Without a morph the start layout is the same attribute object: uploaded once, not twice.
    geometry.setAttribute('aFrom', fromPositions ? new BufferAttribute(fromPositions, 3) : position);
    invalidate();
  }, [geometry, positions, fromPositions, invalidate]);

  useEffect(() => {
    const attribute = geometry.getAttribute('aColor') as BufferAttribute;
    const target = attribute.array as Float32Array;
    if (colors && colors.length >= count * 3) target.set(colors.subarray(0, count * 3));
    else {
      // The shader takes sRGB components (like computePointColors' palette), not three's linear ones.
      const c = new Color(color).getRGB({ r: 0, g: 0, b: 0 }, SRGBColorSpace);
      for (let i = 0; i < count; i++) {
        target[i * 3] = c.r;
        target[i * 3 + 1] = c.g;
        target[i * 3 + 2] = c.b;
      }
    }
    attribute.needsUpdate = true;
    invalidate();
  }, [geometry, colors, color, count, invalidate]);

  useEffect(() => {
    const attribute = geometry.getAttribute('aState') as BufferAttribute;
    const target = attribute.array as Uint8Array;
    if (states && states.length >= count) target.set(states.subarray(0, count));
    else target.fill(0);
    attribute.needsUpdate = true;
    // Every point normal (nothing selected, dimmed or hidden): draw in row order, with no index.
    let plain = true;
    for (let i = 0; i < count && plain; i++) plain = target[i] === 0;
    geometry.setIndex(plain ? null : new BufferAttribute(drawOrder(target, count), 1));
    profileMark('points attributes');
    invalidate();
  }, [geometry, states, count, invalidate]);

  const material = useMemo(
    () =>
      createPointsMaterial({
        size: pointSize,
        pixelRatio,
        attenuation: sizeAttenuation,
        highlight: highlightColor,
        background: backgroundColor,
      }),
    [pointSize, pixelRatio, sizeAttenuation, highlightColor, backgroundColor],
  );
  const pickMaterial = useMemo(
    () => createPickMaterial({ size: pointSize, attenuation: sizeAttenuation }),
    [pointSize, sizeAttenuation],
  );
  useEffect(() => {
    for (const m of [material, pickMaterial] as ShaderMaterial[]) m.uniforms.uMorph!.value = fromPositions ? morph : 1;
    invalidate();
  }, [material, pickMaterial, morph, fromPositions, invalidate]);

  const points = useMemo(() => {
    const p = new Points(geometry, material);
    p.frustumCulled = false;
    return p;
  }, [geometry, material]);
  const pickPoints = useMemo(() => {
    const p = new Points(geometry, pickMaterial);
    p.frustumCulled = false;
    return p;
  }, [geometry, pickMaterial]);
  useImperativeHandle(ref, () => ({ points, pickPoints }), [points, pickPoints]);

  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => pickMaterial.dispose(), [pickMaterial]);

  return <primitive object={points} />;
}
