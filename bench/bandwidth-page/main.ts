/// <reference types="vite/client" />
// Runs in headless Chromium (bench/bandwidth.bench.mjs drives it): measureBandwidth on each
// backend the browser offers, next to a plain Float32Array.set copy loop of the same bytes.
import { createRuntime, type BackendName } from '@tensorscope/tensor-core';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { plainSetCopy } from './peer.mjs';
import { bandwidthRow, type Row } from './row.mjs';

const status = (text: string) => {
  (document.getElementById('status') as HTMLElement).textContent = text;
};

async function runBench(options: { backends: BackendName[]; sizeMiB: number; runs: number }): Promise<Row[]> {
  const rows: Row[] = [];
  for (const backend of options.backends) {
    status(`${backend}: measuring…`);
    try {
      const runtime = await createRuntime({ backends: [backend], wasmPaths });
      try {
        const result = await runtime.measureBandwidth({ sizeMiB: options.sizeMiB, runs: options.runs });
        const peer = plainSetCopy(result.bufferBytes, result.copies, options.runs);
        rows.push(bandwidthRow(result, peer, 'Chromium'));
      } finally {
        runtime.dispose();
      }
    } catch (error) {
      rows.push({
        name: 'memory bandwidth',
        backend,
        ours_ms: NaN,
        peer: '-',
        peer_ms: NaN,
        ratio: NaN,
        note: String(error),
      });
    }
  }
  status('done');
  return rows;
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
status('ready');
