import { defineOpSuite } from './opSuite.js';

// Node: the cpu and wasm backends (tfjs has no WebGPU or WebGL in Node).
defineOpSuite('cpu');
defineOpSuite('wasm');

import { describe, expect, it } from 'vitest';
import { getRuntime, matmul, measureBandwidth, measureThroughput, nearestNeighbors, pca } from '../src/index.js';

describe('top-level functions on the shared runtime', () => {
  it('create the runtime once and run each op', async () => {
    const runtime = await getRuntime();
    expect(await getRuntime()).toBe(runtime);
    expect(Array.from((await matmul([[1, 2]], [[3], [4]])).data)).toEqual([11]);
    expect(
      (
        await pca(
          [
            [1, 0],
            [0, 1],
            [1, 1],
          ],
          { components: 1 },
        )
      ).projected.shape,
    ).toEqual([3, 1]);
    expect(
      Array.from(
        (
          await nearestNeighbors(
            [
              [1, 0],
              [0, 1],
            ],
            [0.1, 1],
            { k: 1 },
          )
        ).indices,
      ),
    ).toEqual([1]);
    const measured = await measureThroughput({ backend: 'cpu', size: 32, runs: 1 });
    expect(measured.backend).toBe('cpu');
    const bandwidth = await measureBandwidth({ sizeMiB: 1, copies: 1, runs: 1 });
    expect(bandwidth.backend).toBe(runtime.backend);
    expect(bandwidth.kind).toBe('host-copy');
  });
});
