'use client';
export { ParameterChart } from './ParameterChart.js';
export type { ParameterChartProps } from './ParameterChart.js';
export { ComputeChart } from './ComputeChart.js';
export type { ComputeChartProps } from './ComputeChart.js';
export { GpuChart } from './GpuChart.js';
export type { GpuChartProps, YourDevice } from './GpuChart.js';
export { ScalingLawChart } from './ScalingLawChart.js';
export type { ScalingLawChartProps } from './ScalingLawChart.js';
export { ComputeCalculator } from './ComputeCalculator.js';
export type { ComputeCalculatorProps } from './ComputeCalculator.js';
export { OnDeviceCalculator } from './OnDeviceCalculator.js';
export type { MeasuredDevice, OnDeviceCalculatorProps } from './OnDeviceCalculator.js';
export {
  checkPublishedRuns,
  checkSmallModel,
  chinchillaLoss,
  computeOptimal,
  COST_CONSTANTS,
  decodeBound,
  estimateDecode,
  estimateMemory,
  estimateTrainingRun,
  kvCacheBytes,
  medianAbsoluteError,
  ON_DEVICE_DEVICES,
  ON_DEVICE_MODELS,
  prefillCeiling,
  PUBLISHED_RUNS,
  usableBytes,
  WEIGHT_FORMATS,
  weightsBytes,
  fitExponentialTrend,
  formatCount,
  formatScientific,
  kaplanLoss,
  parseCount,
  parseDate,
  predictLoss,
  SCALING_ERROR_CODES,
  toCsv,
  trainingFlops,
  validateAccelerators,
  validateModels,
} from './core/index.js';
export type * from './core/index.js';
export type { AxisScale } from './ui/valueScale.js';
export type { LawAxis } from './core/lawCurves.js';
export { NOTABLE_MODELS } from './data/notableModels.js';
export { ACCELERATORS } from './data/accelerators.js';
export { BERT_HIDDEN_SIZE, BRAIN_NEURONS, BRAIN_SYNAPSES, REFERENCE_POINTS } from './data/references.js';
export { SCALING_LAWS, KAPLAN_2020, PETAFLOP_DAY, CHINCHILLA_TOKENS_PER_PARAMETER } from './data/scalingLaws.js';
export type { ScalingLawId } from './data/scalingLaws.js';
export { TRAINING_RUN_PRESETS } from './data/presets.js';
export type { TrainingRunPreset } from './data/presets.js';
export { CHATGPT_LAUNCH } from './data/annotations.js';
export type { ChartAnnotation } from './data/annotations.js';
export { SOURCES } from './data/sources.js';
