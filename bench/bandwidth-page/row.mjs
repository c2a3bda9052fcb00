// One bench row (bench/run.mjs's contract) from a measureBandwidth result and its plain-copy peer.

/**
 * @typedef {{ name: string, backend: string, ours_ms: number, peer: string, peer_ms: number,
 *   ratio: number, note?: string, gb_per_s?: number, peer_gb_per_s?: number }} Row
 */

const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * @param {import('@tensorscope/tensor-core').BandwidthResult} result
 * @param {{ medianMs: number, gbPerSecond: number }} peer
 * @param {string} where 'Node' or 'Chromium'
 * @returns {Row}
 */
export function bandwidthRow(result, peer, where) {
  const mib = result.bufferBytes / 2 ** 20;
  return {
    name: `memory bandwidth, ${result.kind} ${mib} MiB × ${result.copies} copies (${where})`,
    backend: result.backend,
    ours_ms: round(result.medianMs),
    peer: `plain Float32Array.set loop (${where})`,
    peer_ms: round(peer.medianMs),
    ratio: round(peer.medianMs / result.medianMs),
    gb_per_s: round(result.gbPerSecond),
    peer_gb_per_s: round(peer.gbPerSecond),
    note: [
      `${round(result.gbPerSecond)} GB/s measured (min–max ${round(result.minMs)}–${round(result.maxMs)} ms over ${result.runs} runs) vs ${round(peer.gbPerSecond)} GB/s plain copy`,
      result.note,
    ]
      .filter(Boolean)
      .join('; '),
  };
}
