import { isSoftwareRenderer, type AdapterInfo } from './backends.js';

/** The part of a WebGPU adapter tensor-core reads. */
export interface GpuAdapterLike {
  info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}

/** The part of `navigator.gpu` tensor-core uses. */
export interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}

/** The browser's WebGPU entry point, or undefined (Node, older browsers). */
export function navigatorGpu(): GpuLike | undefined {
  return (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
}

/**
 * Asks for a WebGPU adapter without loading any tfjs code. Resolves `null` when there is no
 * `navigator.gpu` (Node, older browsers) or no adapter (Linux without flags, some phones).
 */
export async function detectWebGpuAdapter(gpu: GpuLike | undefined = navigatorGpu()): Promise<AdapterInfo | null> {
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) return null;
  const info = adapter.info ?? {};
  const vendor = info.vendor ?? '';
  const architecture = info.architecture ?? '';
  const description = info.description ?? '';
  const isFallbackAdapter =
    info.isFallbackAdapter === true ||
    adapter.isFallbackAdapter === true ||
    isSoftwareRenderer(`${vendor} ${architecture} ${description}`);
  return { vendor, architecture, description, isFallbackAdapter };
}

/** Reads the WebGL renderer string, or `null` when WebGL is unavailable (Node, blocked GPU). */
export function detectWebGlRenderer(): AdapterInfo | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return null;
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const vendor = String(ext ? gl.getParameter(ext.UNMASKED_VENDOR_WEBGL) : gl.getParameter(gl.VENDOR));
  const description = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { vendor, architecture: 'webgl', description, isFallbackAdapter: isSoftwareRenderer(description) };
}
