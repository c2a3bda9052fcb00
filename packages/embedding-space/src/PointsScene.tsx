'use client';
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo, type RefObject } from 'react';
import { BufferAttribute, BufferGeometry, Color, ShaderMaterial } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import type { PointCloud } from './core/pointCloud.js';

const VERTEX = /* glsl */ `
uniform float uSize;
uniform float uPixelRatio;
attribute float aHighlight;
varying float vHighlight;
void main() {
  vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  gl_PointSize = uSize * uPixelRatio * (3.0 / max(-mvPosition.z, 0.1)) * (1.0 + aHighlight);
  vHighlight = aHighlight;
}`;

const FRAGMENT = /* glsl */ `
uniform vec3 uColor;
uniform vec3 uHighlightColor;
varying float vHighlight;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  float edge = fwidth(r2);
  float alpha = 1.0 - smoothstep(1.0 - edge * 1.5, 1.0, r2);
  if (alpha <= 0.0) discard;
  gl_FragColor = vec4(mix(uColor, uHighlightColor, vHighlight), alpha);
  #include <colorspace_fragment>
}`;

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

function Points({ cloud, pointSize, color, highlightColor, selected, onHover, onSelect }: PointsSceneProps) {
  const pixelRatio = useThree((state) => state.viewport.dpr);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(cloud.positions, 3));
    g.setAttribute('aHighlight', new BufferAttribute(new Float32Array(cloud.count), 1));
    g.computeBoundingSphere();
    return g;
  }, [cloud]);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        transparent: true,
        depthWrite: false,
        uniforms: {
          uSize: { value: pointSize },
          uPixelRatio: { value: pixelRatio },
          uColor: { value: new Color(color) },
          uHighlightColor: { value: new Color(highlightColor) },
        },
      }),
    [pointSize, pixelRatio, color, highlightColor],
  );
  useEffect(() => {
    const highlight = geometry.getAttribute('aHighlight') as BufferAttribute;
    (highlight.array as Float32Array).fill(0);
    if (selected !== null && selected < cloud.count) (highlight.array as Float32Array)[selected] = 1;
    highlight.needsUpdate = true;
  }, [geometry, selected, cloud.count]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <points
      geometry={geometry}
      material={material}
      onPointerMove={(event) => {
        event.stopPropagation();
        onHover(event.index ?? null);
      }}
      onPointerOut={() => onHover(null)}
      onClick={(event) => {
        event.stopPropagation();
        if (event.index !== undefined) onSelect(event.index);
      }}
    />
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
