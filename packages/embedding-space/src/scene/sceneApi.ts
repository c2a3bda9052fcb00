/** Camera placement, serialisable (part of the explorer's view state). */
export interface CameraState {
  position: [number, number, number];
  target: [number, number, number];
  zoom: number;
}

/** What the lazily loaded scene offers the React shell around it. */
export interface SceneApi {
  /**
   * Every point's position on screen in CSS pixels relative to the canvas, `count × 2`;
   * NaN for points behind the camera. O(points): call on demand (key press, drag end), not per frame.
   */
  screenPositions(): Float32Array;
  /** Canvas size in CSS pixels. */
  size(): { width: number; height: number };
  /** Moves the camera target to a point (animated unless reduced motion). */
  flyTo(index: number): void;
  /** Back to the default camera for the current mode. */
  reset(): void;
  /** Pans by a fraction of the view (keyboard). */
  pan(dx: number, dy: number): void;
  /** Multiplies the camera distance (keyboard zoom). */
  zoom(factor: number): void;
  camera(): CameraState;
  setCamera(state: CameraState): void;
  /** The current picture as a PNG (for export). */
  toPngBlob(): Promise<Blob>;
}
