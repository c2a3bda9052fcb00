import { Color, NoBlending, NormalBlending, ShaderMaterial } from 'three';

export { POINT_STATE } from './pointState.js';

// Positions morph on the GPU between two layouts (`aFrom` → `position`, mixed by `uMorph`), so an
// animated projection change costs one uniform per frame, not a pass over every point.
const VERTEX = /* glsl */ `
uniform float uSize;
uniform float uPixelRatio;
uniform float uMorph;
uniform float uAttenuation;
uniform vec3 uBackground;
attribute vec3 aFrom;
attribute vec3 aColor;
attribute float aState;
varying vec3 vColor;
varying float vState;
void main() {
  vec3 p = mix(aFrom, position, uMorph);
  vec4 mvPosition = modelViewMatrix * vec4(p, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  float scale = aState > 3.5 ? 0.0 : aState > 2.5 ? 2.2 : aState > 1.5 ? 1.6 : aState > 0.5 ? 0.6 : 1.0;
  // Perspective size, clamped so a point right in front of the camera does not fill the view.
  float attenuation = mix(1.0, clamp(3.0 / max(-mvPosition.z, 0.05), 0.15, 4.0), uAttenuation);
  gl_PointSize = max(uSize * uPixelRatio * attenuation * scale, aState > 3.5 ? 0.0 : 1.5);
  // Per point, not per fragment: sRGB palette colour to linear, dimmed points towards the background.
  vColor = pow(aColor, vec3(2.2));
  if (aState > 0.5 && aState < 1.5) vColor = mix(vColor, uBackground, 0.75);
  vState = aState;
}`;

const FRAGMENT = /* glsl */ `
uniform vec3 uHighlight;
varying vec3 vColor;
varying float vState;
void main() {
  if (vState > 3.5) discard;
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  float edge = max(fwidth(r2), 1e-4);
  float alpha = 1.0 - smoothstep(1.0 - edge * 1.5, 1.0, r2);
  if (alpha <= 0.0) discard;
  // vColor is linear (see the vertex shader); the renderer converts back on output.
  vec3 color = vColor;
  // A ring in the highlight colour marks selected and neighbour points (not colour alone).
  float ring = vState > 1.5 ? smoothstep(0.45, 0.6, r2) : 0.0;
  color = mix(color, uHighlight, ring);
  gl_FragColor = vec4(color, alpha * (vState > 0.5 && vState < 1.5 ? 0.5 : 0.9));
  #include <colorspace_fragment>
}`;

// Picking pass: each point writes its index + 1 as an RGB colour, no blending or anti-aliasing.
// The index is gl_VertexID (WebGL 2): with the draw-order index buffer it is the value read from
// that buffer, the point's row, so no per-point id attribute is uploaded.
const PICK_FRAGMENT = /* glsl */ `
varying float vState;
varying float vIndex;
void main() {
  if (vState > 3.5) discard;
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  if (dot(c, c) > 1.0) discard;
  float id = vIndex + 1.0;
  gl_FragColor = vec4(mod(id, 256.0), mod(floor(id / 256.0), 256.0), floor(id / 65536.0), 255.0) / 255.0;
}`;

const PICK_VERTEX = VERTEX.replace('varying float vState;', 'varying float vState;\nvarying float vIndex;').replace(
  'vState = aState;',
  'vState = aState;\n  vIndex = float(gl_VertexID);',
);

export interface PointsMaterialOptions {
  size: number;
  pixelRatio: number;
  attenuation: boolean;
  highlight: string;
  background: string;
}

export function createPointsMaterial(options: PointsMaterialOptions): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    transparent: true,
    depthWrite: false,
    blending: NormalBlending,
    uniforms: {
      uSize: { value: options.size },
      uPixelRatio: { value: options.pixelRatio },
      uMorph: { value: 1 },
      uAttenuation: { value: options.attenuation ? 1 : 0 },
      uHighlight: { value: new Color(options.highlight) },
      uBackground: { value: new Color(options.background) },
    },
  });
}

/** The id pass for GPU picking: CSS-pixel point sizes (pixel ratio 1), exact ids. */
export function createPickMaterial(options: Pick<PointsMaterialOptions, 'size' | 'attenuation'>): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: PICK_VERTEX,
    fragmentShader: PICK_FRAGMENT,
    transparent: false,
    blending: NoBlending,
    uniforms: {
      uSize: { value: Math.max(options.size, 6) },
      uPixelRatio: { value: 1 },
      uMorph: { value: 1 },
      uAttenuation: { value: options.attenuation ? 1 : 0 },
    },
  });
}

/** Decodes the id written by the pick pass (0 = nothing). */
export function decodePickedId(r: number, g: number, b: number): number | null {
  const id = r + g * 256 + b * 65536;
  return id === 0 ? null : id - 1;
}
