/// <reference types="vite/client" />
// Runs in headless Chromium (bench/transformer.bench.mjs drives it, serving
// packages/transformer/checkpoints as the public folder). On tfjs's wasm backend, on the page's
// main thread: time from "train" to an induction score ≥ 0.4 (INDUCTION_RECIPE), then forward
// latency of the induction checkpoint (32 tokens) and the brown config (64 tokens), ours vs the
// stock tf.layers GPT's predict. Returns raw results; the Node side formats the rows.
import type * as TfCore from '@tensorflow/tfjs-core';
import { createRuntime } from '@tensorscope/tensor-core';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import {
  BROWN_RECIPE,
  INDUCTION_PERIODS,
  INDUCTION_RECIPE,
  decodeCheckpoint,
  initWeights,
  readConfig,
  trainInWorker,
} from '@tensorscope/transformer/core';
import { INDUCTION_THRESHOLD, trainToInduction } from './induction.mjs';
import { forwardLatency } from './latency.mjs';

const status = (text: string) => {
  (document.getElementById('status') as HTMLElement).textContent = text;
};

async function fetchCheckpoint(name: string) {
  const response = await fetch(`/${name}.tsgpt`);
  // A missing file comes back as the page itself (the preview server's fallback).
  if (!response.ok || response.headers.get('content-type')?.includes('html')) return null;
  return decodeCheckpoint(new Uint8Array(await response.arrayBuffer()));
}

/**
 * What the TrainingPanel does on "train": `trainInWorker` with INDUCTION_RECIPE (a module Worker
 * that loads tfjs and the wasm backend itself), until a report's best induction score is ≥ 0.4.
 * The clock starts at the call, so the worker's start-up counts.
 */
function trainInWorkerToInduction(maxSteps: number, wasm: Record<string, string>) {
  const recipe = INDUCTION_RECIPE;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let readyMs: number | null = null;
    const run = trainInWorker(
      {
        task: 'induction',
        config: recipe.config,
        optimizer: recipe.optimizer,
        batchSize: recipe.batchSize,
        steps: maxSteps,
        seed: recipe.seed,
        reportEvery: 25,
        ...INDUCTION_PERIODS,
        runtimeOptions: { backends: ['wasm'], wasmPaths: wasm },
      },
      (event) => {
        if (event.type === 'ready') readyMs = performance.now() - started;
        else if (event.type === 'report') {
          const { report } = event;
          status(`worker: step ${report.step}, induction ${report.bestInduction.toFixed(3)}`);
          if (report.bestInduction >= INDUCTION_THRESHOLD) {
            const ms = performance.now() - started;
            run.cancel();
            resolve({
              ms,
              steps: report.step,
              score: report.bestInduction,
              reached: true,
              readyMs,
              inWorker: run.inWorker,
              tokensPerSecond: report.tokensPerSecond,
              sessionSeconds: report.inductionAt?.seconds ?? null,
            });
          }
        } else if (event.type === 'done') {
          resolve({
            ms: performance.now() - started,
            steps: event.step,
            score: 0,
            reached: false,
            readyMs,
            inWorker: run.inWorker,
          });
        } else if (event.type === 'error') reject(new Error(`${event.code}: ${event.message}`));
      },
    );
  });
}

async function runBench({ maxSteps }: { maxSteps: number }) {
  const backend = 'wasm (Chromium)';
  status('worker: training to induction…');
  const worker = await trainInWorkerToInduction(maxSteps, wasmPaths);
  status('creating the runtime…');
  const started = performance.now();
  const runtime = await createRuntime({ backends: ['wasm'], wasmPaths });
  const runtimeMs = performance.now() - started;
  const simd = await runtime.run((tf: typeof TfCore) => tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  try {
    status('training to induction…');
    const result = await trainToInduction(runtime, {
      maxSteps,
      onProbe: ({ step, score, ms }: { step: number; score: number; ms: number }) =>
        status(`training: step ${step}, induction ${score.toFixed(3)}, ${(ms / 1000).toFixed(1)} s`),
    });
    const rows: unknown[] = [
      { kind: 'worker', backend: 'wasm (Chromium Worker)', simd, result: worker },
      { kind: 'induction', backend, runtimeMs, simd, result },
    ];
    status('forward latency…');
    const induction = await fetchCheckpoint('induction');
    if (!induction) throw new Error('induction.tsgpt was not served');
    rows.push({
      kind: 'latency',
      label: 'induction checkpoint (full context)',
      backend,
      length: 32,
      result: await forwardLatency(runtime, induction, { length: 32 }),
    });
    const brown = await fetchCheckpoint('brown');
    const config = readConfig(BROWN_RECIPE.config);
    rows.push({
      kind: 'latency',
      label: `brown ${brown ? 'checkpoint' : 'config, random weights'}`,
      backend,
      length: 64,
      result: await forwardLatency(
        runtime,
        brown ?? { config, weights: initWeights(config, 1), tokenizer: { kind: 'ids' }, meta: {} },
        { length: 64 },
      ),
    });
    status('done');
    return rows;
  } finally {
    runtime.dispose();
  }
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
status('ready');
