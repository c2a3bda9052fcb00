import type { CameraState } from './sceneApi.js';

/** The 3-D view's starting camera (the explorer's "Reset view"). */
export const DEFAULT_3D: CameraState = { position: [1.9, 1.3, 1.9], target: [0, 0, 0], zoom: 1 };
/** The 2-D view's starting camera. */
export const DEFAULT_2D: CameraState = { position: [0, 0, 2.3], target: [0, 0, 0], zoom: 1 };

/**
 * The starting camera: the defaults frame [-1, 1] by the view's height; a view narrower than it
 * is tall (a phone) moves the camera back by height ÷ width so the layout fits across too.
 */
export function defaultCamera(mode: '2d' | '3d', width: number, height: number): CameraState {
  const base = mode === '3d' ? DEFAULT_3D : DEFAULT_2D;
  const back = width > 0 && height > width ? height / width : 1;
  return { ...base, position: base.position.map((v) => v * back) as CameraState['position'] };
}
