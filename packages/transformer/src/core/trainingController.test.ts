// @vitest-environment node
import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint.js';
import type { TrainingRecipe } from './recipes.js';
import { absoluteWasmPaths, trainInWorker } from './trainInWorker.js';
import { createTrainingController, type TrainingState } from './trainingController.js';
import type { TrainingCommand, TrainingEvent, TrainingReport } from './trainingProtocol.js';

const TINY: TrainingRecipe = {
  name: 'tiny',
  config: { vocabSize: 8, contextLength: 8, dModel: 8, heads: 2, layers: 2, mlp: false, mlpRatio: 4 },
  optimizer: { learningRate: 1e-2, warmupSteps: 2 },
  batchSize: 4,
  steps: 20,
  seed: 1,
  reportEvery: 5,
};

/** Resolves with the state once `predicate` holds (rejects after `ms`). */
function until(
  store: { getState(): TrainingState; subscribe(l: (s: TrainingState) => void): () => void },
  predicate: (s: TrainingState) => boolean,
  ms = 8000,
): Promise<TrainingState> {
  return new Promise((resolve, reject) => {
    if (predicate(store.getState())) return resolve(store.getState());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out; state ${JSON.stringify({ ...store.getState(), reports: undefined })}`));
    }, ms);
    const stop = store.subscribe((s) => {
      if (!predicate(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createTrainingController (on this thread)', () => {
  it('trains, reports every N steps with head scores and probe attention, and ends done', async () => {
    const controller = createTrainingController({ recipe: TINY, useWorker: false });
    expect(controller.store.getState()).toMatchObject({ status: 'idle', seed: 1, reports: [], totalSteps: 20 });
    controller.start();
    expect(controller.store.getState().status).toBe('starting');
    const state = await until(controller.store, (s) => s.status === 'done' || s.status === 'error');
    expect(state.error).toBeNull();
    expect(state.inWorker).toBe(false);
    expect(state.backend).toBe('wasm');
    expect(state.step).toBe(20);
    expect(state.reports.map((r) => r.step)).toEqual([5, 10, 15, 20]);
    const last = state.reports.at(-1)!;
    for (const key of [
      'loss',
      'learningRate',
      'tokensPerSecond',
      'firstHalfLoss',
      'repeatedHalfLoss',
      'seconds',
    ] as const) {
      expect(Number.isFinite(last[key]), key).toBe(true);
    }
    expect(last.tokensPerSecond).toBeGreaterThan(0);
    expect(state.heads).toHaveLength(2);
    expect(state.heads![1]).toHaveLength(2);
    expect(state.heads![1]![0]).toMatchObject({ layer: 1, head: 0 });
    expect(state.heads![0]![0]!.scores.previousToken).toBeGreaterThanOrEqual(0);
    expect(state.attention!.layers).toHaveLength(2);
    expect(state.attention!.layers[0]).toHaveLength(2 * 8 * 8);
    expect(state.attention!.ids).toHaveLength(8);
    // Each attention row of the probe sums to 1.
    const row = state.attention!.layers[1]!.subarray(8 * 3, 8 * 4);
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    // The trained model can be kept.
    const checkpoint = decodeCheckpoint(await controller.snapshot());
    expect(checkpoint.config.vocabSize).toBe(8);
    expect(checkpoint.meta.steps).toBe(20);
    controller.dispose();
  }, 20_000);

  it('pauses (no progress), resumes, and reset clears the curve but keeps the seed', async () => {
    const controller = createTrainingController({ recipe: TINY, steps: 5000, reportEvery: 5, useWorker: false });
    controller.setSeed(7);
    controller.start();
    await until(controller.store, (s) => s.reports.length >= 2);
    controller.pause();
    expect(controller.store.getState().status).toBe('paused');
    await sleep(150);
    const { step, reports } = controller.store.getState();
    await sleep(400);
    expect(controller.store.getState().step).toBe(step);
    expect(controller.store.getState().reports).toBe(reports);
    controller.resume();
    expect(controller.store.getState().status).toBe('running');
    await until(controller.store, (s) => s.reports.length >= reports.length + 2);
    controller.reset();
    const cleared = controller.store.getState();
    expect(cleared).toMatchObject({ status: 'idle', step: 0, reports: [], heads: null, attention: null, seed: 7 });
    await sleep(100);
    expect(controller.store.getState().reports).toEqual([]);
    controller.dispose();
  });

  it('a diverging run ends in DIVERGED, keeps its curve and the last good weights', async () => {
    const controller = createTrainingController({
      recipe: TINY,
      reportEvery: 1,
      optimizer: { learningRate: 1e6, warmupSteps: 1 },
      useWorker: false,
    });
    controller.start();
    const state = await until(controller.store, (s) => s.status === 'error' || s.status === 'done');
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('DIVERGED');
    expect(state.reports.length).toBeGreaterThanOrEqual(1);
    const { weights } = decodeCheckpoint(await controller.snapshot());
    for (const tensor of Object.values(weights)) expect(tensor.data.every(Number.isFinite)).toBe(true);
    controller.dispose();
  });

  it('answers bad input with typed errors', async () => {
    expect(() => createTrainingController({ steps: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
    );
    expect(() => createTrainingController({ steps: 1e6, reportEvery: 1 })).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE' }) as Error,
    );
    const controller = createTrainingController({ recipe: TINY, useWorker: false });
    expect(() => controller.setSeed(-1)).toThrow();
    expect(() => controller.setSeed(1.5 as number)).toThrow();
    const error: unknown = await controller.snapshot().catch((e: unknown) => e);
    expect(isTensorscopeError(error) && error.code).toBe('EMPTY_INPUT');
    const request = { ...controller.request, seed: 1 };
    for (const bad of [
      null,
      { ...request, task: 'text' },
      { ...request, runtimeOptions: null },
      { ...request, steps: 0 },
    ]) {
      expect(() => trainInWorker(bad as never, () => undefined, { useWorker: false })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
      );
    }
    expect(absoluteWasmPaths(null, 'http://host.test/')).toBeNull();
    expect(absoluteWasmPaths({ a: 5 }, 'http://host.test/')).toEqual({ a: 5 });
  });
});

/** A stand-in Worker whose behaviour the test scripts. */
function fakeWorker(onCommand: (command: TrainingCommand, worker: FakeWorker) => void) {
  const worker = {
    onmessage: null as ((event: MessageEvent<TrainingEvent>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    onmessageerror: null as (() => void) | null,
    terminated: false,
    postMessage(command: TrainingCommand) {
      queueMicrotask(() => onCommand(command, worker));
    },
    terminate() {
      worker.terminated = true;
    },
    emit(event: TrainingEvent) {
      worker.onmessage?.({ data: event } as MessageEvent<TrainingEvent>);
    },
    fail(message: string) {
      worker.onerror?.({ message, preventDefault() {} } as ErrorEvent);
    },
  };
  return worker;
}
type FakeWorker = ReturnType<typeof fakeWorker>;

const fakeReport = (step: number): TrainingReport => ({
  step,
  seconds: step / 10,
  loss: 3,
  learningRate: 1e-3,
  gradientNorm: 1,
  tokensPerSecond: 1000,
  firstHalfLoss: 3,
  repeatedHalfLoss: 3,
  heads: [],
  bestInduction: 0,
  inductionAt: null,
});
const fakeAttention = { ids: new Int32Array(2), length: 2, heads: 1, layers: [new Float32Array(4)] };

describe('createTrainingController (in a worker)', () => {
  it('a worker that dies is WORKER_FAILED, and the curve so far stays', async () => {
    let worker: FakeWorker | null = null;
    const controller = createTrainingController({
      recipe: TINY,
      createWorker: () => {
        worker = fakeWorker((command, w) => {
          if (command.type !== 'start') return;
          w.emit({ type: 'ready', backend: 'wasm' });
          w.emit({ type: 'report', report: fakeReport(5), attention: fakeAttention });
          w.fail('out of memory');
        });
        return worker as unknown as Worker;
      },
    });
    controller.start();
    const state = await until(controller.store, (s) => s.status === 'error', 2000);
    expect(state.error?.code).toBe('WORKER_FAILED');
    expect(state.error?.message).toContain('out of memory');
    expect(state.reports).toHaveLength(1);
    expect(state.inWorker).toBe(true);
    expect(worker!.terminated).toBe(true);
  });

  it('a worker that goes silent while running is stopped by the watchdog', async () => {
    const controller = createTrainingController({
      recipe: TINY,
      watchdogMs: 50,
      createWorker: () => fakeWorker(() => undefined) as unknown as Worker,
    });
    controller.start();
    const state = await until(controller.store, (s) => s.status === 'error', 2000);
    expect(state.error?.code).toBe('WORKER_FAILED');
  });

  it('sends the wasm file URLs made absolute, and a code the package does not know becomes WORKER_FAILED', async () => {
    let started: TrainingCommand | null = null;
    const controller = createTrainingController({
      recipe: TINY,
      runtimeOptions: { wasmPaths: { 'tfjs-backend-wasm.wasm': '/assets/a.wasm' } },
      createWorker: () =>
        fakeWorker((command, w) => {
          started = command;
          w.emit({ type: 'error', code: 'SOMETHING_ELSE', message: 'no' });
        }) as unknown as Worker,
    });
    controller.start();
    const state = await until(controller.store, (s) => s.status === 'error', 2000);
    expect(state.error?.code).toBe('WORKER_FAILED');
    // Node has no page URL: the paths go as given.
    expect(started).toMatchObject({ type: 'start', request: { seed: 1, steps: 20 } });
    expect(absoluteWasmPaths({ a: '/x/a.wasm', b: 'https://cdn.test/b.wasm' }, 'http://host.test/p/page.html')).toEqual(
      {
        a: 'http://host.test/x/a.wasm',
        b: 'https://cdn.test/b.wasm',
      },
    );
    expect(absoluteWasmPaths('wasm/', 'http://host.test/p/')).toBe('http://host.test/p/wasm/');
  });
});
