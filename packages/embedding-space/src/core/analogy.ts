import { checkObject, checkOptions, checkString } from '@tensorscope/common';
import { checkLabelMap } from './args.js';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import { type EmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';
import { labelIndex, resolveLabel } from './labelIndex.js';
import { vectorNorm } from './vectorNorm.js';

/**
 * The three words of an analogy "a is to b as c is to ?", e.g. man : king :: woman : ? is
 * `{ a: 'man', b: 'king', c: 'woman' }` and is written "king − man + woman".
 */
export interface AnalogyTerms {
  a: string;
  b: string;
  c: string;
}

/** The query vector of an analogy and the points to leave out of its answers. */
export interface AnalogyVector {
  /** b̂ − â + ĉ, where x̂ is x scaled to unit length (not itself unit length). */
  vector: Float32Array;
  /** Indices of a, b and c (without repeats): word2vec leaves the question words out of the answers. */
  exclude: number[];
}

/**
 * The 3CosAdd query of word2vec's analogy test (Mikolov et al. 2013): for "a is to b as c is to
 * ?", the vector b̂ − â + ĉ over unit-normalised vectors; the answer is the point, other than a, b
 * and c, with the highest cosine similarity to it. "king − man + woman" is a = 'man', b = 'king',
 * c = 'woman' (answer: queen). Throws `EmbeddingError('INVALID_VALUE')` for an unknown label
 * (with near spellings) or a zero vector.
 */
export function analogyVector(
  data: EmbeddingData,
  terms: AnalogyTerms,
  options: { index?: ReadonlyMap<string, number> } = {},
): AnalogyVector {
  checkEmbeddingData(data);
  const words = checkObject(terms, 'terms');
  for (const key of ['a', 'b', 'c'] as const) checkString(words[key], `terms.${key}`);
  const given = checkOptions(options).index;
  const index = given === undefined ? labelIndex(data.labels) : checkLabelMap(given, 'options.index');
  const d = data.dimensions;
  const vector = new Float32Array(d);
  const exclude: number[] = [];
  const add = (label: string, role: string, sign: number) => {
    const i = resolveLabel(data.labels, index, label, role);
    const row = data.vectors.subarray(i * d, (i + 1) * d);
    const length = vectorNorm(row);
    if (!(length > 0) || !Number.isFinite(length)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `The vector of ${JSON.stringify(label)} (${role}) has length ${length}; an analogy needs vectors of finite, non-zero length.`,
        { details: { label, role } },
      );
    }
    const scale = sign / length;
    for (let k = 0; k < d; k++) vector[k] = (vector[k] as number) + (row[k] as number) * scale;
    if (!exclude.includes(i)) exclude.push(i);
  };
  add(terms.b, 'analogy term b (the one added first)', 1);
  add(terms.a, 'analogy term a (the one subtracted)', -1);
  add(terms.c, 'analogy term c (the one added second)', 1);
  return { vector, exclude };
}

const SYNTAX_HINT = 'Expected the form "king - man + woman" (or "man : king :: woman : ?").';

function syntaxError(text: string, problem: string): EmbeddingError {
  return new EmbeddingError(
    'INVALID_VALUE',
    `Cannot read the analogy ${JSON.stringify(text)}: ${problem}. ${SYNTAX_HINT}`,
    {
      details: { text },
    },
  );
}

/**
 * Reads an analogy typed as arithmetic, "king - man + woman" (also with the Unicode minus "−",
 * which needs no spaces), in any order of two added terms and one subtracted term (the first
 * added term is b), or as a proportion "man : king :: woman : ?" (the final "?" is optional).
 * ASCII "+" and "-" must have spaces around them, so labels like "e-mail" or "c++" stay whole;
 * labels may contain spaces. Throws `EmbeddingError('INVALID_VALUE')` saying what is wrong.
 */
export function parseAnalogy(text: string): AnalogyTerms {
  checkString(text, 'text');
  const trimmed = text.trim();
  if (trimmed === '') throw syntaxError(text, 'it is empty');

  if (trimmed.includes('::')) {
    const [left, right, ...rest] = trimmed.split('::');
    if (rest.length > 0) throw syntaxError(text, 'it has more than one "::"');
    const pair = (side: string, allowQuestion: boolean): [string, string] => {
      const parts = side.split(':').map((s) => s.trim());
      if (allowQuestion && parts.length === 2 && (parts[1] === '?' || parts[1] === ''))
        return [parts[0] as string, '?'];
      if (allowQuestion && parts.length === 1) return [parts[0] as string, '?'];
      if (parts.length !== 2 || parts.some((p) => p === '')) {
        throw syntaxError(text, `${JSON.stringify(side.trim())} is not two words separated by ":"`);
      }
      return [parts[0] as string, parts[1] as string];
    };
    const [a, b] = pair(left as string, false);
    const [c, answer] = pair(right as string, true);
    if (c === '' || c === '?') throw syntaxError(text, 'the third word is missing');
    if (answer !== '?')
      throw syntaxError(text, `the fourth term should be "?" (it is the answer), got ${JSON.stringify(answer)}`);
    return { a, b, c };
  }

  // Operators: "+" or "-" with whitespace (or the text's ends) on both sides; "−" anywhere.
  const operator = /(?<=^|\s)([+-])(?=\s|$)|\u2212/g;
  const parts: string[] = []; // label, operator, label, operator, …, label
  let last = 0;
  for (const match of trimmed.matchAll(operator)) {
    parts.push(trimmed.slice(last, match.index).trim(), match[1] ?? '-');
    last = match.index + match[0].length;
  }
  parts.push(trimmed.slice(last).trim());
  const terms: { sign: 1 | -1; label: string }[] = [];
  let sign: 1 | -1 = 1;
  let i = 0;
  if (parts[0] === '' && parts.length > 1) {
    sign = parts[1] === '+' ? 1 : -1; // a leading sign: "- man + king + woman"
    i = 2;
  }
  for (; i < parts.length; i += 2) {
    const label = parts[i] as string;
    if (label === '') {
      throw syntaxError(text, i === parts.length - 1 ? 'it ends with an operator' : 'two operators follow each other');
    }
    terms.push({ sign, label });
    sign = parts[i + 1] === '+' ? 1 : -1;
  }

  const added = terms.filter((t) => t.sign === 1).map((t) => t.label);
  const subtracted = terms.filter((t) => t.sign === -1).map((t) => t.label);
  if (added.length !== 2 || subtracted.length !== 1) {
    throw syntaxError(
      text,
      `it has ${added.length} added and ${subtracted.length} subtracted term${subtracted.length === 1 ? '' : 's'}; an analogy adds two and subtracts one`,
    );
  }
  return { a: subtracted[0] as string, b: added[0] as string, c: added[1] as string };
}
