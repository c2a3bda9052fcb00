import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from './protocol.js';
import { runProjection } from './runInWorker.js';
import { embeddingOf, gaussianClusters, silhouette } from './testData.js';
import type { ProjectionProgress } from './types.js';
import { createWorkerHost } from './workerHost.js';

let runtime: TensorRuntime;
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['cpu'] });
});

/** A Worker stand-in running the real worker host in this thread, asynchronously like a worker. */
function inProcessWorker() {
  const state = { terminated: false, transferred: [] as Transferable[], received: [] as WorkerRequest[] };
  const worker = {
    onmessage: null as ((event: MessageEvent<WorkerResponse>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: WorkerRequest, transfer: Transferable[] = []) {
      state.received.push(message);
      state.transferred.push(...transfer);
      setTimeout(() => handle(message), 0);
    },
    terminate() {
      state.terminated = true;
      handle({ type: 'cancel' });
    },
  };
  const handle = createWorkerHost((message) => {
    if (!state.terminated) setTimeout(() => worker.onmessage?.({ data: message } as MessageEvent<WorkerResponse>), 0);
  });
  return { worker: worker as unknown as Worker, state };
}

const data = gaussianClusters(2, 80, 6, 10, 4);
const group = (i: number) => (i < 80 ? 0 : 1);

describe('runProjection on this thread', () => {
  it('runs t-SNE with progress and normalised live frames', async () => {
    const phases = new Set<string>();
    let last: ProjectionProgress | undefined;
    const frames: Float32Array[] = [];
    const result = await runProjection(
      'tsne',
      data,
      { seed: 1, iterations: 300, perplexity: 20 },
      {
        useWorker: false,
        frameEvery: 50,
        onProgress: (p) => {
          phases.add(p.phase);
          last = p;
        },
        onFrame: (coords, dims) => {
          expect(dims).toBe(2);
          frames.push(coords);
        },
      },
    );
    expect([...phases]).toEqual(['affinities', 'layout']);
    expect(last).toEqual({ phase: 'layout', fraction: 1 });
    expect(frames).toHaveLength(5);
    expect(frames[0]).toHaveLength(160 * 2);
    expect(result.axisLabels).toEqual(['t-SNE 1', 't-SNE 2']);
    expect(result.coordinates).toHaveLength(320);
    // Normalised: at least 99 % of the values lie in [-1, 1].
    expect(Array.from(result.coordinates).filter((v) => Math.abs(v) <= 1 + 1e-6).length).toBeGreaterThanOrEqual(
      0.99 * 320,
    );
    expect(silhouette(result.coordinates, 2, group)).toBeGreaterThan(0.5);
  });

  it('runs UMAP on exact tensor-core neighbours', async () => {
    const phases = new Set<string>();
    const result = await runProjection(
      'umap',
      data,
      { seed: 2, epochs: 80, knn: 'exact', runtime, dimensions: 3 },
      { useWorker: false, onProgress: (p) => phases.add(p.phase) },
    );
    expect([...phases]).toEqual(['neighbours', 'graph', 'layout']);
    expect(result.dimensions).toBe(3);
    expect(result.axisLabels).toEqual(['UMAP 1', 'UMAP 2', 'UMAP 3']);
    expect(silhouette(result.coordinates, 3, group)).toBeGreaterThan(0.6);
  });

  it('rejects with ABORTED when cancelled mid-run', async () => {
    const controller = new AbortController();
    const run = runProjection(
      'tsne',
      data,
      { iterations: 100000 },
      {
        useWorker: false,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'layout' && p.fraction > 0.001) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'ABORTED', message: 't-SNE was cancelled.' });
  });

  it('refuses t-SNE above the cap before starting', async () => {
    const big = embeddingOf(new Float32Array(100_001 * 2), 100_001, 2);
    await expect(runProjection('tsne', big, {}, { useWorker: false })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('runProjection in a worker', () => {
  it('gives the same layout as this thread for the same seed, transferring the neighbour graph', async () => {
    const { worker, state } = inProcessWorker();
    const options = { seed: 5, epochs: 60, knn: 'exact' as const, runtime };
    const frames: Float32Array[] = [];
    const viaWorker = await runProjection('umap', data, options, {
      createWorker: () => worker,
      frameEvery: 20,
      onFrame: (coords) => frames.push(coords),
    });
    const here = await runProjection('umap', data, options, { useWorker: false });
    expect(Array.from(viaWorker.raw ?? [])).toEqual(Array.from(here.raw ?? []));
    expect(frames).toHaveLength(2);
    expect(state.transferred).toHaveLength(2);
    // The exact neighbours and the vectors (for UMAP's PCA start) both reach the worker.
    expect(state.received[0]).toMatchObject({
      type: 'start',
      request: { kind: 'umap', knn: { k: expect.any(Number) } },
    });
    expect((state.received[0] as { request: { vectors: unknown } }).request.vectors).toBeInstanceOf(Float32Array);
    expect(state.terminated).toBe(true);
  });

  it('sends t-SNE above 1 000 points its exact neighbours from tensor-core instead of the vectors', async () => {
    const { worker, state } = inProcessWorker();
    const clusters = gaussianClusters(2, 550, 8, 10, 6);
    const phases = new Set<string>();
    const result = await runProjection(
      'tsne',
      clusters,
      { seed: 2, iterations: 300, perplexity: 10, runtime },
      { createWorker: () => worker, onProgress: (p) => phases.add(p.phase) },
    );
    expect(state.received[0]).toMatchObject({
      type: 'start',
      request: { kind: 'tsne', vectors: null, knn: { k: 31 } },
    });
    expect(state.transferred).toHaveLength(2);
    expect([...phases]).toEqual(['neighbours', 'affinities', 'layout']);
    // Each sampled point's 10 nearest layout neighbours come from its own cluster.
    const c = result.coordinates;
    let same = 0;
    let sampled = 0;
    for (let i = 0; i < 1100; i += 11, sampled++) {
      const d2 = Array.from({ length: 1100 }, (_, j) =>
        j === i
          ? Infinity
          : ((c[2 * i] as number) - (c[2 * j] as number)) ** 2 +
            ((c[2 * i + 1] as number) - (c[2 * j + 1] as number)) ** 2,
      );
      const nearest = Array.from(d2.keys())
        .sort((a, b) => (d2[a] as number) - (d2[b] as number))
        .slice(0, 10);
      same += nearest.filter((j) => j < 550 === i < 550).length / 10;
    }
    expect(same / sampled).toBeGreaterThan(0.95);
  });

  it('terminates the worker and rejects with ABORTED on abort', async () => {
    const { worker, state } = inProcessWorker();
    const controller = new AbortController();
    const run = runProjection(
      'tsne',
      data,
      { iterations: 100000 },
      {
        createWorker: () => worker,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'layout') controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
    expect(state.terminated).toBe(true);
  });

  it("keeps the worker's error code and message", async () => {
    const { worker } = inProcessWorker();
    const small = gaussianClusters(1, 10, 3, 0);
    await expect(
      runProjection('umap', small, { knn: 'approximate', nNeighbors: 15 }, { createWorker: () => worker }),
    ).rejects.toMatchObject({ code: 'INVALID_VALUE', message: expect.stringMatching(/more points \(10\)/) });
  });

  it('reports a worker that fails to load', async () => {
    const { worker } = inProcessWorker();
    worker.postMessage = () => setTimeout(() => worker.onerror?.({ message: '' } as ErrorEvent), 0);
    await expect(runProjection('tsne', data, {}, { createWorker: () => worker })).rejects.toMatchObject({
      code: 'WORKER_FAILED',
      message: expect.stringMatching(/failed to load/),
    });
  });
});
