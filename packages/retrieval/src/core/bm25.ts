import { checkArray, checkFunction, checkInteger, checkNumber, checkOptions, checkString } from '@tensorscope/common';
import { analyze } from './analyze.js';
import { topK, type Hit } from './ranking.js';

export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2 (the Lucene and Elasticsearch default). */
  k1?: number;
  /** Length normalisation, 0 (none) to 1 (full). Default 0.75 (the Lucene default). */
  b?: number;
  /** The analyzer; default {@link analyze} (English words, Korean character bigrams). */
  analyzer?: (text: string) => string[];
}

/** A keyword index over documents, scored with Okapi BM25. */
export interface Bm25Index {
  readonly size: number;
  readonly k1: number;
  readonly b: number;
  /** Distinct terms indexed. */
  readonly vocabulary: number;
  /** The best `k` documents for `query` (only those sharing a term with it), best first. */
  search(query: string, k: number): Hit[];
  /** The query's terms as the index sees them, with their document frequency and idf. */
  explain(query: string): { term: string; documents: number; idf: number }[];
}

interface Postings {
  docs: number[];
  tfs: number[];
}

/**
 * Okapi BM25 (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework: BM25 and Beyond"),
 * with Lucene's non-negative idf: `idf = ln(1 + (N − n + 0.5) / (n + 0.5))`, and per query term
 * `idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen))`. A term repeated in the query counts once.
 * Postings are plain arrays, so a query touches only the documents that hold its terms.
 */
export function createBm25Index(documents: readonly string[], options?: Bm25Options): Bm25Index {
  const docs = checkArray(documents, 'documents');
  const o = checkOptions(options);
  const k1 = checkNumber(o.k1 ?? 1.2, 'options.k1', { min: 0, max: 100 });
  const b = checkNumber(o.b ?? 0.75, 'options.b', { min: 0, max: 1 });
  const analyzer =
    o.analyzer === undefined ? analyze : checkFunction<(text: string) => string[]>(o.analyzer, 'options.analyzer');
  const postings = new Map<string, Postings>();
  const lengths = new Float64Array(docs.length);
  docs.forEach((doc, index) => {
    const terms = analyzer(checkString(doc, `documents[${index}]`));
    lengths[index] = terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], tfs: [] }));
      list.docs.push(index);
      list.tfs.push(tf);
    }
  });
  const n = docs.length;
  const averageLength = n > 0 ? lengths.reduce((a, v) => a + v, 0) / n || 1 : 1;
  const norm = new Float64Array(n);
  for (let i = 0; i < n; i++) norm[i] = k1 * (1 - b + (b * lengths[i]!) / averageLength);
  const idf = (documentsWithTerm: number) => Math.log(1 + (n - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5));
  const queryTerms = (query: string) => [...new Set(analyzer(checkString(query, 'query')))];

  return {
    size: n,
    k1,
    b,
    vocabulary: postings.size,
    search(query, k) {
      const terms = queryTerms(query);
      const limit = checkInteger(k, 'k', { min: 1 });
      const scores = new Float64Array(n);
      const touched: number[] = [];
      for (const term of terms) {
        const list = postings.get(term);
        if (!list) continue;
        const weight = idf(list.docs.length);
        for (let j = 0; j < list.docs.length; j++) {
          const doc = list.docs[j]!;
          const tf = list.tfs[j]!;
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = scores[doc]! + (weight * tf * (k1 + 1)) / (tf + norm[doc]!);
        }
      }
      return topK(touched, (doc) => scores[doc]!, limit);
    },
    explain(query) {
      return queryTerms(query).map((term) => {
        const documentsWithTerm = postings.get(term)?.docs.length ?? 0;
        return { term, documents: documentsWithTerm, idf: idf(documentsWithTerm) };
      });
    },
  };
}
