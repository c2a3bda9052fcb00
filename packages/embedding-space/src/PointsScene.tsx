'use client';
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo, type RefObject } from 'react';
import { EmbeddingPoints } from './scene/EmbeddingPoints.js';
import { POINT_STATE } from './scene/pointState.js';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import type { PointCloud } from './core/pointCloud.js';

export interface PointsSceneProps {
  cloud: PointCloud;
  pointSize: number;
  color: string;
  highlightColor: string;
  background: string;
  selected: number | null;
  onHover: (index: number | null) => void;
  onSelect: (index: number) => void;
  /** Element that receives arrow keys for panning. */
  keyTarget: RefObject<HTMLElement | null>;
  /** Changing this number resets the camera. */
  resetToken: number;
}

function Controls({
  dimensions,
  keyTarget,
  resetToken,
}: {
  dimensions: 2 | 3;
  keyTarget: PointsSceneProps['keyTarget'];
  resetToken: number;
}) {
  const camera = useThree((state) => state.camera);
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    if (dimensions === 3) camera.position.set(2.2, 1.5, 2.2);
    else camera.position.set(0, 0, 3);
    camera.lookAt(0, 0, 0);
    const controls = new OrbitControls(camera, gl.domElement);
    controls.enableRotate = dimensions === 3;
    controls.enableDamping = false;
    controls.keyPanSpeed = 20;
    if (keyTarget.current) controls.listenToKeyEvents(keyTarget.current);
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    invalidate();
    return () => {
      controls.removeEventListener('change', onChange);
      controls.stopListenToKeyEvents();
      controls.dispose();
    };
  }, [camera, gl, invalidate, dimensions, keyTarget, resetToken]);
  return null;
}

/** The cloud drawn by the shared `EmbeddingPoints`; R3F's raycast events bubble to the group. */
function Points({
  cloud,
  pointSize,
  color,
  highlightColor,
  background,
  selected,
  onHover,
  onSelect,
}: PointsSceneProps) {
  const states = useMemo(() => {
    const out = new Uint8Array(cloud.count);
    if (selected !== null && selected < cloud.count) out[selected] = POINT_STATE.selected;
    return out;
  }, [cloud.count, selected]);
  return (
    <group
      onPointerMove={(event) => {
        event.stopPropagation();
        onHover(event.index ?? null);
      }}
      onPointerOut={() => onHover(null)}
      onClick={(event) => {
        event.stopPropagation();
        if (event.index !== undefined) onSelect(event.index);
      }}
    >
      <EmbeddingPoints
        positions={cloud.positions}
        states={states}
        color={color}
        highlightColor={highlightColor}
        backgroundColor={background}
        pointSize={pointSize}
      />
    </group>
  );
}

/** The WebGL part of `EmbeddingScatter`, loaded lazily so three.js stays out of the main bundle. */
export default function PointsScene(props: PointsSceneProps) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 50, near: 0.01, far: 100 }}
      raycaster={{ params: { Points: { threshold: 0.04 } } as never }}
      aria-hidden="true"
      style={{ background: props.background }}
    >
      <Controls dimensions={props.cloud.dimensions} keyTarget={props.keyTarget} resetToken={props.resetToken} />
      <Points {...props} />
    </Canvas>
  );
}
