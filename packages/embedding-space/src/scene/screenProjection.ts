import type { Camera } from 'three';
import { Matrix4 } from 'three';

const viewProjection = new Matrix4();

/**
 * Projects `count × 3` positions to CSS-pixel screen coordinates (`count × 2`, NaN behind the
 * camera or outside the clip volume's depth). One pass, no allocation besides the output.
 */
export function projectToScreen(
  positions: Float32Array,
  camera: Camera,
  width: number,
  height: number,
  out?: Float32Array,
): Float32Array {
  const count = Math.floor(positions.length / 3);
  const result = out && out.length >= count * 2 ? out : new Float32Array(count * 2);
  camera.updateMatrixWorld();
  viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
  const e = viewProjection.elements;
  const halfW = width / 2;
  const halfH = height / 2;
  for (let i = 0; i < count; i++) {
    const x = positions[i * 3]!;
    const y = positions[i * 3 + 1]!;
    const z = positions[i * 3 + 2]!;
    const w = e[3]! * x + e[7]! * y + e[11]! * z + e[15]!;
    if (w <= 1e-6) {
      result[i * 2] = NaN;
      result[i * 2 + 1] = NaN;
      continue;
    }
    const cx = (e[0]! * x + e[4]! * y + e[8]! * z + e[12]!) / w;
    const cy = (e[1]! * x + e[5]! * y + e[9]! * z + e[13]!) / w;
    result[i * 2] = (cx + 1) * halfW;
    result[i * 2 + 1] = (1 - cy) * halfH;
  }
  return result;
}
