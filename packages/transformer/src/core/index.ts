// `@tensorscope/transformer/core`: the React-free part (model, training, checkpoints, scores).
// Safe to import on the server and in workers; tfjs comes through tensor-core, loaded on first use.
export { readConfig, headDim, sameConfig } from './config.js';
export type { TransformerConfig } from './config.js';
export { weightShapes, parameterCount, initWeights, checkWeights } from './weights.js';
export type { WeightTensor, Weights, WeightKind, WeightSpec } from './weights.js';
export { DEFAULT_ADAMW, learningRateAt } from './adamw.js';
export type { AdamWOptions } from './adamw.js';
export { inductionTask, textTask, repeatedBatch } from './tasks.js';
export type { TrainingTask, InductionTaskOptions } from './tasks.js';
export { createTrainer } from './trainer.js';
export type { Trainer, TrainerOptions, StepReport, Evaluation } from './trainer.js';
export { attentionScores, copyingScores, headRole, ROLE_THRESHOLDS } from './scores.js';
export type { HeadScores, HeadRole } from './scores.js';
export {
  trainBpe,
  encodeBpe,
  decodeBpe,
  bpeTokenStrings,
  bpeTokenBytes,
  readBpeTokenizer,
  MAX_BPE_VOCAB_SIZE,
} from './bpe.js';
export type { BpeTokenizer, TrainBpeOptions } from './bpe.js';
export { ngramBaselines } from './ngram.js';
export type { NgramBaselines } from './ngram.js';
export { encodeCheckpoint, decodeCheckpoint, CHECKPOINT_MAGIC, CHECKPOINT_VERSION } from './checkpoint.js';
export type { Checkpoint, CheckpointTokenizer } from './checkpoint.js';
export { createModel, checkIds, windowIds, softmax, topK, sampleId } from './model.js';
export type { TransformerModel, ForwardResult, ForwardOptions, Ablation, HeadRef } from './model.js';
export { INDUCTION_RECIPE, INDUCTION_PERIODS, BROWN_RECIPE } from './recipes.js';
export type { TrainingRecipe } from './recipes.js';
export { TRANSFORMER_ERROR_CODES } from './errors.js';
export type { TransformerErrorCode } from './errors.js';
export { measureDecodeSpeed, forwardFlops, MAX_DECODE_SPEED_TOKENS } from './decodeSpeed.js';
export type { DecodeSpeed, DecodeSpeedOptions } from './decodeSpeed.js';
export { createTrainingController } from './trainingController.js';
export type {
  TrainingController,
  TrainingControllerOptions,
  TrainingState,
  TrainingStatus,
} from './trainingController.js';
export { trainInWorker } from './trainInWorker.js';
export type { TrainInWorkerOptions, TrainingRun } from './trainInWorker.js';
export { INDUCTION_FORMED_AT } from './trainingProtocol.js';
export type {
  TrainingRequest,
  TrainingReport,
  TrainingHead,
  TrainingRuntimeOptions,
  InductionMoment,
  ProbeAttention,
  TrainingCommand,
  TrainingEvent,
} from './trainingProtocol.js';
export { loadCheckpoint, DEFAULT_MAX_CHECKPOINT_BYTES } from './loadCheckpoint.js';
export type { CheckpointSource, LoadCheckpointOptions } from './loadCheckpoint.js';
export { textToIds, mapTokensToIds, splitWords, MAX_TEXT_LENGTH, MAX_REPEAT } from './textToIds.js';
export type { Tokenize, TextToIdsOptions, ModelInput, ContinuationToken } from './textToIds.js';
export { toAttentionData } from './attentionExport.js';
export { createNextTokenController, lossSummary, MAX_GENERATED } from './nextTokenController.js';
export type {
  NextTokenController,
  NextTokenControllerOptions,
  NextTokenState,
  NextTokenStatus,
  Prediction,
  PassView,
  LossSummary,
} from './nextTokenController.js';
