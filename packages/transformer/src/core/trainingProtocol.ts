// The messages between a live training run (in a Worker or on this thread) and its host. Plain,
// structured-cloneable data: typed arrays, numbers, strings.
import type { TrainingRecipe } from './recipes.js';
import type { HeadScores } from './scores.js';

/** The parts of tensor-core's `RuntimeOptions` that can cross into a worker (no functions). */
export interface TrainingRuntimeOptions {
  /** Backends to try, in order. Default `['wasm']`. */
  readonly backends?: 'auto' | readonly ('webgpu' | 'webgl' | 'wasm' | 'cpu')[];
  /** Where tfjs's `.wasm` files are served (e.g. `wasmPaths` from `@tensorscope/tensor-core/wasm-paths`). */
  readonly wasmPaths?: string | Readonly<Record<string, string>>;
  readonly wasmThreads?: boolean;
  readonly backendTimeoutMs?: number;
}

/**
 * Everything a run needs: a recipe (model, optimiser, batch, steps, seed, steps between reports:
 * the loss window, probe and head scores), the task and where tfjs runs.
 */
export interface TrainingRequest extends Omit<TrainingRecipe, 'name'> {
  /** Only the induction task (repeated random tokens) for now. */
  readonly task: 'induction';
  /** Shortest and longest repeated pattern of the induction task. */
  readonly minPeriod: number;
  readonly maxPeriod: number;
  readonly runtimeOptions: TrainingRuntimeOptions;
}

/** A head's scores at one report and the job they point to. */
export interface TrainingHead {
  readonly layer: number;
  readonly head: number;
  readonly scores: HeadScores;
  /** From `headRole(scores)`: `null` while no job stands out. */
  readonly role: 'previous-token' | 'induction' | 'first-token' | 'copying' | null;
}

/** When the best induction score first reached {@link INDUCTION_FORMED_AT}. */
export interface InductionMoment {
  readonly step: number;
  /** Seconds of training (pauses excluded) since the run started, runtime start-up included. */
  readonly seconds: number;
}

/** The metrics of one report (every `reportEvery` steps). */
export interface TrainingReport {
  /** Steps done. */
  readonly step: number;
  /** Seconds since the run started, pauses excluded. */
  readonly seconds: number;
  /** Mean training loss over the steps since the last report, in nats. */
  readonly loss: number;
  readonly learningRate: number;
  readonly gradientNorm: number;
  /** Training tokens per second over the steps since the last report (batch × context / time). */
  readonly tokensPerSecond: number;
  /** Loss on the first half of the fixed probe sequences (cannot be predicted: random tokens). */
  readonly firstHalfLoss: number;
  /** Loss on their repeated half (an induction head predicts it by copying). */
  readonly repeatedHalfLoss: number;
  /** Scores per layer and head on the probe batch. */
  readonly heads: readonly (readonly TrainingHead[])[];
  /** The highest induction score of any head. */
  readonly bestInduction: number;
  readonly inductionAt: InductionMoment | null;
}

/** The attention of one probe sequence: per layer `[heads × T × T]`, with the ids it read. */
export interface ProbeAttention {
  readonly ids: Int32Array;
  readonly length: number;
  readonly heads: number;
  readonly layers: readonly Float32Array[];
}

/** The induction score at which we say an induction head has formed. */
export const INDUCTION_FORMED_AT = 0.4;

/** Host → run. */
export type TrainingCommand =
  | { readonly type: 'start'; readonly request: TrainingRequest }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'cancel' }
  | { readonly type: 'snapshot'; readonly id: number };

/** Run → host. */
export type TrainingEvent =
  /** The runtime is up and training begins. */
  | { readonly type: 'ready'; readonly backend: string }
  /** Steps done so far (between reports, at most a few times a second). */
  | { readonly type: 'progress'; readonly step: number }
  | { readonly type: 'report'; readonly report: TrainingReport; readonly attention: ProbeAttention }
  | { readonly type: 'paused'; readonly step: number }
  | { readonly type: 'done'; readonly step: number }
  /** The run stopped (DIVERGED, …); the weights are the last good ones and a snapshot still works. */
  | {
      readonly type: 'error';
      readonly code: string;
      readonly message: string;
      readonly details?: Readonly<Record<string, unknown>>;
    }
  | { readonly type: 'snapshot'; readonly id: number; readonly bytes: Uint8Array }
  | {
      readonly type: 'snapshot-error';
      readonly id: number;
      readonly code: string;
      readonly message: string;
    };
