import { checkArray, checkInteger, checkNumber, checkObject } from '@tensorscope/common';

/** One ranked result: a document (chunk) index and its score under the retriever that found it. */
export interface Hit {
  index: number;
  score: number;
}

/**
 * The `k` candidates with the highest score, best first; ties go to the lower index so every
 * ranking is deterministic. Uses a partial sort: O(n log k).
 */
export function topK(candidates: readonly number[], score: (index: number) => number, k: number): Hit[] {
  const better = (a: Hit, b: Hit) => a.score > b.score || (a.score === b.score && a.index < b.index);
  const kept: Hit[] = [];
  for (const index of candidates) {
    const hit = { index, score: score(index) };
    if (kept.length === k && !better(hit, kept[kept.length - 1]!)) continue;
    let at = kept.length;
    while (at > 0 && better(hit, kept[at - 1]!)) at--;
    kept.splice(at, 0, hit);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): every list votes
 * `1 / (k + rank)` for each of its documents (rank 1-based); documents are ordered by the sum.
 * `k = 60` is the paper's constant. Only ranks matter, so BM25 scores and cosines need no common scale.
 */
export function reciprocalRankFusion(lists: readonly (readonly Hit[])[], k = 60, limit = Infinity): Hit[] {
  const constant = checkNumber(k, 'k', { min: 0 });
  const most = limit === Infinity ? Infinity : checkInteger(limit, 'limit', { min: 1 });
  const fused = new Map<number, number>();
  checkArray(lists, 'lists').forEach((list, l) => {
    // A document listed twice in one list votes once, at its best rank.
    const seen = new Set<number>();
    checkArray(list, `lists[${l}]`).forEach((raw, rank) => {
      const hit = checkObject(raw, `lists[${l}][${rank}]`);
      const index = checkInteger(hit.index, `lists[${l}][${rank}].index`, { min: 0 });
      if (seen.has(index)) return;
      seen.add(index);
      fused.set(index, (fused.get(index) ?? 0) + 1 / (constant + rank + 1));
    });
  });
  const limitCount = Math.min(most, fused.size || 1);
  return topK([...fused.keys()], (index) => fused.get(index)!, limitCount);
}
