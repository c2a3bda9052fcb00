// One live training run, driven by messages: the body of the training worker, and of the
// on-this-thread fallback. It trains in slices of a few steps, yields to the event loop between
// them (so pause, cancel and snapshot are heard), and posts a report every `reportEvery` steps.
import { isTensorscopeError } from '@tensorscope/common';
import type { RuntimeOptions, TensorRuntime } from '@tensorscope/tensor-core';
import { loadRuntime } from '@tensorscope/tensor-core/lazy';
import { encodeCheckpoint } from './checkpoint.js';
import { fail } from './errors.js';
import { createInductionProbe, readProbe } from './probe.js';
import { copyingScores, headRole } from './scores.js';
import { inductionTask } from './tasks.js';
import { createTrainer, type StepReport, type Trainer } from './trainer.js';
import {
  INDUCTION_FORMED_AT,
  type InductionMoment,
  type ProbeAttention,
  type TrainingCommand,
  type TrainingEvent,
  type TrainingHead,
  type TrainingReport,
  type TrainingRequest,
} from './trainingProtocol.js';

/** Sends an event to the host, transferring the listed buffers. */
export type PostTrainingEvent = (event: TrainingEvent, transfer: Transferable[]) => void;

export interface TrainingSessionOptions {
  /** Milliseconds of training between two yields to the event loop. Default 80. */
  readonly sliceMs?: number;
  /** At most one `progress` event per this many milliseconds. Default 400. */
  readonly progressEveryMs?: number;
  /** Where the runtime comes from. Default: `loadRuntime` with the request's runtime options. */
  readonly runtime?: () => Promise<TensorRuntime>;
}

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

/** Returns to the event loop once (a macrotask: messages and input are handled in between). */
export function yieldToEvents(): Promise<void> {
  // Node has setImmediate; browsers and workers a MessageChannel (no 4 ms clamp of nested timers).
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => {
    if (typeof immediate === 'function') immediate(resolve);
    else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/**
 * Creates the message handler of one training run. `start` begins it (a second `start` is
 * ignored); `pause` / `resume` stop and continue between slices; `cancel` ends it and frees the
 * model; `snapshot` answers with the current weights as a checkpoint file. A `DIVERGED` loss (or
 * any other failure) is posted as `error`; the trainer then holds the last good weights, which a
 * snapshot still returns.
 */
export function createTrainingSession(
  post: PostTrainingEvent,
  options: TrainingSessionOptions = {},
): (command: TrainingCommand) => void {
  const sliceMs = options.sliceMs ?? 80;
  const progressEveryMs = options.progressEveryMs ?? 400;
  let request: TrainingRequest | null = null;
  let trainer: Trainer | null = null;
  let paused = false;
  let cancelled = false;
  let wake: (() => void) | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  /** Trainer calls one at a time (a snapshot waits for the slice in progress). */
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn);
    chain = next.catch(() => undefined);
    return next;
  };
  const postError = (error: unknown) => {
    const known = isTensorscopeError(error);
    post(
      {
        type: 'error',
        code: known ? String(error.code) : 'WORKER_FAILED',
        message: error instanceof Error ? error.message : String(error),
        ...(known && error.details ? { details: error.details } : {}),
      },
      [],
    );
  };

  const snapshot = (id: number) => {
    const current = request;
    const model = trainer;
    if (!current || !model || cancelled) {
      post(
        {
          type: 'snapshot-error',
          id,
          code: 'EMPTY_INPUT',
          message: 'There is no trained model yet: start training first.',
        },
        [],
      );
      return;
    }
    serial(async () => {
      const weights = await model.getWeights();
      return encodeCheckpoint({
        config: current.config,
        weights,
        tokenizer: { kind: 'ids' },
        meta: {
          name: 'induction-live',
          description:
            'A 2-layer attention-only transformer trained in the browser by tensorscope on repeated random tokens (no text).',
          steps: model.stepsDone,
          seed: current.seed,
          recipe: { ...current, runtimeOptions: undefined },
        },
      });
    }).then(
      (bytes) => post({ type: 'snapshot', id, bytes }, [bytes.buffer as ArrayBuffer]),
      (error: unknown) =>
        post(
          {
            type: 'snapshot-error',
            id,
            code: isTensorscopeError(error) ? String(error.code) : 'WORKER_FAILED',
            message: error instanceof Error ? error.message : String(error),
          },
          [],
        ),
    );
  };

  const run = async (req: TrainingRequest) => {
    const startedAt = now();
    let pausedFor = 0;
    const elapsed = () => (now() - startedAt - pausedFor) / 1000;
    const runtimeOptions: RuntimeOptions = {
      ...req.runtimeOptions,
      backends: req.runtimeOptions.backends ?? ['wasm'],
    } as RuntimeOptions;
    const runtime = await (options.runtime ? options.runtime() : loadRuntime(runtimeOptions));
    if (cancelled) return;
    const { config } = req;
    const task = inductionTask({
      vocabSize: config.vocabSize,
      contextLength: config.contextLength,
      minPeriod: req.minPeriod,
      maxPeriod: req.maxPeriod,
    });
    const model = await createTrainer(runtime, config, task, {
      ...req.optimizer,
      batchSize: req.batchSize,
      seed: req.seed,
    });
    if (cancelled) {
      model.dispose();
      return;
    }
    trainer = model;
    post({ type: 'ready', backend: runtime.backend }, []);

    const T = config.contextLength;
    const probe = createInductionProbe(config);
    let inductionAt: InductionMoment | null = null;
    let window: StepReport[] = [];
    let windowMs = 0;
    let msPerStep = 0;
    let lastProgress = now();
    let done = 0;

    const report = async () => {
      const evaluation = await serial(() => model.evaluate(probe.rows, probe.batch));
      const weights = await serial(() => model.getWeights());
      const copying = copyingScores(config, weights);
      const reading = readProbe(config, probe, evaluation);
      const heads: TrainingHead[][] = reading.heads.map((layer, l) =>
        layer.map((scores, head) => {
          const all = { ...scores, copying: copying[l]![head]! };
          return { layer: l, head, scores: all, role: headRole(all) };
        }),
      );
      const bestInduction = Math.max(...heads.flat().map((h) => h.scores.induction));
      const seconds = elapsed();
      if (!inductionAt && bestInduction >= INDUCTION_FORMED_AT) inductionAt = { step: done, seconds };
      const mean = (pick: (r: StepReport) => number) => window.reduce((sum, r) => sum + pick(r), 0) / window.length;
      const last = window.at(-1)!;
      const result: TrainingReport = {
        step: done,
        seconds,
        loss: mean((r) => r.loss),
        learningRate: last.learningRate,
        gradientNorm: last.gradientNorm,
        tokensPerSecond: windowMs > 0 ? (window.length * req.batchSize * T) / (windowMs / 1000) : 0,
        firstHalfLoss: reading.firstHalfLoss,
        repeatedHalfLoss: reading.repeatedHalfLoss,
        heads,
        bestInduction,
        inductionAt,
      };
      // The first probe sequence's attention, per layer (copied out of the batch).
      const layers = evaluation.attention.map((a) => a.slice(0, config.heads * T * T));
      const attention: ProbeAttention = { ids: probe.ids.slice(0, T), length: T, heads: config.heads, layers };
      window = [];
      windowMs = 0;
      post({ type: 'report', report: result, attention }, [
        attention.ids.buffer as ArrayBuffer,
        ...layers.map((l) => l.buffer as ArrayBuffer),
      ]);
    };

    while (done < req.steps && !cancelled) {
      if (paused) {
        post({ type: 'paused', step: done }, []);
        const pausedAt = now();
        await new Promise<void>((resolve) => (wake = resolve));
        pausedFor += now() - pausedAt;
        continue;
      }
      const untilReport = req.reportEvery - (done % req.reportEvery);
      const count = Math.max(
        1,
        Math.min(untilReport, req.steps - done, msPerStep > 0 ? Math.round(sliceMs / msPerStep) : 1),
      );
      const t0 = now();
      const steps = await serial(() => model.steps(count));
      const ms = now() - t0;
      msPerStep = msPerStep > 0 ? 0.7 * msPerStep + (0.3 * ms) / count : ms / count;
      window.push(...steps);
      windowMs += ms;
      done += count;
      if (cancelled) break;
      if (done % req.reportEvery === 0 || done === req.steps) await report();
      else if (now() - lastProgress >= progressEveryMs) {
        post({ type: 'progress', step: done }, []);
        lastProgress = now();
      }
      await yieldToEvents();
    }
    if (!cancelled) post({ type: 'done', step: done }, []);
  };

  return (command) => {
    switch (command.type) {
      case 'start':
        if (request) return;
        request = command.request;
        run(command.request).catch((error: unknown) => {
          if (!cancelled) postError(error);
        });
        return;
      case 'pause':
        paused = true;
        return;
      case 'resume':
        paused = false;
        wake?.();
        wake = null;
        return;
      case 'cancel':
        cancelled = true;
        wake?.();
        wake = null;
        void serial(async () => {
          trainer?.dispose();
          trainer = null;
        });
        return;
      case 'snapshot':
        snapshot(command.id);
        return;
      default:
        postError(
          fail('INVALID_ARGUMENT', `Unknown training command ${JSON.stringify((command as { type?: unknown }).type)}.`),
        );
    }
  };
}
