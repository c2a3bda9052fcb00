// @tensorscope/embedding-space's cross-filter (the linked metadata charts of the explorer) vs
// crossfilter2 1.5.4, the library a JavaScript user would pick for coordinated filtered views, in
// one Node run against the BUILT package (`npm run build -w @tensorscope/embedding-space`).
//
// Data: the 341,479 words of the real GloVe vectors (scripts/glove.mjs; only the words are read)
// with three metadata columns, as the explorer would chart them: "frequency rank" (1…341,479; the
// package's order), "word length" (characters) and "kind" (a category: letters, digits, hyphenated,
// other).
//
// One filter update = what the explorer needs after a brush or a bar click: the new filter
// applied, the count of matching points, every chart's counts with the OTHER filters applied
// (cross-filter semantics; crossfilter2's groups of a dimension ignore that dimension's filter,
// the same thing), and the per-point mask the map draws (ours returns it; for crossfilter2 it is
// read with `isElementFiltered(i)` for every point, since the map needs one flag per point). The
// run is a fixed script of 36 updates: a rank brush dragged across the histogram, word-length
// ranges, and kind bars toggled, with filters on all three columns at once most of the time.
// Rows: median time per update, and the time to build the index once (crossfilter2 gets plain
// records { rank, length, kind }, built beforehand and not timed).
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createCrossFilter, createEmbeddingData } from '@tensorscope/embedding-space/core';
import crossfilter from 'crossfilter2';
import { ensureGlove } from '../scripts/glove.mjs';

const PEER = 'crossfilter2 1.5.4 (Apache-2.0)';
const TARGET_MS = 50;
const round = (x) => (x >= 100 ? Math.round(x) : x >= 1 ? Math.round(x * 100) / 100 : Math.round(x * 10_000) / 10_000);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const KINDS = ['letters', 'digits', 'hyphenated', 'other'];
const kindOf = (word) =>
  /^[a-z]+$/.test(word) ? 0 : /^[0-9.,]+$/.test(word) ? 1 : /^[a-z]+(-[a-z]+)+$/.test(word) ? 2 : 3;

/** The fixed script of updates: [column, filter | null]. Rank is brushed in bins of 20,000 (the histogram's). */
function script(count) {
  const steps = [];
  const bin = 20_000;
  for (let i = 0; i < 12; i++) {
    steps.push(['rank', { range: [i * bin, Math.min(count, (i + 3) * bin)] }]);
    if (i % 3 === 0) steps.push(['length', { range: [2 + (i % 4), 8 + (i % 5)] }]);
    if (i % 2 === 1) steps.push(['kind', { values: i % 4 === 1 ? ['letters'] : ['letters', 'hyphenated'] }]);
  }
  steps.push(['kind', { values: ['digits'] }], ['length', null], ['rank', null], ['kind', null]);
  while (steps.length < 36) steps.push(['length', { range: [3, 6 + (steps.length % 4)] }]);
  return steps;
}

export default async function run() {
  const glove = await ensureGlove();
  const words = JSON.parse(await readFile(glove.wordsPath, 'utf8'));
  const count = words.length;
  const rank = new Float32Array(count);
  const length = new Float32Array(count);
  const codes = new Uint32Array(count);
  let longest = 0;
  for (let i = 0; i < count; i++) {
    rank[i] = i + 1;
    length[i] = words[i].length;
    codes[i] = kindOf(words[i]);
    if (length[i] > longest) longest = length[i];
  }
  const columns = [
    { kind: 'number', name: 'rank', values: rank, min: 1, max: count },
    { kind: 'number', name: 'length', values: length, min: 1, max: longest },
    { kind: 'category', name: 'kind', categories: KINDS, codes },
  ];
  // The cross-filter reads only the metadata; two dimensions of zeros stand in for the vectors.
  const data = createEmbeddingData({ vectors: new Float32Array(count * 2), dimensions: 2, columns });
  const steps = script(count);

  // ---- ours ----
  const oursBuild = [];
  let ours;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    ours = createCrossFilter(data);
    oursBuild.push(performance.now() - started);
  }
  const edges = ours.snapshot().charts.map((chart) => (chart.kind === 'number' ? chart.edges : null));
  const oursTimes = [];
  const oursMatched = [];
  for (const pass of [0, 1]) {
    for (const [column, filter] of steps) {
      const started = performance.now();
      const snapshot = ours.setFilter(column, filter);
      const ms = performance.now() - started;
      if (pass === 1) {
        oursTimes.push(ms);
        oursMatched.push(snapshot.matched);
      }
    }
  }

  // ---- crossfilter2 ----
  const records = Array.from({ length: count }, (_, i) => ({ rank: rank[i], length: length[i], kind: codes[i] }));
  const binner = (e) => (value) => {
    let b = 0;
    while (b < e.length - 2 && value >= e[b + 1]) b++;
    return b;
  };
  const peerBuild = [];
  let cf;
  let dims;
  let groups;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    cf = crossfilter(records);
    dims = {
      rank: cf.dimension((d) => d.rank),
      length: cf.dimension((d) => d.length),
      kind: cf.dimension((d) => d.kind),
    };
    // Grouped into the same bins as ours (crossfilter2 groups keys by a function of the value).
    const rankBin = binner(edges[0]);
    const lengthBin = binner(edges[1]);
    groups = [dims.rank.group(rankBin), dims.length.group(lengthBin), dims.kind.group()];
    for (const group of groups) group.all();
    peerBuild.push(performance.now() - started);
  }
  const all = cf.groupAll();
  const peerTimes = [];
  const peerMatched = [];
  const mask = new Uint8Array(count);
  for (const pass of [0, 1]) {
    for (const [column, filter] of steps) {
      const started = performance.now();
      const dim = dims[column];
      if (filter === null) dim.filterAll();
      else if ('range' in filter) {
        // Ours keeps the largest value in a range that reaches it; so does the peer's exclusive end + epsilon.
        const top = column === 'rank' ? count : longest;
        dim.filterRange([filter.range[0], filter.range[1] >= top ? Infinity : filter.range[1]]);
      } else {
        const allowed = new Set(filter.values.map((v) => KINDS.indexOf(v)));
        dim.filterFunction((code) => allowed.has(code));
      }
      for (const group of groups) group.all();
      const matched = all.value();
      for (let i = 0; i < count; i++) mask[i] = cf.isElementFiltered(i) ? 1 : 0;
      const ms = performance.now() - started;
      if (pass === 1) {
        peerTimes.push(ms);
        peerMatched.push(matched);
      }
    }
  }
  const same = oursMatched.every((m, i) => m === peerMatched[i]);
  if (!same) console.log(`  match counts differ: ours ${oursMatched.join(',')} vs peer ${peerMatched.join(',')}`);

  const oursMs = median(oursTimes);
  const peerMs = median(peerTimes);
  const oursBuildMs = median(oursBuild);
  const peerBuildMs = median(peerBuild);
  return [
    {
      name: `cross-filter update · ${count.toLocaleString('en')} points × 3 columns`,
      backend: 'js (Node)',
      ours_ms: round(oursMs),
      peer: PEER,
      peer_ms: round(peerMs),
      ratio: round(peerMs / oursMs),
      target_ms: TARGET_MS,
      note: `median of ${steps.length} updates (second pass; slowest ours ${round(oursTimes.reduce((a, b) => Math.max(a, b)))} ms vs ${round(peerTimes.reduce((a, b) => Math.max(a, b)))} ms); each = filter + matched count + 3 charts' counts with the other filters + the per-point mask (peer: isElementFiltered per point); match counts ${same ? 'identical' : 'DIFFER'} on every step; GloVe words: frequency rank, word length, kind`,
    },
    {
      name: `cross-filter build · ${count.toLocaleString('en')} points × 3 columns`,
      backend: 'js (Node)',
      ours_ms: round(oursBuildMs),
      peer: PEER,
      peer_ms: round(peerBuildMs),
      ratio: round(peerBuildMs / oursBuildMs),
      note: 'median of 3 builds: ours = createCrossFilter (bins every number column, counts every chart); peer = crossfilter(records) + 3 dimensions + 3 binned groups read once (the records { rank, length, kind } are made beforehand, not timed)',
    },
  ];
}
