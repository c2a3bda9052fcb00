'use client';
import { useFrame, useThree } from '@react-three/fiber';
import { defaultCamera } from './defaultCamera.js';
import { useLabelElements } from './labelElements.js';
import { useEffect, useRef, type RefObject } from 'react';
import { Vector3 } from 'three';
import type { ClusterLabel } from '../core/density/clusterLabels.js';
import type { ClusterLevel } from '../core/density/clusters.js';
import { estimateLabelWidth, placeLabels, type LabelCandidate } from '../core/labelLayout.js';

export interface ClusterLabelsProps {
  container: RefObject<HTMLDivElement | null>;
  levels: readonly ClusterLevel[];
  labels: readonly (readonly ClusterLabel[])[];
  /** The plane of the map: `[0, 1]` anchors labels at their 2-D peaks, `[0, 2]` at their 3-D centroids. */
  axes: readonly [number, number];
  mode: '2d' | '3d';
  fontSize: number;
  color: string;
  background: string;
}

/** Zoom factors (default distance ÷ distance) from which the medium and the fine level show. */
const LEVEL_ZOOM = [1.6, 3.2];
const MAX_LABELS = 60;

/** The finest level shown at a zoom factor: 0 (coarse) at the default view, finer as the camera comes closer. */
export function levelForZoom(zoom: number, levels: number): number {
  let level = 0;
  for (const at of LEVEL_ZOOM) if (zoom >= at) level++;
  return Math.max(0, Math.min(levels - 1, level));
}

/** The text drawn for a cluster: fewer terms for finer levels; a category's share. */
function shown(label: ClusterLabel): string {
  if (label.method === 'category') {
    const term = label.terms[0];
    return term ? `${term.text} ${Math.round((term.share ?? 0) * 100)}%` : '';
  }
  return label.terms
    .slice(0, label.level === 0 ? 3 : 2)
    .map((t) => t.text)
    .join(', ');
}

/**
 * Cluster labels over the canvas: the coarse level at the default zoom, and the finer levels'
 * labels added as the camera comes closer; all placed without overlap (coarser and larger
 * clusters first) each frame the view changes. At most {@link MAX_LABELS} elements.
 */
export function ClusterLabels(props: ClusterLabelsProps) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const elements = useLabelElements<string>(
    'ts-embedding-space__cluster-label',
    'position:absolute;left:0;top:0;white-space:nowrap;pointer-events:none;padding:0 4px;border-radius:3px;z-index:4;',
  );
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => invalidate(), [props.levels, props.labels, props.fontSize, props.color, invalidate]);

  const point = useRef(new Vector3());
  useFrame(() => {
    const host = latest.current.container.current;
    if (!host) return;
    const { levels, labels, axes, mode, fontSize, color, background } = latest.current;
    const distance = mode === '2d' ? Math.abs(camera.position.z) : camera.position.length();
    const home = Math.hypot(...defaultCamera(mode, size.width, size.height).position);
    const level = levelForZoom(home / Math.max(distance, 1e-6), levels.length);
    const candidates: LabelCandidate[] = [];
    const entries: { key: string; text: string; level: number; x: number; y: number; size: number }[] = [];
    for (let l = 0; l <= level; l++) {
      const clusters = levels[l]?.clusters ?? [];
      const textSize = fontSize + (l === 0 ? 3 : l === 1 ? 1 : 0);
      clusters.forEach((cluster, id) => {
        const label = labels[l]?.[id];
        if (!label) return;
        const text = shown(label);
        if (!text) return;
        const anchor = axes[1] === 2 ? cluster.centroid : [cluster.peak[0], cluster.peak[1], 0];
        const v = point.current.set(anchor[0] ?? 0, anchor[1] ?? 0, anchor[2] ?? 0).project(camera);
        if (!(v.z > -1 && v.z < 1)) return;
        const x = (v.x + 1) * (size.width / 2);
        const y = (1 - v.y) * (size.height / 2);
        const width = estimateLabelWidth(text, textSize) + 8;
        const height = textSize * 1.3;
        candidates.push({
          index: entries.length,
          x: x - width / 2,
          y: y - height / 2,
          // Coarser levels first, then larger clusters.
          priority: (levels.length - l) * 1e9 + cluster.count,
          width,
          height,
        });
        entries.push({ key: `${l}:${id}`, text, level: l, x, y, size: textSize });
      });
    }
    const placed = placeLabels(candidates, { width: size.width, height: size.height }, { max: MAX_LABELS });
    const keep = new Set<string>();
    for (const index of placed) {
      const entry = entries[index]!;
      keep.add(entry.key);
      const element = elements.get(host, entry.key);
      const look = `${entry.text}|${entry.size}|${color}|${background}`;
      if (element.dataset.look !== look) {
        element.dataset.look = look;
        element.textContent = entry.text;
        element.style.fontSize = `${entry.size}px`;
        element.style.fontWeight = entry.level === 0 ? '700' : '600';
        element.style.color = color;
        element.style.opacity = entry.level === 0 ? '0.95' : '0.85';
        element.style.textShadow = `0 0 4px ${background}, 0 0 2px ${background}, 0 0 1px ${background}`;
      }
      element.style.transform = `translate(${Math.round(entry.x)}px, ${Math.round(entry.y)}px) translate(-50%, -50%)`;
    }
    elements.keepOnly(keep);
  });

  return null;
}
