import { Color, Scene, WebGLRenderTarget, type Camera, type Object3D, type WebGLRenderer } from 'three';
import { decodePickedId } from './pointsMaterial.js';

const PICK_RADIUS = 4;
const PICK_SIZE = PICK_RADIUS * 2 + 1;

/** Finds the point under the pointer; see {@link createGpuPicker}. */
export interface GpuPicker {
  /** The row drawn nearest to canvas pixel (x, y) within 4 px, or null. */
  at(x: number, y: number): number | null;
  dispose(): void;
}

/**
 * GPU picking: renders the points' id pass into a 9 × 9 pixel target around the pointer and reads
 * the id nearest its centre, so hover costs the same at 1,000 or 1,000,000 points.
 */
export function createGpuPicker(gl: WebGLRenderer, camera: Camera, pickPoints: () => Object3D | null): GpuPicker {
  const target = new WebGLRenderTarget(PICK_SIZE, PICK_SIZE);
  const scene = new Scene();
  const pixels = new Uint8Array(PICK_SIZE * PICK_SIZE * 4);
  const clearColor = new Color();
  const view = camera as Camera & {
    setViewOffset(fullWidth: number, fullHeight: number, x: number, y: number, width: number, height: number): void;
    clearViewOffset(): void;
  };
  return {
    at(x, y) {
      const points = pickPoints();
      if (!points || gl.getContext().isContextLost()) return null;
      scene.children.length = 0;
      scene.add(points);
      const width = gl.domElement.clientWidth;
      const height = gl.domElement.clientHeight;
      const previousAlpha = gl.getClearAlpha();
      gl.getClearColor(clearColor);
      view.setViewOffset(width, height, x - PICK_RADIUS, y - PICK_RADIUS, PICK_SIZE, PICK_SIZE);
      gl.setRenderTarget(target);
      gl.setClearColor(0x000000, 0);
      gl.clear();
      gl.render(scene, camera);
      gl.setRenderTarget(null);
      gl.setClearColor(clearColor, previousAlpha);
      view.clearViewOffset();
      gl.readRenderTargetPixels(target, 0, 0, PICK_SIZE, PICK_SIZE, pixels);
      scene.remove(points);
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
    dispose: () => target.dispose(),
  };
}
