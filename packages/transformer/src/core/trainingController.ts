// The headless controller of "train it yourself": one live training run at a time, its curve, its
// heads and its state, as a store a view (or a test) subscribes to.
import {
  checkInteger,
  checkObject,
  checkOptions,
  createStore,
  type Store,
  type TensorscopeError,
} from '@tensorscope/common';
import type { AdamWOptions } from './adamw.js';
import { readConfig } from './config.js';
import { fail, TRANSFORMER_ERROR_CODES, type TransformerErrorCode } from './errors.js';
import { INDUCTION_PERIODS, INDUCTION_RECIPE, type TrainingRecipe } from './recipes.js';
import { trainInWorker, type TrainInWorkerOptions, type TrainingRun } from './trainInWorker.js';
import type {
  InductionMoment,
  ProbeAttention,
  TrainingEvent,
  TrainingHead,
  TrainingReport,
  TrainingRequest,
  TrainingRuntimeOptions,
} from './trainingProtocol.js';

export type TrainingStatus = 'idle' | 'starting' | 'running' | 'paused' | 'done' | 'error';

export interface TrainingState {
  readonly status: TrainingStatus;
  /** The seed of the next (or current) run: initial weights and data order. */
  readonly seed: number;
  /** Steps done in the current run. */
  readonly step: number;
  readonly totalSteps: number;
  /** Every report of the current run, in order: the loss curve. Kept after an error. */
  readonly reports: readonly TrainingReport[];
  /** The latest per-head scores and roles, `[layer][head]`. */
  readonly heads: readonly (readonly TrainingHead[])[] | null;
  /** The latest attention of the first probe sequence. */
  readonly attention: ProbeAttention | null;
  /** When the best induction score first reached 0.4, if it has. */
  readonly inductionAt: InductionMoment | null;
  /** Training throughput of the latest report. */
  readonly tokensPerSecond: number | null;
  /** The tfjs backend the run uses (`'wasm'` by default). */
  readonly backend: string | null;
  /** Whether the run is in a Worker (`false`: on this thread). */
  readonly inWorker: boolean | null;
  /** Why the run stopped: `DIVERGED`, `WORKER_FAILED`, … The reports stay. */
  readonly error: TensorscopeError<TransformerErrorCode> | null;
}

export interface TrainingControllerOptions extends TrainInWorkerOptions {
  /** What to train. Default {@link INDUCTION_RECIPE} (the induction task is the only task). */
  readonly recipe?: TrainingRecipe;
  /** Overrides the recipe's step count (the learning-rate schedule follows it). */
  readonly steps?: number;
  /** Overrides the recipe's steps between reports. */
  readonly reportEvery?: number;
  /** Overrides the recipe's sequences per step. */
  readonly batchSize?: number;
  /** Overrides parts of the recipe's optimiser (e.g. `{ learningRate }`). */
  readonly optimizer?: Partial<AdamWOptions>;
  /** The first seed. Default the recipe's. */
  readonly seed?: number;
  /** tfjs runtime options for the run (e.g. `{ wasmPaths }`); default `{ backends: ['wasm'] }`. */
  readonly runtimeOptions?: TrainingRuntimeOptions;
}

export interface TrainingController {
  readonly store: Store<TrainingState>;
  /** The request each run starts from (the seed comes from the state). */
  readonly request: Omit<TrainingRequest, 'seed'>;
  /** Starts a fresh run (from idle, done or error), or resumes a paused one. */
  start(): void;
  pause(): void;
  resume(): void;
  /** Stops the run and clears its curve (the seed stays). */
  reset(): void;
  /** Sets the seed of the next run. An integer ≥ 0. */
  setSeed(seed: number): void;
  /** The current weights as a checkpoint file; rejects with `EMPTY_INPUT` before any training. */
  snapshot(): Promise<Uint8Array>;
  /** Stops the run; the controller is not used again. */
  dispose(): void;
}

/** Default runtime options, one object so every in-thread run shares one runtime. */
const DEFAULT_RUNTIME: TrainingRuntimeOptions = { backends: ['wasm'] };
const MAX_REPORTS = 10_000;
const MAX_SEED = 2 ** 31 - 1;

function isTransformerCode(code: string): code is TransformerErrorCode {
  return (TRANSFORMER_ERROR_CODES as readonly string[]).includes(code);
}

/** Creates the controller. Nothing runs until `start()`. */
export function createTrainingController(options: TrainingControllerOptions = {}): TrainingController {
  const raw = checkOptions(options);
  const recipe =
    raw.recipe === undefined
      ? INDUCTION_RECIPE
      : (checkObject(raw.recipe, 'options.recipe') as unknown as TrainingRecipe);
  const config = readConfig(recipe.config, 'options.recipe.config');
  const steps = checkInteger(raw.steps ?? recipe.steps, 'options.steps', { min: 1, max: 1_000_000 });
  const reportEvery = checkInteger(raw.reportEvery ?? recipe.reportEvery, 'options.reportEvery', { min: 1 });
  if (steps / reportEvery > MAX_REPORTS) {
    throw fail(
      'TOO_LARGE',
      `${steps} steps reported every ${reportEvery} would make more than ${MAX_REPORTS} reports.`,
      {
        details: { steps, reportEvery, max: MAX_REPORTS },
      },
    );
  }
  const batchSize = checkInteger(raw.batchSize ?? recipe.batchSize, 'options.batchSize', { min: 1, max: 4096 });
  const optimizer = {
    ...recipe.optimizer,
    totalSteps: steps,
    ...(raw.optimizer === undefined ? {} : checkObject(raw.optimizer, 'options.optimizer')),
  } as Partial<AdamWOptions>;
  const seed = checkInteger(raw.seed ?? recipe.seed, 'options.seed', { min: 0, max: MAX_SEED });
  const runtimeOptions =
    raw.runtimeOptions === undefined
      ? DEFAULT_RUNTIME
      : (checkObject(raw.runtimeOptions, 'options.runtimeOptions') as TrainingRuntimeOptions);
  const half = Math.floor(config.contextLength / 2);
  const maxPeriod = Math.max(1, Math.min(INDUCTION_PERIODS.maxPeriod, half, config.vocabSize));
  const request: Omit<TrainingRequest, 'seed'> = {
    task: 'induction',
    config,
    optimizer,
    batchSize,
    steps,
    reportEvery,
    minPeriod: Math.min(INDUCTION_PERIODS.minPeriod, maxPeriod),
    maxPeriod,
    runtimeOptions,
  };
  const runOptions: TrainInWorkerOptions = {
    ...(raw.useWorker === undefined ? {} : { useWorker: raw.useWorker }),
    ...(raw.createWorker === undefined ? {} : { createWorker: raw.createWorker }),
    ...(raw.watchdogMs === undefined ? {} : { watchdogMs: raw.watchdogMs }),
    ...(raw.sliceMs === undefined ? {} : { sliceMs: raw.sliceMs }),
  };

  const cleared = {
    step: 0,
    reports: [],
    heads: null,
    attention: null,
    inductionAt: null,
    tokensPerSecond: null,
    backend: null,
    inWorker: null,
    error: null,
  } as const;
  const store = createStore<TrainingState>({ status: 'idle', seed, totalSteps: steps, ...cleared });
  let run: TrainingRun | null = null;
  let disposed = false;

  const onEvent = (event: TrainingEvent) => {
    if (disposed) return;
    switch (event.type) {
      case 'ready':
        store.setState((s) => ({ backend: event.backend, status: s.status === 'starting' ? 'running' : s.status }));
        return;
      case 'progress':
        store.setState({ step: event.step });
        return;
      case 'report':
        store.setState((s) => ({
          step: Math.max(s.step, event.report.step),
          reports: [...s.reports, event.report],
          heads: event.report.heads,
          attention: event.attention,
          inductionAt: event.report.inductionAt,
          tokensPerSecond: event.report.tokensPerSecond,
        }));
        return;
      case 'paused':
        store.setState((s) => ({ step: Math.max(s.step, event.step) }));
        return;
      case 'done':
        store.setState({ status: 'done', step: event.step });
        return;
      case 'error': {
        const code = isTransformerCode(event.code) ? event.code : 'WORKER_FAILED';
        store.setState({
          status: 'error',
          error: fail(code, event.message, event.details ? { details: event.details } : undefined),
        });
        return;
      }
      default:
        return;
    }
  };

  const stop = () => {
    const old = run;
    run = null;
    old?.cancel();
  };

  return {
    store,
    request,
    start() {
      if (disposed) return;
      const { status } = store.getState();
      if (status === 'paused') {
        this.resume();
        return;
      }
      if (status === 'starting' || status === 'running') return;
      stop();
      store.setState({ ...cleared, status: 'starting' });
      // Only the current run's events count (a cancelled run's late ones are dropped); one sent
      // before trainInWorker returns waits for it.
      let current: TrainingRun | null = null;
      const early: TrainingEvent[] = [];
      current = trainInWorker(
        { ...request, seed: store.getState().seed },
        (event) => {
          if (current === null) early.push(event);
          else if (run === current) onEvent(event);
        },
        runOptions,
      );
      run = current;
      store.setState({ inWorker: current.inWorker });
      early.forEach(onEvent);
    },
    pause() {
      const { status } = store.getState();
      if (!run || (status !== 'running' && status !== 'starting')) return;
      run.pause();
      store.setState({ status: 'paused' });
    },
    resume() {
      if (!run || store.getState().status !== 'paused') return;
      run.resume();
      store.setState((s) => ({ status: s.backend === null ? 'starting' : 'running' }));
    },
    reset() {
      stop();
      store.setState({ ...cleared, status: 'idle' });
    },
    setSeed(next) {
      store.setState({ seed: checkInteger(next, 'seed', { min: 0, max: MAX_SEED }) });
    },
    snapshot() {
      if (!run) return Promise.reject(fail('EMPTY_INPUT', 'There is no trained model yet: start training first.'));
      return run.snapshot();
    },
    dispose() {
      disposed = true;
      stop();
    },
  };
}
