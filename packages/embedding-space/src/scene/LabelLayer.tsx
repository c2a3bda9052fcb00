'use client';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Vector3 } from 'three';
import { estimateLabelWidth, placeLabels, type LabelCandidate } from '../core/labelLayout.js';
import { profileSpan } from '../core/mountProfile.js';
import { useLabelElements } from './labelElements.js';
import { POINT_STATE } from './pointState.js';
import { projectToScreen } from './screenProjection.js';

export interface LabelLayerProps {
  container: RefObject<HTMLDivElement | null>;
  positions: Float32Array;
  fromPositions: Float32Array | null;
  morph: number;
  labels: readonly string[];
  states: Uint8Array;
  pinned: readonly number[];
  auto: boolean;
  fontSize: number;
  color: string;
  background: string;
  /** The scene calls `recompute.current()` when the camera settles. */
  recompute: { current: () => void };
}

/** How many points near the front of the data are considered for automatic labels. */
const CANDIDATES = 600;
const MAX_AUTO_LABELS = 40;

/**
 * HTML labels over the canvas: the pinned ones (focused, selected, neighbours) always, plus a
 * collision-avoiding set near the view centre chosen when the camera settles. Per frame it only
 * moves the ≤ ~60 label elements, so its cost does not grow with the number of points.
 */
export function LabelLayer(props: LabelLayerProps) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const autoSet = useRef<number[]>([]);
  // Where each pinned label sits relative to its point, chosen when the camera settles so that
  // pinned labels (focused, selected, neighbours) do not cover each other.
  const offsets = useRef(new Map<number, [number, number]>());
  const screen = useRef<Float32Array | undefined>(undefined);
  const elements = useLabelElements<number>(
    'ts-embedding-space__label',
    'position:absolute;left:0;top:0;white-space:nowrap;pointer-events:none;padding:0 3px;border-radius:3px;max-width:16em;overflow:hidden;text-overflow:ellipsis;',
  );
  const latest = useRef(props);
  latest.current = props;

  const chooseAutoLabels = () => {
    const { positions, labels, states, pinned, auto, fontSize } = latest.current;
    if (!auto) {
      autoSet.current = [];
      return;
    }
    const width = size.width;
    const height = size.height;
    screen.current = projectToScreen(positions, camera, width, height, screen.current);
    const s = screen.current;
    const count = Math.floor(positions.length / 3);
    const cx = width / 2;
    const cy = height / 2;
    const maxDistance = Math.hypot(cx, cy);
    const candidates: LabelCandidate[] = [];
    const lineHeight = fontSize * 1.3;
    const taken: { x: number; y: number; width: number; height: number }[] = [];
    offsets.current.clear();
    for (const index of pinned) {
      const x = s[index * 2]!;
      const y = s[index * 2 + 1]!;
      if (!Number.isFinite(x)) continue;
      const width = estimateLabelWidth(labels[index] ?? '', fontSize) + 8;
      const options: [number, number][] = [
        [6, -fontSize * 0.65],
        [-width - 6, -fontSize * 0.65],
        [-width / 2, -lineHeight - 6],
        [-width / 2, 6],
        [6, -lineHeight - 4],
        [6, 4],
      ];
      const overlaps = (box: { x: number; y: number }) =>
        taken.some(
          (t) => box.x < t.x + t.width && box.x + width > t.x && box.y < t.y + t.height && box.y + lineHeight > t.y,
        );
      const offset = options.find(([dx, dy]) => !overlaps({ x: x + dx, y: y + dy })) ?? options[0]!;
      offsets.current.set(index, offset);
      taken.push({ x: x + offset[0], y: y + offset[1], width, height: lineHeight });
      candidates.push({ index, x: x + offset[0], y: y + offset[1], priority: 10, width, height: lineHeight });
    }
    for (let i = 0; i < count && candidates.length < CANDIDATES; i++) {
      if (states[i] === POINT_STATE.hidden || states[i] === POINT_STATE.dimmed) continue;
      const x = s[i * 2]!;
      const y = s[i * 2 + 1]!;
      if (!(x >= 0 && x <= width && y >= 0 && y <= height)) continue;
      const centrality = 1 - Math.hypot(x - cx, y - cy) / maxDistance;
      candidates.push({
        index: i,
        x: x + 6,
        y: y - fontSize * 0.65,
        // Near the centre first; among equals, earlier rows (e.g. more frequent words).
        priority: centrality - (i / count) * 0.25,
        width: estimateLabelWidth(labels[i] ?? String(i), fontSize) + 8,
        height: lineHeight,
      });
    }
    const placed = placeLabels(candidates, { width, height }, { max: MAX_AUTO_LABELS + pinned.length });
    const pinnedSet = new Set(pinned);
    autoSet.current = placed.filter((index) => !pinnedSet.has(index));
  };

  // The first choice waits until the points are drawn (it projects every point to the screen);
  // later ones (camera settled, new layout or states) run at once.
  const drawn = useRef(false);
  useEffect(() => {
    props.recompute.current = () => {
      chooseAutoLabels();
      invalidate();
    };
    if (drawn.current) {
      profileSpan('auto labels', chooseAutoLabels);
      invalidate();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        drawn.current = true;
        profileSpan('auto labels', chooseAutoLabels);
        invalidate();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.positions, props.labels, props.auto, props.fontSize, props.states, props.pinned, size, camera]);

  const point = useRef(new Vector3());
  const fromPoint = useRef(new Vector3());
  useFrame(() => {
    const host = props.container.current;
    if (!host) return;
    const { positions, fromPositions, morph, labels, pinned, fontSize, color, background } = latest.current;
    const pinnedSet = new Set(pinned);
    const wanted = [...pinned, ...autoSet.current];
    elements.keepOnly(new Set(wanted));
    for (const index of wanted) {
      if (index * 3 + 2 >= positions.length) continue;
      const element = elements.get(host, index, (made) => {
        made.textContent = labels[index] ?? String(index);
        made.title = labels[index] ?? String(index);
      });
      const isPinned = pinnedSet.has(index);
      const layer = index === pinned[0] ? 3 : isPinned ? 2 : 1;
      // Per frame only the position changes; the look is written when it changes.
      const look = `${layer}|${fontSize}|${color}|${background}`;
      if (element.dataset.look !== look) {
        element.dataset.look = look;
        element.style.fontSize = `${fontSize}px`;
        element.style.fontWeight = isPinned ? '600' : '400';
        element.style.color = color;
        element.style.background = isPinned ? background : 'transparent';
        element.style.textShadow = isPinned ? 'none' : `0 0 3px ${background}, 0 0 2px ${background}`;
        element.style.zIndex = String(layer);
      }
      const v = point.current.set(positions[index * 3]!, positions[index * 3 + 1]!, positions[index * 3 + 2]!);
      if (fromPositions) {
        const from = fromPoint.current.set(
          fromPositions[index * 3]!,
          fromPositions[index * 3 + 1]!,
          fromPositions[index * 3 + 2]!,
        );
        v.lerpVectors(from, v, morph);
      }
      v.project(camera);
      const visible = v.z < 1 && v.z > -1;
      element.style.display = visible ? 'block' : 'none';
      const x = (v.x + 1) * (size.width / 2);
      const y = (1 - v.y) * (size.height / 2);
      const [dx, dy] = (isPinned ? offsets.current.get(index) : undefined) ?? [6, -fontSize * 0.65];
      element.style.transform = `translate(${Math.round(x + dx)}px, ${Math.round(y + dy)}px)`;
    }
  });
  return null;
}
