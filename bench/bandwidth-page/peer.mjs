// The peer every bandwidth row is compared with: the copy loop a JavaScript user would write,
// `Float32Array.prototype.set` back and forth between two buffers, timed with performance.now().
// Shared by the Node half (bandwidth.bench.mjs) and the Chromium page (main.ts).

/**
 * Median milliseconds (and the GB/s it means) of `runs` runs of `copies` copies between two
 * `bytes`-byte Float32Arrays. Each copy reads and writes `bytes`.
 * @param {number} bytes @param {number} copies @param {number} runs
 * @returns {{ medianMs: number, gbPerSecond: number }}
 */
export function plainSetCopy(bytes, copies, runs) {
  const a = new Float32Array(bytes / 4);
  const b = new Float32Array(bytes / 4);
  for (let i = 0; i < a.length; i += 1024) a[i] = i; // touch every page with real values
  b.set(a); // warm-up
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < copies; i++) {
      if (i % 2 === 0) b.set(a);
      else a.set(b);
    }
    samples.push(performance.now() - start);
  }
  samples.sort((x, y) => x - y);
  const mid = samples.length >> 1;
  const medianMs = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { medianMs, gbPerSecond: (2 * bytes * copies) / (medianMs / 1000) / 1e9 };
}
