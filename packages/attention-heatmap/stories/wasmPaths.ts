/// <reference types="vite/client" />
// Same approach as packages/tensor-core/stories/wasmPaths.ts: Storybook's Vite serves the tfjs
// wasm binaries from this origin, and tensor-core's runtime is told where they are.
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/** The tfjs wasm binaries, served by Storybook's Vite from this origin. */
export const wasmPaths = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
};
