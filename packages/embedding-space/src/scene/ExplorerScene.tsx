'use client';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PerspectiveCamera } from 'three';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  LineBasicMaterial,
  LineSegments,
  Scene,
  Vector3,
  WebGLRenderTarget,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { EmbeddingPoints, type EmbeddingPointsHandle } from './EmbeddingPoints.js';
import { decodePickedId } from './pointsMaterial.js';
import { LabelLayer } from './LabelLayer.js';
import type { CameraState, SceneApi } from './sceneApi.js';
import { projectToScreen } from './screenProjection.js';

export interface ExplorerSceneProps {
  /** `count × 3` layout, fitted to the unit cube (z = 0 in 2-D). */
  positions: Float32Array;
  mode: '2d' | '3d';
  colors: Float32Array | null;
  states: Uint8Array;
  pointSize: number;
  /** Duration of the morph between layouts; 0 under `prefers-reduced-motion`. */
  transitionMs: number;
  labels: readonly string[];
  /** Labels always shown (focused, selected, neighbours), most important first. */
  pinnedLabels: readonly number[];
  /** Also show a collision-avoiding set of labels near the view centre. */
  autoLabels: boolean;
  fontSize: number;
  /** Lines from the selected point to its neighbours. */
  neighborLines: { from: number; to: readonly number[] } | null;
  background: string;
  foreground: string;
  highlight: string;
  lineColor: string;
  color: string;
  /** Overlay element that holds the HTML labels (sibling of the canvas). */
  labelLayer: RefObject<HTMLDivElement | null>;
  /** False while the shell captures the pointer (lasso / box selection). */
  interactive: boolean;
  initialCamera?: CameraState | undefined;
  onHover: (index: number | null) => void;
  onClick: (index: number | null, additive: boolean) => void;
  onReady: (api: SceneApi | null) => void;
  onFirstFrame?: (() => void) | undefined;
  onCameraChange?: ((camera: CameraState) => void) | undefined;
  onContextLost: (lost: boolean) => void;
}

const DEFAULT_3D: CameraState = { position: [1.9, 1.3, 1.9], target: [0, 0, 0], zoom: 1 };
const DEFAULT_2D: CameraState = { position: [0, 0, 2.3], target: [0, 0, 0], zoom: 1 };
const PICK_RADIUS = 4;
const PICK_SIZE = PICK_RADIUS * 2 + 1;

function Rig(props: ExplorerSceneProps) {
  const { positions, mode, transitionMs, labelLayer, interactive } = props;
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const pointsRef = useRef<EmbeddingPointsHandle>(null);
  const controlsRef = useRef<OrbitControls | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;

  // Morph: keep the previous layout and blend to the new one on the GPU.
  const [layouts, setLayouts] = useState<{ from: Float32Array | null; to: Float32Array }>({
    from: null,
    to: positions,
  });
  const morphRef = useRef({ start: 0, value: 1 });
  useEffect(() => {
    setLayouts((previous) => {
      if (previous.to === positions) return previous;
      const canMorph = transitionMs > 0 && previous.to.length === positions.length;
      morphRef.current = { start: performance.now(), value: canMorph ? 0 : 1 };
      return { from: canMorph ? previous.to : null, to: positions };
    });
    invalidate();
  }, [positions, transitionMs, invalidate]);
  const [morph, setMorph] = useState(1);

  // Camera flights (fly-to, reset) animate the orbit target and camera position.
  const flight = useRef<{
    start: number;
    fromPos: Vector3;
    toPos: Vector3;
    fromTarget: Vector3;
    toTarget: Vector3;
  } | null>(null);

  const labelsChanged = useRef<() => void>(() => {});

  const applyCamera = (state: CameraState, animate: boolean) => {
    const controls = controlsRef.current;
    if (!controls) return;
    const toPos = new Vector3(...state.position);
    const toTarget = new Vector3(...state.target);
    if (animate && callbacks.current.transitionMs > 0) {
      flight.current = {
        start: performance.now(),
        fromPos: camera.position.clone(),
        toPos,
        fromTarget: controls.target.clone(),
        toTarget,
      };
    } else {
      camera.position.copy(toPos);
      controls.target.copy(toTarget);
      controls.update();
      labelsChanged.current();
    }
    invalidate();
  };

  useEffect(() => {
    const controls = new OrbitControls(camera, gl.domElement);
    controlsRef.current = controls;
    controls.enableDamping = false;
    controls.screenSpacePanning = true;
    controls.minDistance = 0.05;
    controls.maxDistance = 20;
    const onChange = () => invalidate();
    const onEnd = () => {
      labelsChanged.current();
      callbacks.current.onCameraChange?.(currentCamera());
    };
    controls.addEventListener('change', onChange);
    controls.addEventListener('end', onEnd);
    return () => {
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('end', onEnd);
      controls.dispose();
      controlsRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, gl, invalidate]);

  const currentCamera = (): CameraState => {
    const target = controlsRef.current?.target ?? new Vector3();
    return {
      position: [camera.position.x, camera.position.y, camera.position.z],
      target: [target.x, target.y, target.z],
      zoom: camera.zoom,
    };
  };

  // Mode: 2-D pans with the left button and never rotates; 3-D orbits.
  const initialCamera = useRef(props.initialCamera);
  useEffect(() => {
    const controls = controlsRef.current;
    if (!controls) return;
    controls.enableRotate = mode === '3d';
    controls.mouseButtons = mode === '3d' ? { LEFT: 0, MIDDLE: 1, RIGHT: 2 } : { LEFT: 2, MIDDLE: 1, RIGHT: 2 };
    controls.touches = mode === '3d' ? { ONE: 0, TWO: 2 } : { ONE: 1, TWO: 2 };
    const start = initialCamera.current ?? (mode === '3d' ? DEFAULT_3D : DEFAULT_2D);
    initialCamera.current = undefined;
    applyCamera(start, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, camera]);

  useEffect(() => {
    if (controlsRef.current) controlsRef.current.enabled = interactive;
  }, [interactive]);

  // GPU picking: the id pass of the points rendered into a 9 × 9 pixel target around the pointer.
  const pick = useMemo(() => {
    const target = new WebGLRenderTarget(PICK_SIZE, PICK_SIZE);
    const scene = new Scene();
    const pixels = new Uint8Array(PICK_SIZE * PICK_SIZE * 4);
    const clearColor = new Color();
    return {
      target,
      at(x: number, y: number): number | null {
        const handle = pointsRef.current;
        if (!handle || gl.getContext().isContextLost()) return null;
        scene.children.length = 0;
        scene.add(handle.pickPoints);
        const width = gl.domElement.clientWidth;
        const height = gl.domElement.clientHeight;
        const previousAlpha = gl.getClearAlpha();
        gl.getClearColor(clearColor);
        camera.setViewOffset(width, height, x - PICK_RADIUS, y - PICK_RADIUS, PICK_SIZE, PICK_SIZE);
        gl.setRenderTarget(target);
        gl.setClearColor(0x000000, 0);
        gl.clear();
        gl.render(scene, camera);
        gl.setRenderTarget(null);
        gl.setClearColor(clearColor, previousAlpha);
        camera.clearViewOffset();
        gl.readRenderTargetPixels(target, 0, 0, PICK_SIZE, PICK_SIZE, pixels);
        scene.remove(handle.pickPoints);
        let best: number | null = null;
        let bestDistance = Infinity;
        for (let row = 0; row < PICK_SIZE; row++) {
          for (let col = 0; col < PICK_SIZE; col++) {
            const o = (row * PICK_SIZE + col) * 4;
            const id = decodePickedId(pixels[o]!, pixels[o + 1]!, pixels[o + 2]!);
            if (id === null) continue;
            const d = (row - PICK_RADIUS) ** 2 + (col - PICK_RADIUS) ** 2;
            if (d < bestDistance) {
              bestDistance = d;
              best = id;
            }
          }
        }
        return best;
      },
    };
  }, [gl, camera]);
  useEffect(() => () => pick.target.dispose(), [pick]);

  useEffect(() => {
    const canvas = gl.domElement;
    let frame = 0;
    let last: PointerEvent | null = null;
    let downAt: { x: number; y: number } | null = null;
    const local = (event: PointerEvent) => {
      const rect = canvas.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    const onMove = (event: PointerEvent) => {
      if (event.buttons !== 0) return;
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last || !callbacks.current.interactive) return;
        const { x, y } = local(last);
        callbacks.current.onHover(pick.at(x, y));
      });
    };
    const onLeave = () => callbacks.current.onHover(null);
    const onDown = (event: PointerEvent) => {
      downAt = local(event);
    };
    const onUp = (event: PointerEvent) => {
      if (!downAt || !callbacks.current.interactive || event.button !== 0) return;
      const { x, y } = local(event);
      // A drag (orbit or pan) is not a click.
      if (Math.hypot(x - downAt.x, y - downAt.y) > 4) return;
      downAt = null;
      callbacks.current.onClick(pick.at(x, y), event.shiftKey || event.ctrlKey || event.metaKey);
    };
    const onLost = () => callbacks.current.onContextLost(true);
    const onRestored = () => {
      callbacks.current.onContextLost(false);
      invalidate();
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      cancelAnimationFrame(frame);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, pick, invalidate]);

  // The API the shell uses for keyboard navigation, lasso, export and state.
  useEffect(() => {
    let screen: Float32Array | undefined;
    const api: SceneApi = {
      screenPositions: () => {
        screen = projectToScreen(layouts.to, camera, size.width, size.height, screen);
        return screen;
      },
      size: () => ({ width: size.width, height: size.height }),
      flyTo: (index) => {
        const controls = controlsRef.current;
        if (!controls || index < 0 || index * 3 >= layouts.to.length) return;
        const point = new Vector3(layouts.to[index * 3], layouts.to[index * 3 + 1], layouts.to[index * 3 + 2]);
        const offset = camera.position.clone().sub(controls.target);
        const distance = Math.min(offset.length(), 1.3);
        offset.setLength(distance);
        applyCamera(
          { position: point.clone().add(offset).toArray(), target: point.toArray(), zoom: camera.zoom },
          true,
        );
      },
      reset: () => applyCamera(mode === '3d' ? DEFAULT_3D : DEFAULT_2D, true),
      pan: (dx, dy) => {
        const controls = controlsRef.current;
        if (!controls) return;
        const distance = camera.position.distanceTo(controls.target);
        const right = new Vector3().setFromMatrixColumn(camera.matrix, 0).multiplyScalar(dx * distance);
        const up = new Vector3().setFromMatrixColumn(camera.matrix, 1).multiplyScalar(dy * distance);
        camera.position.add(right).add(up);
        controls.target.add(right).add(up);
        controls.update();
        labelsChanged.current();
        invalidate();
      },
      zoom: (factor) => {
        const controls = controlsRef.current;
        if (!controls) return;
        const offset = camera.position.clone().sub(controls.target).multiplyScalar(factor);
        if (offset.length() < controls.minDistance || offset.length() > controls.maxDistance) return;
        camera.position.copy(controls.target).add(offset);
        controls.update();
        labelsChanged.current();
        invalidate();
      },
      camera: currentCamera,
      setCamera: (state) => applyCamera(state, false),
      toDataURL: () => {
        gl.render(useThreeScene.current!, camera);
        return gl.domElement.toDataURL('image/png');
      },
    };
    callbacks.current.onReady(api);
    return () => callbacks.current.onReady(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, size.width, size.height, layouts, mode]);

  const sceneObject = useThree((s) => s.scene);
  const useThreeScene = useRef(sceneObject);
  useThreeScene.current = sceneObject;

  const firstFrame = useRef(false);
  useFrame(() => {
    const now = performance.now();
    const m = morphRef.current;
    if (m.value < 1) {
      m.value = Math.min(1, (now - m.start) / Math.max(1, transitionMs));
      const eased = m.value < 0.5 ? 4 * m.value ** 3 : 1 - (-2 * m.value + 2) ** 3 / 2;
      setMorph(eased);
      if (m.value < 1) invalidate();
      else labelsChanged.current();
    }
    const f = flight.current;
    const controls = controlsRef.current;
    if (f && controls) {
      const t = Math.min(1, (now - f.start) / 450);
      const eased = t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2;
      camera.position.lerpVectors(f.fromPos, f.toPos, eased);
      controls.target.lerpVectors(f.fromTarget, f.toTarget, eased);
      controls.update();
      if (t < 1) invalidate();
      else {
        flight.current = null;
        labelsChanged.current();
        callbacks.current.onCameraChange?.(currentCamera());
      }
    }
    if (!firstFrame.current) {
      firstFrame.current = true;
      requestAnimationFrame(() => callbacks.current.onFirstFrame?.());
    }
  });

  const morphing = morph < 1 && layouts.from !== null;
  return (
    <>
      <EmbeddingPoints
        ref={pointsRef}
        positions={layouts.to}
        fromPositions={layouts.from}
        morph={morph}
        colors={props.colors}
        color={props.color}
        states={props.states}
        pointSize={props.pointSize}
        highlightColor={props.highlight}
        backgroundColor={props.background}
      />
      {props.neighborLines && !morphing ? (
        <NeighborLines positions={layouts.to} lines={props.neighborLines} color={props.lineColor} />
      ) : null}
      <LabelLayer
        container={labelLayer}
        positions={layouts.to}
        fromPositions={morphing ? layouts.from : null}
        morph={morph}
        labels={props.labels}
        states={props.states}
        pinned={props.pinnedLabels}
        auto={props.autoLabels}
        fontSize={props.fontSize}
        color={props.foreground}
        background={props.background}
        recompute={labelsChanged}
      />
    </>
  );
}

function NeighborLines({
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

/** The WebGL part of `EmbeddingSpace`, loaded lazily so three.js stays out of the entry bundle. */
export default function ExplorerScene(props: ExplorerSceneProps) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ preserveDrawingBuffer: false, antialias: false }}
      camera={{ fov: 50, near: 0.01, far: 100, position: DEFAULT_3D.position }}
      aria-hidden="true"
      style={{ background: props.background, touchAction: 'none' }}
    >
      <Rig {...props} />
    </Canvas>
  );
}
