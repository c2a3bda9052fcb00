// Count-based baselines for the Brown language model: unigram (add-one) and bigram (Jelinek–Mercer,
// λ tuned on held-out train ids) perplexities. The maths lives in src/core/ngram.ts (tested there);
// this re-exports the BUILT copy: run `npm run build -w @tensorscope/transformer` first.
export { ngramBaselines } from '../dist/core/ngram.js';
