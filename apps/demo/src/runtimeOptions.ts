import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';

/** One options object for every tensor-core use on the page, so they share one runtime. */
export const RUNTIME_OPTIONS: RuntimeOptions = { wasmPaths };
