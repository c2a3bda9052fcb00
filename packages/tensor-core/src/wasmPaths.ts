// A `?url` import yields only the file's URL (no tfjs code is loaded), so the rule against static
// tfjs imports does not apply here.
/* eslint-disable @typescript-eslint/no-restricted-imports */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
/* eslint-enable @typescript-eslint/no-restricted-imports */

/**
 * The URLs of tfjs's three `.wasm` binaries, for `createRuntime({ wasmPaths })`. For Vite and other
 * bundlers that understand `?url` imports: the bundler copies the files into your build and they are
 * served from your own origin (no CDN, works under a strict CSP). Other setups pass their own record
 * or call tfjs's `setWasmPaths` (see the README).
 */
export const wasmPaths: Readonly<Record<WasmFileName, string>> = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
};

/** The file names tfjs's wasm backend asks for. */
export type WasmFileName =
  'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm';
