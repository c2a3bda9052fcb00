export { createRuntime } from './runtime.js';
export type { RuntimeOptions, TensorRuntime } from './runtime.js';
export { DEFAULT_BACKENDS, isSoftwareRenderer } from './core/backends.js';
export type { AdapterInfo, BackendAttempt, BackendName } from './core/backends.js';
export { toMatrix } from './core/matrix.js';
export type { Matrix, MatrixInput } from './core/matrix.js';
