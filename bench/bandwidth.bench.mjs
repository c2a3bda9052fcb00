// tensor-core's measureBandwidth vs the copy loop a JavaScript user would write (a plain
// Float32Array.set back and forth over the same bytes). Both sides time the same operation, so the
// ratio should sit near 1: the row checks that the reported GB/s is honest, and prints this
// machine's number. Node: the cpu and wasm backends (host path, against the BUILT package, run
// `npm run build:packages` first). Headless Chromium: webgpu (a GPU buffer copy; without a GPU
// this is SwiftShader and marked software), webgl (host path) and wasm. Under a minute.
// BANDWIDTH_MIB (default 64), BANDWIDTH_BROWSER=0 skips Chromium, BENCH_BACKENDS picks its backends.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuntime } from '@tensorscope/tensor-core';
import { createServer } from 'vite';
import { plainSetCopy } from './bandwidth-page/peer.mjs';
import { bandwidthRow } from './bandwidth-page/row.mjs';
import { runPageBench } from './page-runner.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const SIZE_MIB = Number(process.env.BANDWIDTH_MIB ?? 64);
const RUNS = 7;

export default async function run() {
  const rows = [];
  for (const backend of ['cpu', 'wasm']) {
    const runtime = await createRuntime({ backends: [backend] });
    try {
      const result = await runtime.measureBandwidth({ sizeMiB: SIZE_MIB, runs: RUNS });
      const peer = plainSetCopy(result.bufferBytes, result.copies, RUNS);
      rows.push(bandwidthRow(result, peer, 'Node'));
    } finally {
      runtime.dispose();
    }
  }
  if (process.env.BANDWIDTH_BROWSER === '0') return rows;
  const server = await createServer({
    root: path.join(dir, 'bandwidth-page'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  try {
    rows.push(
      ...(await runPageBench({
        url: server.resolvedUrls.local[0],
        argument: {
          backends: (process.env.BENCH_BACKENDS ?? 'webgpu,webgl,wasm').split(','),
          sizeMiB: SIZE_MIB,
          runs: RUNS,
        },
        extraArgs: ['--enable-unsafe-webgpu'],
      })),
    );
  } finally {
    await server.close();
  }
  return rows;
}
