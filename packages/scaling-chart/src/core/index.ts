export { formatCount } from './formatCount.js';
export { formatScientific } from './formatScientific.js';
export { parseCount } from './parseCount.js';
export { validateModels, parseDate } from './models.js';
export type { ModelRecord, ModelValueKey, SkippedRow, ValidatedModels } from './models.js';
export type { EpochConfidence, SourcedValue, SourceStatus } from './sourced.js';
export { validateAccelerators } from './accelerators.js';
export type { AcceleratorMetric, AcceleratorRecord } from './accelerators.js';
export { trainingFlops } from './trainingFlops.js';
export { estimateTrainingRun } from './calculator.js';
export type { TrainingRunEstimate, TrainingRunInput } from './calculator.js';
export { fitExponentialTrend } from './regression.js';
export type { ExponentialTrend, TrendPoint } from './regression.js';
export { chinchillaLoss, computeOptimal, kaplanLoss, predictLoss } from './scalingLaws.js';
export type { ChinchillaConstants, ComputeOptimum, KaplanConstants, ScalingLaw } from './scalingLaws.js';
export { toCsv } from './csv.js';
export type { CsvColumn } from './csv.js';
export { SCALING_ERROR_CODES } from './errors.js';
export {
  COST_CONSTANTS,
  decodeBound,
  estimateDecode,
  estimateMemory,
  kvCacheBytes,
  prefillCeiling,
  usableBytes,
  weightsBytes,
} from './onDevice/costModel.js';
export type { DecodeEstimate, MemoryEstimate, ModelShape } from './onDevice/costModel.js';
export { checkPublishedRuns, medianAbsoluteError } from './onDevice/checkRuns.js';
export type { CheckedRun } from './onDevice/checkRuns.js';
export { checkSmallModel } from './onDevice/smallModel.js';
export type { SmallModelCheck, SmallModelRun } from './onDevice/smallModel.js';
export { ON_DEVICE_DEVICES, ON_DEVICE_MODELS, PUBLISHED_RUNS, WEIGHT_FORMATS } from './onDevice/index.js';
export type {
  DeviceKind,
  DeviceRecord,
  ModelArchitecture,
  PublishedRun,
  WeightFormat,
  WeightFormatId,
} from './onDevice/types.js';
export type { ScalingErrorCode } from './errors.js';
