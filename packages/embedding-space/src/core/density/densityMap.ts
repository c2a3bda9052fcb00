import { checkOptions } from '@tensorscope/common';
import { optionalFunction, optionalSignal, optionalBoolean } from '../args.js';
import { EmbeddingError } from '../errors.js';
import { runWorkerTask, workerErrorMessage, type WorkerErrorMessage } from '../workerTask.js';
import { densityClusters, type DensityClusterOptions, type DensityClusters } from './clusters.js';
import { densityContours, type DensityContour } from './contours.js';
import { checkCoordinates, kernelDensity, type DensityGrid, type KernelDensityOptions } from './kde.js';

/** Options of {@link computeDensityMap}. */
export interface DensityMapOptions {
  /** Values per point (2 or 3). Default 2. */
  dimensions?: 2 | 3;
  /** The plane: two coordinate columns. Default `[0, 1]`. */
  axes?: readonly [number, number];
  /** Grid nodes per side. Default 256. */
  gridSize?: number;
  /** Multiplies Scott's bandwidth for the contours. Default 1. */
  bandwidthScale?: number;
  /** Multiplies Scott's bandwidth for the clusters (a sharper map finds finer clusters). Default 0.5. */
  clusterBandwidthScale?: number;
  /** Mass fractions of the contours. Default `[0.25, 0.5, 0.75, 0.9]`. */
  contourLevels?: readonly number[];
  /** Cluster levels (see `densityClusters`). */
  clusters?: Omit<DensityClusterOptions, 'dimensions' | 'mask'>;
  /** Points whose byte is 0 are left out. */
  mask?: Uint8Array;
}

/** A density map with its contours and cluster hierarchy, as {@link computeDensityMap} returns it. */
export interface DensityMap {
  /** The map the contours are drawn from. */
  grid: DensityGrid;
  contours: DensityContour[];
  clusters: DensityClusters;
  /** Milliseconds each step took (where it ran). */
  timings: { density: number; contours: number; clusters: number };
}

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

/**
 * Density, contours and clusters of a layout in one call: {@link kernelDensity} at Scott's
 * bandwidth for the contours ({@link densityContours}), and at `clusterBandwidthScale` of it for
 * {@link densityClusters}. Throws what those throw.
 */
export function computeDensityMap(coordinates: Float32Array, options: DensityMapOptions = {}): DensityMap {
  const given = checkOptions(options);
  const kdeOptions: KernelDensityOptions = {};
  if (given.dimensions !== undefined) kdeOptions.dimensions = given.dimensions;
  if (given.axes !== undefined) kdeOptions.axes = given.axes;
  if (given.gridSize !== undefined) kdeOptions.gridSize = given.gridSize;
  if (given.mask !== undefined) kdeOptions.mask = given.mask;
  const t0 = now();
  const grid = kernelDensity(coordinates, { ...kdeOptions, bandwidthScale: given.bandwidthScale ?? 1 });
  const t1 = now();
  const contours = densityContours(grid, given.contourLevels === undefined ? {} : { levels: given.contourLevels });
  const t2 = now();
  const sharp = kernelDensity(coordinates, {
    ...kdeOptions,
    bandwidth: grid.bandwidth,
    bandwidthScale: given.clusterBandwidthScale ?? 0.5,
  });
  const clusters = densityClusters(sharp, coordinates, {
    ...checkOptions(given.clusters, 'options.clusters'),
    ...(given.dimensions !== undefined ? { dimensions: given.dimensions } : {}),
    ...(given.mask !== undefined ? { mask: given.mask } : {}),
  });
  const t3 = now();
  return { grid, contours, clusters, timings: { density: t1 - t0, contours: t2 - t1, clusters: t3 - t2 } };
}

/** Above this many points {@link runDensityMap} computes in a worker (when there is `Worker`): measured ~50 ms on the page thread. */
export const DENSITY_WORKER_MIN_POINTS = 50_000;

/** How {@link runDensityMap} runs. */
export interface RunDensityHooks {
  signal?: AbortSignal;
  /** Force (true) or forbid (false) the worker; default: above {@link DENSITY_WORKER_MIN_POINTS} points when `Worker` exists. */
  useWorker?: boolean;
  /** Makes the worker (tests, bundlers that need their own URL). */
  createWorker?: () => Worker;
}

/** Messages to and from the density worker. */
export type DensityWorkerRequest = { coordinates: Float32Array; options: DensityMapOptions };
export type DensityWorkerResponse = { type: 'done'; map: DensityMap } | WorkerErrorMessage;

/** The worker's handler, separate from the worker entry so it runs (and is tested) anywhere. */
export function handleDensityRequest(request: DensityWorkerRequest): {
  message: DensityWorkerResponse;
  transfer: ArrayBuffer[];
} {
  try {
    const map = computeDensityMap(request.coordinates, request.options);
    const transfer = [
      map.grid.values.buffer as ArrayBuffer,
      ...map.contours.map((c) => c.segments.buffer as ArrayBuffer),
      ...map.clusters.levels.map((l) => l.assignment.buffer as ArrayBuffer),
    ];
    return { message: { type: 'done', map }, transfer };
  } catch (error) {
    return { message: workerErrorMessage(error, 'RENDER_FAILED'), transfer: [] };
  }
}

const aborted = () => new EmbeddingError('ABORTED', 'The density map was cancelled (a new layout arrived).');

/**
 * {@link computeDensityMap} off the page thread when it is large: in a module worker above
 * {@link DENSITY_WORKER_MIN_POINTS} points, else here. Rejects with `ABORTED` when `hooks.signal`
 * fires (the worker is terminated), `WORKER_FAILED` when the worker cannot start or dies, and with
 * the computation's own error code otherwise.
 */
export async function runDensityMap(
  coordinates: Float32Array,
  options: DensityMapOptions = {},
  hooks: RunDensityHooks = {},
): Promise<DensityMap> {
  const checkedHooks = checkOptions(hooks, 'hooks');
  const signal = optionalSignal(checkedHooks.signal, 'hooks.signal');
  const createWorker = optionalFunction<() => Worker>(checkedHooks.createWorker, 'hooks.createWorker');
  const useWorker = optionalBoolean(checkedHooks.useWorker, 'hooks.useWorker');
  const given = checkOptions(options);
  const { count } = checkCoordinates(coordinates, given.dimensions);
  if (signal?.aborted) throw aborted();
  const inWorker =
    useWorker ?? (createWorker !== undefined || (typeof Worker === 'function' && count >= DENSITY_WORKER_MIN_POINTS));
  if (!inWorker) {
    // Yield once so a cancel that follows the call in the same task still wins.
    await Promise.resolve();
    if (signal?.aborted) throw aborted();
    return computeDensityMap(coordinates, given);
  }
  const request: DensityWorkerRequest = { coordinates, options: given };
  return runWorkerTask<DensityWorkerResponse, DensityMap>(
    createWorker ?? (() => new Worker(new URL('./density.worker.js', import.meta.url), { type: 'module' })),
    {
      file: 'density.worker.js',
      request,
      signal,
      aborted,
      onMessage: (message) => (message.type === 'done' ? { result: message.map } : undefined),
    },
  );
}
