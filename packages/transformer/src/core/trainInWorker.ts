// The host side of a live training run: a module Worker when the platform has one (the page never
// freezes), else the same session on this thread in short slices (Node, tests, SSR).
import { checkBoolean, checkFunction, checkInteger, checkObject, checkOneOf, checkOptions } from '@tensorscope/common';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { loadRuntime } from '@tensorscope/tensor-core/lazy';
import { readConfig } from './config.js';
import { fail } from './errors.js';
import type { TrainingCommand, TrainingEvent, TrainingRequest } from './trainingProtocol.js';
import { createTrainingSession } from './trainingSession.js';

export interface TrainInWorkerOptions {
  /** Train in a Worker. Default: when `Worker` exists. `false` forces this thread (what Node tests use). */
  readonly useWorker?: boolean;
  /** Makes the worker (e.g. your bundler's import of `training.worker.js`). */
  readonly createWorker?: () => Worker;
  /**
   * Milliseconds a running worker may stay silent (it reports several times a second) before it
   * counts as dead: `WORKER_FAILED`. Default 60000 (the first message waits for tfjs to load).
   */
  readonly watchdogMs?: number;
  /** On this thread: milliseconds of training between yields to the page. Default 12. */
  readonly sliceMs?: number;
}

/** A run in progress. Events arrive through the `onEvent` given to {@link trainInWorker}. */
export interface TrainingRun {
  /** Whether it runs in a Worker (else on this thread). */
  readonly inWorker: boolean;
  pause(): void;
  resume(): void;
  /** Ends the run and frees its model (the worker is terminated); later events are dropped. */
  cancel(): void;
  /** The current weights as a checkpoint file (`encodeCheckpoint`), also after `done` or a `DIVERGED` error. */
  snapshot(): Promise<Uint8Array>;
}

/** The URLs in `wasmPaths` made absolute against the page, so that a worker (another base URL) finds them. */
export function absoluteWasmPaths(paths: unknown, base: string | undefined): unknown {
  if (base === undefined) return paths;
  const absolute = (url: unknown) => {
    if (typeof url !== 'string') return url;
    try {
      return new URL(url, base).href;
    } catch {
      return url;
    }
  };
  if (typeof paths === 'string') return absolute(paths);
  // Anything else goes as it is: tensor-core's runtime refuses a bad value with a typed error.
  if (typeof paths !== 'object' || paths === null || Array.isArray(paths)) return paths;
  return Object.fromEntries(Object.entries(paths).map(([name, url]) => [name, absolute(url)]));
}

function pageBase(): string | undefined {
  const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return scope.document?.baseURI ?? scope.location?.href;
}

/**
 * Starts training `request`, in a module Worker when possible. Every event of the run (ready,
 * progress, report, paused, done, error) goes to `onEvent`. A worker that fails to load, throws
 * outside the session or stays silent for `watchdogMs` while running is terminated and reported
 * as an `error` event with code `WORKER_FAILED`.
 */
export function trainInWorker(
  request: TrainingRequest,
  onEvent: (event: TrainingEvent) => void,
  options: TrainInWorkerOptions = {},
): TrainingRun {
  checkRequest(request);
  checkFunction(onEvent, 'onEvent');
  const raw = checkOptions(options);
  if (raw.createWorker !== undefined) checkFunction(raw.createWorker, 'options.createWorker');
  const useWorker =
    raw.useWorker === undefined
      ? raw.createWorker !== undefined || typeof Worker === 'function'
      : checkBoolean(raw.useWorker, 'options.useWorker');
  const watchdogMs =
    raw.watchdogMs === undefined ? 60_000 : checkInteger(raw.watchdogMs, 'options.watchdogMs', { min: 1 });
  const sliceMs = raw.sliceMs === undefined ? 12 : checkInteger(raw.sliceMs, 'options.sliceMs', { min: 1 });

  let nextId = 1;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: unknown) => void }>();
  let closed = false;
  const deliver = (event: TrainingEvent) => {
    if (closed) return;
    if (event.type === 'snapshot' || event.type === 'snapshot-error') {
      const waiter = pending.get(event.id);
      pending.delete(event.id);
      if (event.type === 'snapshot') waiter?.resolve(event.bytes);
      else waiter?.reject(fail(event.code === 'EMPTY_INPUT' ? 'EMPTY_INPUT' : 'WORKER_FAILED', event.message));
      return;
    }
    onEvent(event);
  };
  const rejectPending = (code: 'ABORTED' | 'WORKER_FAILED', message: string) => {
    for (const waiter of pending.values()) waiter.reject(fail(code, message));
    pending.clear();
  };
  const snapshotWith = (send: (command: TrainingCommand) => void) => () => {
    if (closed) return Promise.reject(fail('ABORTED', 'This training run was cancelled.'));
    const id = nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      send({ type: 'snapshot', id });
    });
  };

  if (!useWorker) {
    const handle = createTrainingSession((event) => deliver(event), {
      sliceMs,
      // The caller's options object itself, so the page's runtime is shared (see loadRuntime).
      runtime: () => loadRuntime(request.runtimeOptions as RuntimeOptions),
    });
    handle({ type: 'start', request });
    return {
      inWorker: false,
      pause: () => handle({ type: 'pause' }),
      resume: () => handle({ type: 'resume' }),
      cancel() {
        if (closed) return;
        handle({ type: 'cancel' });
        closed = true;
        rejectPending('ABORTED', 'This training run was cancelled.');
      },
      snapshot: snapshotWith(handle),
    };
  }

  let worker: Worker | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let watching = false;
  const stopWatchdog = () => {
    watching = false;
    clearTimeout(watchdog);
  };
  const feedWatchdog = () => {
    clearTimeout(watchdog);
    if (!watching) return;
    watchdog = setTimeout(
      () => die(`The training worker sent nothing for ${Math.round(watchdogMs / 1000)} s and was stopped.`),
      watchdogMs,
    );
  };
  const watch = () => {
    watching = true;
    feedWatchdog();
  };
  const end = () => {
    closed = true;
    stopWatchdog();
    if (worker) {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    }
  };
  const die = (message: string) => {
    if (closed) return;
    deliver({ type: 'error', code: 'WORKER_FAILED', message });
    rejectPending('WORKER_FAILED', message);
    end();
  };
  const send = (command: TrainingCommand) => {
    if (!closed) worker?.postMessage(command);
  };

  try {
    worker = raw.createWorker?.() ?? new Worker(new URL('./training.worker.js', import.meta.url), { type: 'module' });
  } catch (cause) {
    queueMicrotask(() => die(`The training worker could not be created: ${String(cause)}.`));
    return {
      inWorker: true,
      pause() {},
      resume() {},
      cancel: () => end(),
      snapshot: () => Promise.reject(fail('WORKER_FAILED', 'The training worker could not be created.')),
    };
  }
  worker.onmessage = (message: MessageEvent<TrainingEvent>) => {
    const event = message.data;
    feedWatchdog();
    if (event.type === 'done' || event.type === 'error' || event.type === 'paused') stopWatchdog();
    deliver(event);
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault?.();
    die(
      `The training worker failed${event.message ? `: ${event.message}` : ' to load (check that your bundler serves training.worker.js)'}.`,
    );
  };
  worker.onmessageerror = () => die('A message from the training worker could not be read.');
  const runtimeOptions: Record<string, unknown> = { ...request.runtimeOptions };
  if (runtimeOptions.wasmPaths !== undefined) {
    runtimeOptions.wasmPaths = absoluteWasmPaths(runtimeOptions.wasmPaths, pageBase());
  }
  const start = { ...request, runtimeOptions } as TrainingRequest;
  send({ type: 'start', request: start });
  watch();
  return {
    inWorker: true,
    pause() {
      stopWatchdog();
      send({ type: 'pause' });
    },
    resume() {
      send({ type: 'resume' });
      watch();
    },
    cancel() {
      if (closed) return;
      rejectPending('ABORTED', 'This training run was cancelled.');
      end();
    },
    snapshot: snapshotWith(send),
  };
}

/** Every field of a request, so that a bad one is a typed error here and not a failure in the worker. */
function checkRequest(value: unknown): asserts value is TrainingRequest {
  const request = checkObject(value, 'request');
  checkOneOf(request.task, 'request.task', ['induction'] as const);
  const config = readConfig(request.config, 'request.config');
  checkObject(request.optimizer, 'request.optimizer');
  checkInteger(request.batchSize, 'request.batchSize', { min: 1, max: 4096 });
  checkInteger(request.steps, 'request.steps', { min: 1, max: 1_000_000 });
  checkInteger(request.seed, 'request.seed', { min: 0 });
  checkInteger(request.reportEvery, 'request.reportEvery', { min: 1 });
  const maxPeriod = checkInteger(request.maxPeriod, 'request.maxPeriod', {
    min: 1,
    max: Math.min(config.vocabSize, config.contextLength),
  });
  checkInteger(request.minPeriod, 'request.minPeriod', { min: 1, max: maxPeriod });
  checkObject(request.runtimeOptions, 'request.runtimeOptions');
}
