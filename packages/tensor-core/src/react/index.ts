'use client';
export { useTensorRuntime } from './useTensorRuntime.js';
export type { TensorRuntimeState } from './useTensorRuntime.js';
export { BackendReport } from './BackendReport.js';
export type { BackendReportProps } from './BackendReport.js';
export { ThroughputMeter } from './ThroughputMeter.js';
export type { ThroughputMeterProps } from './ThroughputMeter.js';
export { DATASHEET_PEAKS } from './peaks.js';
export type { ReferencePeak } from './peaks.js';
