import { analyze } from './analyze.js';

/**
 * The features the latent semantic space is built from: the analyzer's terms (English words,
 * Korean character bigrams) plus character trigrams of English words of four letters or more
 * (`#tok`, `oke`, `ken#`), so `tokenizer` and `tokens` share features even though they are
 * different words.
 */
export function features(text: string): string[] {
  const out = analyze(text);
  const terms = out.length;
  for (let t = 0; t < terms; t++) {
    const word = out[t]!;
    if (word.length < 4 || !/^[a-z0-9]+$/.test(word)) continue;
    const marked = `#${word}#`;
    for (let i = 0; i + 3 <= marked.length; i++) out.push(`~${marked.slice(i, i + 3)}`);
  }
  return out;
}

/** A sparse row: feature indices (ascending) and their weights. */
export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}

/** TF-IDF fitted on a corpus: the vocabulary, its idf, and the transform for new text. */
export interface TfIdf {
  vocabulary: ReadonlyMap<string, number>;
  idf: Float64Array;
  /** Unit-length TF-IDF row of `text`; features not in the vocabulary are ignored. */
  transform(text: string): SparseRow;
}

/**
 * TF-IDF with sublinear term frequency `1 + ln tf` and smooth idf `ln((1 + N) / (1 + df)) + 1`
 * (scikit-learn's defaults), rows scaled to unit length. Features that occur in a single document
 * are kept only up to `maxFeatures` (the most frequent across documents win).
 */
export function fitTfIdf(documents: readonly string[], maxFeatures: number): { model: TfIdf; rows: SparseRow[] } {
  const documentFrequency = new Map<string, number>();
  const counted = documents.map((doc) => {
    const counts = new Map<string, number>();
    for (const feature of features(doc)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    for (const feature of counts.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    return counts;
  });
  const kept = [...documentFrequency.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxFeatures)
    .map(([feature]) => feature)
    .sort();
  const vocabulary = new Map(kept.map((feature, index) => [feature, index]));
  const n = documents.length;
  const idf = new Float64Array(kept.length);
  kept.forEach((feature, index) => (idf[index] = Math.log((1 + n) / (1 + documentFrequency.get(feature)!)) + 1));
  const toRow = (counts: Map<string, number>): SparseRow => {
    const entries: [number, number][] = [];
    for (const [feature, tf] of counts) {
      const index = vocabulary.get(feature);
      if (index !== undefined) entries.push([index, (1 + Math.log(tf)) * idf[index]!]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const values = Float64Array.from(entries, (e) => e[1]);
    let sum = 0;
    for (const value of values) sum += value * value;
    const norm = Math.sqrt(sum);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i] = values[i]! / norm;
    return { indices: Int32Array.from(entries, (e) => e[0]), values };
  };
  const model: TfIdf = {
    vocabulary,
    idf,
    transform(text) {
      const counts = new Map<string, number>();
      for (const feature of features(text)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
      return toRow(counts);
    },
  };
  return { model, rows: counted.map(toRow) };
}
