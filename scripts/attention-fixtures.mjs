// Writes the small, committed fixtures of the attention-heatmap stories:
//
//   packages/attention-heatmap/stories/fixtures/glove-sentences.json
//     The real GloVe vectors (100-d) of the words of two short sentences: an English one and a
//     Korean one whose tokens are glossed to English GloVe words (GloVe has no Korean). The stories
//     compute attention from these vectors live with tensor-core.
//   packages/attention-heatmap/stories/fixtures/hf-attentions.json
//     A tiny attention tuple in Hugging Face's `output_attentions=True` layout,
//     `[layers][batch][heads][q][k]` as `json.dumps([a.tolist() for a in out.attentions])` writes
//     it. Its values are synthetic (seeded, see below) and labelled so.
//
// Usage: `npm run build:packages && node scripts/attention-fixtures.mjs` (fetches the GloVe cache first when it is missing,
// see scripts/glove.mjs). The output is deterministic: running it again rewrites the same bytes.
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// common's seeded generator (mulberry32), so the synthetic fixture is the same on every run.
import { createSeededRandom } from '@tensorscope/common';
import { GLOVE_PACKAGE, ensureGlove } from './glove.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, 'packages/attention-heatmap/stories/fixtures');

/** Digits kept per vector component: 4 decimals are far below GloVe's own precision. */
const DECIMALS = 4;

export const SENTENCES = [
  {
    id: 'en',
    lang: 'en',
    text: 'the students played soccer at school after class',
    tokens: ['the', 'students', 'played', 'soccer', 'at', 'school', 'after', 'class'],
    gloss: ['the', 'students', 'played', 'soccer', 'at', 'school', 'after', 'class'],
  },
  {
    id: 'ko',
    lang: 'ko',
    text: '학생들이 방과 후 학교에서 축구를 했다',
    translation: 'The students played soccer at school after class.',
    tokens: ['학생들이', '방과 후', '학교에서', '축구를', '했다'],
    // GloVe is English-only: each Korean token uses the vector of its English gloss.
    gloss: ['students', 'after', 'school', 'soccer', 'played'],
  },
];

async function gloveFixture() {
  const glove = await ensureGlove();
  const words = JSON.parse(await readFile(glove.wordsPath, 'utf8'));
  const index = new Map(words.map((word, i) => [word, i]));
  const wanted = [...new Set(SENTENCES.flatMap((s) => s.gloss))];
  const file = await open(glove.vectorsPath, 'r');
  const vectors = {};
  try {
    for (const word of wanted) {
      const row = index.get(word);
      if (row === undefined) throw new Error(`"${word}" is not in the GloVe vocabulary.`);
      const bytes = Buffer.alloc(glove.dimensions * 4);
      await file.read(bytes, 0, bytes.length, row * glove.dimensions * 4);
      const values = new Float32Array(bytes.buffer, bytes.byteOffset, glove.dimensions);
      // One space-separated string per word keeps the file small and readable (a few KB).
      vectors[word] = Array.from(values, (v) => Number(v.toFixed(DECIMALS))).join(' ');
    }
  } finally {
    await file.close();
  }
  return {
    description:
      'GloVe word vectors of the words of two short sentences, for dot-product attention in the attention-heatmap stories. The Korean tokens use the vectors of their English glosses (GloVe has no Korean words).',
    source: `npm ${GLOVE_PACKAGE} (GloVe 100-d English word vectors for wink-nlp), extracted by scripts/attention-fixtures.mjs`,
    licence:
      'GloVe vectors: Jeffrey Pennington, Richard Socher, Christopher D. Manning (Stanford), released under the Open Data Commons Public Domain Dedication and License (PDDL) 1.0. The npm package is MIT-licensed.',
    citation: 'Pennington, Socher, Manning. GloVe: Global Vectors for Word Representation. EMNLP 2014.',
    dimensions: glove.dimensions,
    decimals: DECIMALS,
    format: "vectors[word] is the word's 100 components, space-separated",
    sentences: SENTENCES,
    vectors,
  };
}

/** Softmax of a row, rounded to 4 decimals with the rounding error moved into the largest entry (rows sum to 1). */
function softmaxRounded(scores) {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const row = exps.map((e) => Number((e / total).toFixed(4)));
  const error = 1 - row.reduce((a, b) => a + b, 0);
  const top = row.indexOf(Math.max(...row));
  row[top] = Number((row[top] + error).toFixed(4));
  return row;
}

function huggingFaceFixture() {
  const tokens = ['[CLS]', 'the', 'cat', 'sat', 'on', 'the', 'mat', '[SEP]'];
  const n = tokens.length;
  const random = createSeededRandom(2025);
  const layers = [];
  for (let layer = 0; layer < 2; layer++) {
    const heads = [];
    for (let head = 0; head < 3; head++) {
      const rows = [];
      for (let q = 0; q < n; q++) {
        const scores = Array.from({ length: n }, (_, k) => {
          const noise = (random() - 0.5) * 2;
          // Head 0: the next token. Head 1: [CLS]/[SEP] ("sinks"). Head 2: the same word ("the" ↔ "the").
          if (head === 0) return (k === Math.min(n - 1, q + 1) ? 3 : 0) + noise;
          if (head === 1) return (k === 0 || k === n - 1 ? 2.5 + layer : 0) + noise;
          return (tokens[k] === tokens[q] ? 3 : 0) + noise;
        });
        rows.push(softmaxRounded(scores));
      }
      heads.push(rows);
    }
    layers.push([heads]); // batch of one
  }
  return {
    description:
      'Synthetic attention (seeded, not from a model) in Hugging Face output_attentions layout: attentions is [layers][batch][heads][q][k], as json.dumps([a.tolist() for a in out.attentions]) writes it.',
    source:
      'scripts/attention-fixtures.mjs (seeded; head 1 looks at the next token, head 2 at [CLS]/[SEP], head 3 at the same word)',
    model: 'synthetic, bert-base-uncased tokens',
    tokens,
    attentions: layers,
  };
}

/** Formats like the repository's Prettier config, so `prettier --check` passes on the output. */
async function formatJson(value, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}

const glove = await gloveFixture();
await mkdir(outDir, { recursive: true });
const glovePath = path.join(outDir, 'glove-sentences.json');
const gloveText = await formatJson(glove, glovePath);
await writeFile(glovePath, gloveText);
const hfPath = path.join(outDir, 'hf-attentions.json');
const hfText = await formatJson(huggingFaceFixture(), hfPath);
await writeFile(hfPath, hfText);
console.log(
  `Wrote ${path.relative(root, outDir)}/glove-sentences.json (${Object.keys(glove.vectors).length} words × ${glove.dimensions}, ${(gloveText.length / 1024).toFixed(1)} KB) and hf-attentions.json (${(hfText.length / 1024).toFixed(1)} KB).`,
);
