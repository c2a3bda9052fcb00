import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { wasmPaths } from './wasmPaths.js';

/** One options object for every tensor-core use on the page, so they share one runtime. */
export const RUNTIME_OPTIONS: RuntimeOptions = { wasmPaths };
