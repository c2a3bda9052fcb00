export { WEIGHT_FORMATS } from './formats.js';
export { ON_DEVICE_MODELS } from './models.js';
export { ON_DEVICE_DEVICES } from './devices.js';
export { PUBLISHED_RUNS } from './publishedRuns.js';
export type {
  DeviceKind,
  DeviceRecord,
  ModelArchitecture,
  PublishedRun,
  WeightFormat,
  WeightFormatId,
} from './types.js';
