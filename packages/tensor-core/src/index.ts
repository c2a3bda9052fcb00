export { createRuntime } from './runtime.js';
export type { RunOptions, RuntimeEvents, RuntimeOptions, TensorRuntime } from './runtime.js';
export {
  attention,
  cosineSimilarity,
  createIndex,
  getRuntime,
  matmul,
  measureBandwidth,
  measureThroughput,
  nearestNeighbors,
  normalizeRows,
  pca,
} from './api.js';
export type { WithRuntime } from './api.js';
export { TensorCoreError } from './errors.js';
export { TENSOR_CORE_ERROR_CODES } from './errors.js';
export type { TensorCoreErrorCode } from './errors.js';
export { DEFAULT_BACKENDS, isSoftwareRenderer } from './core/backends.js';
export type { AdapterInfo, BackendAttempt, BackendName } from './core/backends.js';
export type { GpuAdapterLike, GpuLike } from './core/detectGpu.js';
export { toMatrix } from './core/matrix.js';
export type { Matrix, MatrixInput, VectorInput } from './core/matrix.js';
export type { AttentionInput, AttentionResult } from './ops/attention.js';
export { attentionFromVectors } from './ops/vectorAttention.js';
export type { VectorAttention, VectorAttentionHead, VectorAttentionOptions } from './ops/vectorAttention.js';
export type { Metric, IndexOptions, NeighborIndex, Neighbors } from './ops/neighbors.js';
export type { PcaOptions, PcaResult } from './ops/pca.js';
export type { BandwidthKind, BandwidthOptions, BandwidthResult } from './ops/bandwidth.js';
export type { ThroughputOptions, ThroughputResult } from './ops/throughput.js';
