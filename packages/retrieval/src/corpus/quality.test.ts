// @vitest-environment node
// Retrieval quality on the built-in labelled questions: what the explorer shows, recomputed here
// from the rankings (no number is typed in by hand). `npm run evaluate -w @tensorscope/retrieval`
// prints the same table.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateRetrieval, type Evaluation } from '../core/metrics.js';
import { createRetrievalIndex, type RetrievalIndex } from '../core/retrievalIndex.js';
import { PASSAGES, QUERIES } from './index.js';

let index: RetrievalIndex;
let evaluation: Evaluation;

beforeAll(async () => {
  index = await createRetrievalIndex(PASSAGES);
  evaluation = await evaluateRetrieval(index, QUERIES);
}, 60_000);

const row = (retriever: string, language: string) =>
  evaluation.rows.find((r) => r.retriever === retriever && r.language === language)!;

describe('quality on the built-in labelled questions', () => {
  it('scores keyword, vector and hybrid retrieval for both languages', () => {
    for (const language of ['ko', 'en']) {
      for (const retriever of ['keyword', 'lsa', 'hybrid-lsa']) {
        const r = row(retriever, language);
        expect(r.queries).toBe(QUERIES.filter((q) => q.lang === language).length);
      }
    }
  });

  it('recall@5 and MRR are the means of each question’s own ranking', () => {
    for (const r of evaluation.rows) {
      let recall = 0;
      let mrr = 0;
      for (const outcome of r.outcomes) {
        const top = outcome.ranked.slice(0, evaluation.k);
        recall += outcome.query.relevant.filter((id) => top.includes(id)).length / outcome.query.relevant.length;
        const first = outcome.ranked.findIndex((id) => outcome.query.relevant.includes(id));
        mrr += first < 0 ? 0 : 1 / (first + 1);
        // Rankings hold each passage once, from this corpus.
        expect(new Set(outcome.ranked).size).toBe(outcome.ranked.length);
      }
      expect(r.recall).toBeCloseTo(recall / r.outcomes.length, 12);
      expect(r.mrr).toBeCloseTo(mrr / r.outcomes.length, 12);
    }
  });

  it('keyword search finds questions that share words with their answer, in Korean too (particles do not block)', () => {
    for (const language of ['ko', 'en'] as const) {
      const keywordKind = row('keyword', language).outcomes.filter((o) => o.query.kind === 'keyword');
      const recall = keywordKind.reduce((sum, o) => sum + o.recall, 0) / keywordKind.length;
      expect(recall, language).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('keyword search cannot find a paraphrase: it shares no term with its answer', () => {
    for (const language of ['ko', 'en'] as const) {
      for (const outcome of row('keyword', language).outcomes.filter((o) => o.query.kind === 'paraphrase')) {
        expect(outcome.recall, outcome.query.id).toBe(0);
      }
    }
  });
});
