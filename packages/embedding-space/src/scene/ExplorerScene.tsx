'use client';
import { createRoot, extend, useFrame, useThree, type ReconcilerRoot, type RenderProps } from '@react-three/fiber';
import { canvasToPngBlob } from '@tensorscope/common';
import {
  Component,
  Suspense,
  useEffect,
  useInsertionEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import * as THREE from 'three';
import type { PerspectiveCamera } from 'three';
import { Vector3 } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { EmbeddingPoints, type EmbeddingPointsHandle } from './EmbeddingPoints.js';
import { profileMark, profileSpan } from '../core/mountProfile.js';
import { createGpuPicker } from './gpuPicker.js';
import { DensityLayer, type DensityLayerProps } from './DensityLayer.js';
import { LabelLayer } from './LabelLayer.js';
import { NeighborLines } from './NeighborLines.js';
import { QueryMarker } from './QueryMarker.js';
import { defaultCamera, DEFAULT_3D } from './defaultCamera.js';
import type { CameraState, SceneApi } from './sceneApi.js';
import { projectToScreen } from './screenProjection.js';
import { usePointerPicking } from './usePointerPicking.js';

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
  /** A meaning query placed in the layout: a diamond with lines to its neighbours. */
  queryMarker?: { position: Float32Array; neighbors: readonly number[]; text: string } | null | undefined;
  /** Density contours and cluster labels (drawn only over the layout they were computed for). */
  density?: DensityLayerProps | null | undefined;
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

/** Slow start, slow end: layout morphs and camera flights. */
const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2);

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
    const start = initialCamera.current ?? defaultCamera(mode, size.width, size.height);
    initialCamera.current = undefined;
    applyCamera(start, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, camera]);

  useEffect(() => {
    if (controlsRef.current) controlsRef.current.enabled = interactive;
  }, [interactive]);

  // GPU picking: the id pass of the points rendered into a 9 × 9 pixel target around the pointer.
  const pick = useMemo(() => createGpuPicker(gl, camera, () => pointsRef.current?.pickPoints ?? null), [gl, camera]);
  useEffect(() => () => pick.dispose(), [pick]);

  usePointerPicking(gl.domElement, pick, callbacks, invalidate);

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
      reset: () => applyCamera(defaultCamera(mode, size.width, size.height), true),
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
      toPngBlob: () => {
        // The drawing buffer is not preserved: draw, then encode in the same task.
        gl.render(useThreeScene.current!, camera);
        return canvasToPngBlob(gl.domElement);
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
      const eased = easeInOutCubic(m.value);
      setMorph(eased);
      if (m.value < 1) invalidate();
      else labelsChanged.current();
    }
    const f = flight.current;
    const controls = controlsRef.current;
    if (f && controls) {
      const t = Math.min(1, (now - f.start) / 450);
      const eased = easeInOutCubic(t);
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
      profileMark('first useFrame');
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
      {props.queryMarker && !morphing ? (
        <QueryMarker
          position={props.queryMarker.position}
          positions={layouts.to}
          neighbors={props.queryMarker.neighbors}
          text={props.queryMarker.text}
          container={labelLayer}
          color={props.highlight}
          background={props.background}
          fontSize={props.fontSize}
          lineColor={props.lineColor}
        />
      ) : null}
      {props.density && !morphing && props.density.density.layout.positions === layouts.to ? (
        <DensityLayer {...props.density} container={labelLayer} />
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

// Like <Canvas>: every three.js class usable as a JSX element in the scene (e.g. <mesh>).
extend(THREE as unknown as Parameters<typeof extend>[0]);

/** Catches errors of the three.js tree (its own React root) and hands them to the canvas. */
class SceneErrors extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A react-three-fiber root on our own canvas, sized from its container in the first layout
 * effect: r3f's `<Canvas>` first measures with a ResizeObserver, so its scene mounts a frame or
 * more later. Later resizes come from a ResizeObserver. Errors inside are thrown here, to the
 * explorer's error boundary.
 */
function SceneCanvas({
  config,
  background,
  children,
}: {
  config: RenderProps<HTMLCanvasElement>;
  background: string;
  children: ReactNode;
}) {
  const host = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  if (error) throw error.error;
  useLayoutEffect(() => {
    const element = host.current;
    if (!element || !canvas.current) return;
    const { width, height } = size ?? { width: element.clientWidth, height: element.clientHeight };
    if (!(width > 0 && height > 0)) return;
    const fail = (caught: unknown) => setError({ error: caught });
    root.current ??= createRoot(canvas.current);
    root.current.configure({ ...config, size: { width, height, top: 0, left: 0 } }).catch(fail);
    root.current.render(
      <SceneErrors onError={fail}>
        <Suspense fallback={null}>{children}</Suspense>
      </SceneErrors>,
    );
  });
  useEffect(() => {
    const element = host.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Insertion-effect cleanup runs once on removal (not on StrictMode's effect replay), like <Canvas>.
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );
  return (
    <div
      ref={host}
      aria-hidden="true"
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        background,
        touchAction: 'none',
      }}
    >
      <canvas ref={canvas} style={{ display: 'block' }} />
    </div>
  );
}

/** The WebGL part of `EmbeddingSpace`, loaded lazily so three.js stays out of the entry bundle. */
export default function ExplorerScene(props: ExplorerSceneProps) {
  profileMark('scene render');
  const config: RenderProps<HTMLCanvasElement> = {
    frameloop: 'demand',
    dpr: [1, 2],
    gl: { preserveDrawingBuffer: false, antialias: false },
    camera: { fov: 50, near: 0.01, far: 100, position: DEFAULT_3D.position },
    onCreated: (state) => {
      profileMark('canvas created');
      const render = state.gl.render.bind(state.gl);
      let first = true;
      state.gl.render = (scene, camera) => {
        if (!first) return render(scene, camera);
        first = false;
        profileSpan('first gl.render', () => render(scene, camera));
      };
    },
  };
  return (
    <SceneCanvas config={config} background={props.background}>
      <Rig {...props} />
    </SceneCanvas>
  );
}
