import { fail } from './errors.js';
import { checkBoolean, checkOptions, describeValue } from '@tensorscope/common';
import { ensureChecked, type AttentionData } from './attentionData.js';
import { decodeSequence, spanText } from './displayToken.js';

/**
 * How tokens group into words: Hugging Face `word_ids()` (one entry per token; `null`, `undefined`
 * or a negative id = special token, dropped), or character offsets into the text
 * (`return_offsets_mapping=True`; `null` or an empty span `[s, s]` = dropped).
 */
export type WordGrouping =
  | readonly (number | null | undefined)[]
  | { readonly offsets: readonly (readonly [start: number, end: number] | null | undefined)[]; readonly text: string };

export interface PoolWordsOptions {
  /** Grouping of the key tokens. Default: the same as the query tokens for self-attention, no pooling for cross attention. */
  keyWords?: WordGrouping;
  /** Divide each pooled row by its sum (it no longer sums to 1 when tokens were dropped). Default `true`. */
  renormalise?: boolean;
}

/**
 * Pools subword attention into whole words (the convention of Clark et al. 2019, "What does BERT
 * look at?"): attention **to** a word is the **sum** over its subword keys, attention **from** a
 * word is the **mean** over its subword queries:
 *
 * `P[u][v] = (1 / |S_u|) · Σ_{q∈S_u} Σ_{k∈T_v} A[q][k]`
 *
 * then (with `renormalise`, default) each row is divided by its sum. A word is a run of consecutive
 * tokens with the same word id (so sentence pairs, whose ids restart at 0, work), or with offsets, a
 * run of tokens whose first non-space character falls in the same whitespace-separated word of
 * `text` (so languages written without spaces pool per run between spaces). Special tokens
 * (`null`/negative id; with offsets, `null` or spans covering only whitespace) are dropped. Word labels are the
 * decoded text of the word (`Ġ`, `▁`, `##`, `</w>`, bytes removed). A pooled cell is masked only
 * when all its subword cells are. Grouping of the wrong length is `LENGTH_MISMATCH`; no word left
 * is `EMPTY_INPUT`.
 */
export function poolWords(data: AttentionData, words: WordGrouping, options?: PoolWordsOptions): AttentionData {
  ensureChecked(data);
  options = checkOptions(options);
  const [layers, heads, qLen, kLen] = data.shape;
  const self = qLen === kLen && data.queryTokens.every((t, i) => t === data.keyTokens[i]);
  const queryGroups = groupTokens(words, data.queryTokens, 'words');
  const keyGroups =
    options.keyWords !== undefined
      ? groupTokens(options.keyWords, data.keyTokens, 'keyWords')
      : self
        ? queryGroups
        : { groups: data.keyTokens.map((_, i) => [i]), labels: [...data.keyTokens] };
  const nq = queryGroups.groups.length;
  const nk = keyGroups.groups.length;
  const keyOf = new Int32Array(kLen).fill(-1);
  keyGroups.groups.forEach((group, g) => group.forEach((k) => (keyOf[k] = g)));
  const renormalise =
    options.renormalise === undefined ? true : checkBoolean(options.renormalise, 'options.renormalise');
  const weights = new Float32Array(layers * heads * nq * nk);
  const row = new Float64Array(nk);
  for (let lh = 0; lh < layers * heads; lh++) {
    for (let g = 0; g < nq; g++) {
      row.fill(0);
      const group = queryGroups.groups[g] as number[];
      for (const q of group) {
        const src = (lh * qLen + q) * kLen;
        for (let k = 0; k < kLen; k++) {
          const target = keyOf[k] as number;
          if (target >= 0) row[target] = (row[target] as number) + (data.weights[src + k] as number);
        }
      }
      let sum = 0;
      for (let v = 0; v < nk; v++) sum += row[v] as number;
      const scale = renormalise && sum > 0 ? 1 / sum : 1 / group.length;
      const dst = (lh * nq + g) * nk;
      for (let v = 0; v < nk; v++) weights[dst + v] = (row[v] as number) * scale;
    }
  }
  const queryTokens = queryGroups.labels;
  const result: AttentionData = {
    queryTokens,
    keyTokens: keyGroups === queryGroups ? queryTokens : keyGroups.labels,
    weights,
    shape: [layers, heads, nq, nk],
  };
  if (data.mask) {
    const mask = new Uint8Array(nq * nk);
    queryGroups.groups.forEach((group, g) => {
      for (const q of group) {
        for (let k = 0; k < kLen; k++) {
          const target = keyOf[k] as number;
          if (target >= 0 && data.mask?.[q * kLen + k]) mask[g * nk + target] = 1;
        }
      }
    });
    result.mask = mask;
  }
  if (data.metadata) {
    const metadata = { ...data.metadata };
    if (metadata.sentenceBStart !== undefined) {
      const start = queryGroups.groups.findIndex(
        (group) => (group[0] as number) >= (metadata.sentenceBStart as number),
      );
      if (start <= 0) delete metadata.sentenceBStart;
      else metadata.sentenceBStart = start;
    }
    result.metadata = metadata;
  }
  return result;
}

interface Groups {
  /** Token indices of each word, in order. */
  groups: number[][];
  labels: string[];
}

function groupTokens(grouping: WordGrouping, tokens: readonly string[], name: string): Groups {
  const n = tokens.length;
  const wordOf: number[] = new Array(n).fill(-1);
  let labelOf: ((group: number[], word: number) => string) | undefined;
  if (!Array.isArray(grouping) && (typeof grouping !== 'object' || grouping === null)) {
    throw fail('INVALID_VALUE', `${name} must be word ids or { offsets, text }.`);
  }
  if (Array.isArray(grouping)) {
    const ids = grouping as readonly (number | null | undefined)[];
    if (ids.length !== n) {
      throw fail('LENGTH_MISMATCH', `${name} has ${ids.length} word ids; expected ${n} (one per token).`, {
        details: { expected: n, actual: ids.length },
      });
    }
    ids.forEach((id, i) => {
      if (id === null || id === undefined) return;
      if (typeof id !== 'number' || !Number.isInteger(id)) {
        throw fail('INVALID_VALUE', `${name}[${i}] is ${describeValue(id)}; expected an integer word id, -1 or null.`);
      }
      if (id < 0) return;
      wordOf[i] = id;
    });
  } else {
    const { offsets, text } = grouping as {
      offsets: readonly (readonly [number, number] | null | undefined)[];
      text: string;
    };
    if (!Array.isArray(offsets) || typeof text !== 'string') {
      throw fail('INVALID_VALUE', `${name} must be word ids or { offsets, text }.`);
    }
    if (offsets.length !== n) {
      throw fail('LENGTH_MISMATCH', `${name}.offsets has ${offsets.length} spans; expected ${n} (one per token).`, {
        details: { expected: n, actual: offsets.length },
      });
    }
    // word index of every character (-1 for whitespace), and each word's span.
    const charWord = new Int32Array(text.length).fill(-1);
    const spans: [number, number][] = [];
    const wordPattern = /\S+/gu;
    for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
      spans.push([m.index, m.index + m[0].length]);
      charWord.fill(spans.length - 1, m.index, m.index + m[0].length);
    }
    offsets.forEach((span, i) => {
      if (span === null || span === undefined) return;
      const [start, end] = span;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
        throw fail(
          'OUT_OF_RANGE',
          `${name}.offsets[${i}] is [${start}, ${end}]; expected 0 ≤ start ≤ end ≤ ${text.length} (the text length).`,
        );
      }
      for (let c = start; c < end; c++) {
        if ((charWord[c] as number) >= 0) {
          wordOf[i] = charWord[c] as number;
          return;
        }
      }
    });
    labelOf = (_group, word) => {
      const [s, e] = spans[word] as [number, number];
      return text.slice(s, e);
    };
  }
  const groups: number[][] = [];
  const words: number[] = [];
  for (let i = 0; i < n; i++) {
    const word = wordOf[i] as number;
    if (word < 0) continue;
    if (i > 0 && wordOf[i - 1] === word && groups.length > 0) (groups[groups.length - 1] as number[]).push(i);
    else {
      groups.push([i]);
      words.push(word);
    }
  }
  if (groups.length === 0) {
    throw fail('EMPTY_INPUT', `${name} leaves no word: every token is a special token or whitespace.`);
  }
  const decoded = labelOf ? undefined : decodeSequence(tokens);
  const labels = groups.map((group, g) => {
    if (labelOf) return labelOf(group, words[g] as number);
    const text = spanText(decoded as ReturnType<typeof decodeSequence>, group);
    return text === '' ? group.map((i) => tokens[i]).join('') : text;
  });
  return { groups, labels };
}
