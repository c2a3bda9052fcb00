'use client';
export { useTensorRuntime } from './useTensorRuntime.js';
export type { TensorRuntimeState } from './useTensorRuntime.js';
export { BackendReport } from './BackendReport.js';
export type { BackendReportProps } from './BackendReport.js';
