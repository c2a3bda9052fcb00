// measureBandwidth: the reported quantity (bytes moved ÷ median time), the run loop (progress,
// cancel), argument checks and the size guard. Node has no GPU, so the webgpu path runs against a
// recording fake device; the host path runs for real on the cpu backend. Never a speed threshold.
import { TensorscopeError } from '@tensorscope/common';
import { afterAll, describe, expect, it } from 'vitest';
import { measureBandwidth as measureOnShared } from '../api.js';
import type { AdapterInfo } from '../core/backends.js';
import type { OpContext, Tf } from '../core/context.js';
import { createRuntime } from '../runtime.js';
import { median } from '../core/median.js';
import { bandwidthGBps, measureBandwidth } from './bandwidth.js';

const MIB = 1024 * 1024;
const runtime = await createRuntime({ backends: ['cpu'] });
afterAll(() => runtime.dispose());

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TensorscopeError);
    return (error as TensorscopeError).code;
  }
  throw new Error('expected a typed error');
}

describe('the arithmetic', () => {
  it('GB/s is bytes ÷ seconds ÷ 10⁹', () => {
    expect(bandwidthGBps(1e9, 1000)).toBe(1);
    expect(bandwidthGBps(2 * 256 * MIB * 8, 100)).toBeCloseTo((2 * 256 * MIB * 8) / 0.1 / 1e9, 9);
    expect(bandwidthGBps(50e9, 2)).toBe(25_000);
  });
  it('median of odd and even counts, unsorted input left alone', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});

describe('host path (cpu backend)', () => {
  it('reports bytes per run, the median of the samples and GB/s from them', async () => {
    const progress: [number, number][] = [];
    const result = await runtime.measureBandwidth({
      sizeMiB: 2,
      copies: 3,
      runs: 4,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.backend).toBe('cpu');
    expect(result.kind).toBe('host-copy');
    expect(result.software).toBe(false);
    expect(result.bufferBytes).toBe(2 * MIB);
    expect(result.copies).toBe(3);
    expect(result.bytesPerRun).toBe(2 * 2 * MIB * 3);
    expect(result.runs).toBe(4);
    expect(result.samplesMs).toHaveLength(4);
    expect(result.medianMs).toBe(median(result.samplesMs));
    expect(result.minMs).toBe(Math.min(...result.samplesMs));
    expect(result.maxMs).toBe(Math.max(...result.samplesMs));
    expect(result.minMs).toBeLessThanOrEqual(result.medianMs);
    expect(result.medianMs).toBeLessThanOrEqual(result.maxMs);
    expect(result.gbPerSecond).toBeCloseTo(result.bytesPerRun / (result.medianMs / 1000) / 1e9, 9);
    expect(Number.isFinite(result.gbPerSecond) && result.gbPerSecond > 0).toBe(true);
    expect(result.note).toMatch(/host memory/i);
    expect(result.note).toMatch(/not the peak/);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('grows the copies per run when they are not given, within 1…1024', async () => {
    const result = await runtime.measureBandwidth({ sizeMiB: 1, runs: 1 });
    expect(Number.isInteger(result.copies)).toBe(true);
    expect(result.copies).toBeGreaterThanOrEqual(1);
    expect(result.copies).toBeLessThanOrEqual(1024);
    expect(result.bytesPerRun).toBe(2 * MIB * result.copies);
  });

  it('top-level with { backend } and with { runtime }', async () => {
    const own = await measureOnShared({ backend: 'cpu', sizeMiB: 1, copies: 1, runs: 1 });
    expect(own.backend).toBe('cpu');
    const given = await measureOnShared({ runtime, sizeMiB: 1, copies: 1, runs: 1 });
    expect(given.kind).toBe('host-copy');
  });
});

describe('cancel', () => {
  it('an aborted signal rejects with ABORTED before anything is allocated', async () => {
    expect(await code(runtime.measureBandwidth({ sizeMiB: 1, signal: AbortSignal.abort() }))).toBe('ABORTED');
  });
  it('aborting during the runs stops at the next run', async () => {
    const controller = new AbortController();
    let calls = 0;
    const pending = runtime.measureBandwidth({
      sizeMiB: 1,
      copies: 1,
      runs: 10,
      signal: controller.signal,
      onProgress: () => {
        calls += 1;
        controller.abort();
      },
    });
    expect(await code(pending)).toBe('ABORTED');
    expect(calls).toBe(1);
  });
});

describe('bad arguments are typed errors', () => {
  it.each([
    [{ sizeMiB: 0 }],
    [{ sizeMiB: 1.5 }],
    [{ sizeMiB: '4' }],
    [{ sizeMiB: Number.NaN }],
    [{ runs: 0 }],
    [{ runs: 101 }],
    [{ copies: 0 }],
    [{ copies: 2000 }],
    [{ signal: {} }],
    [{ signal: 'stop' }],
    [{ onProgress: 'x' }],
  ])('%o is INVALID_ARGUMENT', async (options) => {
    expect(await code(runtime.measureBandwidth(options as never))).toBe('INVALID_ARGUMENT');
  });
  it('null options, and a backend that is not one', async () => {
    expect(await code(runtime.measureBandwidth(null as never))).toBe('INVALID_ARGUMENT');
    expect(await code(measureOnShared({ backend: 'gpu' as never }))).toBe('INVALID_ARGUMENT');
    expect(await code(measureOnShared({ runtime: {} as never }))).toBe('INVALID_ARGUMENT');
  });
  it('a size beyond the host cap is TOO_LARGE, before allocating', async () => {
    expect(await code(runtime.measureBandwidth({ sizeMiB: 513 }))).toBe('TOO_LARGE');
    expect(await code(runtime.measureBandwidth({ sizeMiB: 2 ** 40 }))).toBe('TOO_LARGE');
  });
});

/** A WebGPU device that records what it is asked to do; each submit "takes" a few milliseconds. */
function fakeDevice(options: { maxBufferSize?: number; failWith?: 'out-of-memory' | 'validation' } = {}) {
  const created: { size: number; usage: number; destroyed: boolean }[] = [];
  const copies: [number, number, number][] = [];
  let submits = 0;
  const scopes: string[] = [];
  const device = {
    limits: { maxBufferSize: options.maxBufferSize ?? 1024 * MIB },
    createBuffer(descriptor: { size: number; usage: number }) {
      const buffer = { ...descriptor, destroyed: false, destroy: () => void (buffer.destroyed = true) };
      created.push(buffer);
      return buffer;
    },
    createCommandEncoder() {
      const recorded: [number, number, number][] = [];
      return {
        copyBufferToBuffer(source: unknown, _so: number, target: unknown, _to: number, size: number) {
          recorded.push([created.indexOf(source as never), created.indexOf(target as never), size]);
        },
        finish: () => recorded,
      };
    },
    queue: {
      submit(commands: unknown[]) {
        submits += 1;
        for (const list of commands as [number, number, number][][]) copies.push(...list);
      },
      onSubmittedWorkDone: () => new Promise((resolve) => setTimeout(resolve, 2)),
    },
    pushErrorScope: (filter: string) => scopes.push(filter),
    popErrorScope: async () => {
      const filter = scopes.pop();
      return filter === options.failWith ? { message: `fake ${filter}` } : null;
    },
  };
  return { device, created, copies, submits: () => submits };
}

function webgpuContext(device: unknown, adapter: AdapterInfo | null): OpContext {
  const tf = { backend: () => ({ device }) } as unknown as Tf;
  return { tf, backend: 'webgpu', maxChunkBytes: 0, maxTensorBytes: 0, generation: 0, adapter };
}

const hardware: AdapterInfo = { vendor: 'nvidia', architecture: 'hopper', description: '', isFallbackAdapter: false };
const swiftshader: AdapterInfo = {
  vendor: 'google',
  architecture: 'swiftshader',
  description: '',
  isFallbackAdapter: false,
};

describe('webgpu path (fake device)', () => {
  it('copies between two COPY_SRC|COPY_DST buffers, alternating, and counts read + write', async () => {
    const fake = fakeDevice();
    const result = await measureBandwidth(webgpuContext(fake.device, hardware), { sizeMiB: 8, copies: 3, runs: 2 });
    expect(result.kind).toBe('gpu-copy');
    expect(result.software).toBe(false);
    expect(result.note).toMatch(/not the datasheet peak/);
    expect(fake.created.map(({ size, usage }) => [size, usage])).toEqual([
      [8 * MIB, 0x0c],
      [8 * MIB, 0x0c],
    ]);
    // warm-up (1 copy) + 2 runs × 3 copies
    expect(fake.submits()).toBe(3);
    expect(fake.copies).toEqual([
      [0, 1, 8 * MIB],
      [0, 1, 8 * MIB],
      [1, 0, 8 * MIB],
      [0, 1, 8 * MIB],
      [0, 1, 8 * MIB],
      [1, 0, 8 * MIB],
      [0, 1, 8 * MIB],
    ]);
    expect(result.bytesPerRun).toBe(2 * 8 * MIB * 3);
    expect(result.gbPerSecond).toBeCloseTo(bandwidthGBps(result.bytesPerRun, result.medianMs), 9);
    expect(fake.created.every((buffer) => buffer.destroyed)).toBe(true);
  });

  it("defaults to 256 MiB, capped by the device's maxBufferSize, and refuses more", async () => {
    const big = fakeDevice();
    expect((await measureBandwidth(webgpuContext(big.device, hardware), { copies: 1, runs: 1 })).bufferBytes).toBe(
      256 * MIB,
    );
    const small = fakeDevice({ maxBufferSize: 128 * MIB });
    const ctx = webgpuContext(small.device, hardware);
    expect((await measureBandwidth(ctx, { copies: 1, runs: 1 })).bufferBytes).toBe(128 * MIB);
    const before = small.created.length;
    expect(await code(measureBandwidth(ctx, { sizeMiB: 129 }))).toBe('TOO_LARGE');
    expect(small.created.length).toBe(before);
  });

  it('a software adapter is marked, and its note says it is not a GPU number', async () => {
    const result = await measureBandwidth(webgpuContext(fakeDevice().device, swiftshader), {
      sizeMiB: 1,
      copies: 1,
      runs: 1,
    });
    expect(result.software).toBe(true);
    expect(result.note).toMatch(/not a GPU number/);
    const fallback = await measureBandwidth(
      webgpuContext(fakeDevice().device, { ...hardware, isFallbackAdapter: true }),
      { sizeMiB: 1, copies: 1, runs: 1 },
    );
    expect(fallback.software).toBe(true);
  });

  it('an allocation the GPU refuses is TOO_LARGE, and the buffers are destroyed', async () => {
    for (const failWith of ['out-of-memory', 'validation'] as const) {
      const fake = fakeDevice({ failWith });
      expect(await code(measureBandwidth(webgpuContext(fake.device, hardware), { sizeMiB: 4 }))).toBe('TOO_LARGE');
      expect(fake.created.every((buffer) => buffer.destroyed)).toBe(true);
    }
  });

  it('webgl measures the host path and says so', async () => {
    const ctx: OpContext = { ...webgpuContext(undefined, hardware), backend: 'webgl' };
    const result = await measureBandwidth(ctx, { sizeMiB: 1, copies: 1, runs: 1 });
    expect(result.kind).toBe('host-copy');
    expect(result.software).toBe(false);
    expect(result.note).toMatch(/WebGL has no direct buffer copy/);
  });

  it('a backend without a device is BACKEND_UNAVAILABLE', async () => {
    expect(await code(measureBandwidth(webgpuContext(undefined, null), { sizeMiB: 1 }))).toBe('BACKEND_UNAVAILABLE');
  });
});
