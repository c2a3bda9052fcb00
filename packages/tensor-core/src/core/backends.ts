/** The TensorFlow.js backends tensor-core can run on, fastest first in the default order. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export const DEFAULT_BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** What the browser said about its GPU (WebGPU adapter info, or the WebGL renderer string). */
export interface AdapterInfo {
  vendor: string;
  architecture: string;
  description: string;
  /** True for a software (CPU-emulated) adapter such as SwiftShader or llvmpipe. */
  isFallbackAdapter: boolean;
}

/** One backend tried while choosing, and what happened. */
export interface BackendAttempt {
  backend: BackendName;
  outcome: 'selected' | 'skipped' | 'failed';
  /** Why it was skipped or failed (empty when selected). */
  reason: string;
  /** Milliseconds spent trying it. */
  ms: number;
  /** The GPU this backend found, also when it was skipped (e.g. a software adapter). */
  adapter?: AdapterInfo;
  /** GFLOP/s of the timed probe, when one was run. */
  probeGflops?: number;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

/** True when a GPU description names a software rasteriser. */
export function isSoftwareRenderer(description: string): boolean {
  return SOFTWARE_RENDERERS.test(description);
}

/** True when an adapter says nothing about what it is (some browsers hide it). */
export function isUnidentified(adapter: AdapterInfo): boolean {
  return !adapter.vendor && !adapter.architecture && !adapter.description;
}
