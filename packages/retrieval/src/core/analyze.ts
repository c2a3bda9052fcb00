import { checkString } from '@tensorscope/common';

/**
 * The one text analyzer of this package: what BM25 indexes and what the vector side counts.
 *
 * - Text is NFKC-normalised and lower-cased.
 * - Latin, digit and other non-Hangul letter runs are words. English stop words are dropped and a
 *   light plural rule (`-s`, `-es`, `-ies`) folds `tokens` into `token`; no other stemming, so what
 *   the index holds stays readable on screen.
 * - Hangul runs are split into overlapping character bigrams (`모델은` → `모델`, `델은`). Korean
 *   attaches particles to words (`모델은`, `모델이`, `모델을`); bigrams let `모델` match all three
 *   without a morphological analyser. A one-syllable run is kept whole.
 *
 * Why no Korean tokenizer from npm: the well-kept ones (mecab-ko, khaiii ports) need native
 * binaries or tens of MB of dictionaries, which a browser explainer cannot ship. Character
 * bigrams are the standard dictionary-free baseline for Korean retrieval (the Lucene CJK analyzer
 * does the same).
 */

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const RUN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+|[\p{L}\p{N}]+/gu;

/** English function words that carry no topic (a short list; kept small on purpose). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have how if in into is it its ' +
    'of on or our so than that the their them then there these they this those to was we were what when where ' +
    'which while who why will with would you your i me my he she his her not no yes also more most much many ' +
    'very just about over such only other some any each own same both all one two'
  ).split(' '),
);

/** Folds an English plural onto its singular: `tokens` → `token`, `queries` → `query`, `boxes` → `box`. */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) {
    return word;
  }
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A term and where in the original text it came from (for highlighting matches). */
export interface Term {
  term: string;
  start: number;
  end: number;
}

/**
 * Every term of `text`, in order, with its character offsets. Offsets are into the original
 * string (normalisation only changes case and compatibility forms, which NFKC keeps length-stable
 * for Hangul syllables and ASCII; other runs fall back to the run's own span).
 */
export function analyzeWithOffsets(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of checkString(text, 'text').matchAll(RUN)) {
    const run = match[0];
    const start = match.index;
    const normal = run.normalize('NFKC').toLowerCase();
    if (HANGUL.test(run[0]!)) {
      if (normal.length === 1) terms.push({ term: normal, start, end: start + run.length });
      const sameLength = normal.length === run.length;
      for (let i = 0; i + 1 < normal.length; i++) {
        terms.push({
          term: normal.slice(i, i + 2),
          start: sameLength ? start + i : start,
          end: sameLength ? start + i + 2 : start + run.length,
        });
      }
    } else {
      if (ENGLISH_STOP_WORDS.has(normal)) continue;
      terms.push({ term: singular(normal), start, end: start + run.length });
    }
  }
  return terms;
}

/** The terms of `text` (see {@link analyzeWithOffsets} for the rules). */
export function analyze(text: string): string[] {
  return analyzeWithOffsets(text).map((t) => t.term);
}
