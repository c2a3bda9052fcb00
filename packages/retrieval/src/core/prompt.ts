import { checkArray, checkInteger, checkObject, checkOptions, checkString } from '@tensorscope/common';
import { fail } from './errors.js';
import type { Chunk } from './retrievalIndex.js';
import { checkTokenizer, type Tokenizer } from './tokenizer.js';
import type { Language } from './types.js';

export interface PromptOptions {
  /** Most tokens the whole prompt may have (instructions + context + question). Default 512. */
  budget?: number;
  tokenizer: Tokenizer;
  /** Language of the instructions. Default `en`. */
  language?: Language;
}

/** A chunk that went into the prompt, or one left out. */
export interface PromptPart {
  chunk: Chunk;
  /** Tokens of its context block (`[n] (id) text` plus the newline). */
  tokens: number;
}

export interface AssembledPrompt {
  /** The exact text a model would receive. */
  text: string;
  /** Its token count under `tokenizer`. */
  tokens: number;
  budget: number;
  /** Tokens of the instructions and question alone. */
  frame: number;
  included: PromptPart[];
  /** Chunks that did not fit the budget. */
  excluded: PromptPart[];
  tokenizer: string;
}

const FRAME: Record<Language, { instructions: string; context: string; question: string; answer: string }> = {
  en: {
    instructions:
      "Answer the question using only the numbered context passages below. Cite them as [n]. If they do not contain the answer, say that you don't know.",
    context: 'Context:',
    question: 'Question:',
    answer: 'Answer:',
  },
  ko: {
    instructions:
      '아래 번호가 붙은 참고 문단만 사용해 질문에 답하세요. 근거는 [n]으로 표시하세요. 문단에 답이 없으면 모른다고 답하세요.',
    context: '참고 문단:',
    question: '질문:',
    answer: '답:',
  },
};

const count = (tokenizer: Tokenizer, text: string) => tokenizer.encode(text).length;

/**
 * Fills a token budget with retrieved chunks, best first, and returns the exact prompt: fixed
 * instructions, the chunks as numbered context blocks, then the question. A chunk that does not
 * fit is left out and the next (smaller) one is tried. Counts are exact under `tokenizer`; the
 * final count is of the whole text (joining can merge tokens, so it is measured, not summed).
 */
export function assemblePrompt(question: string, chunks: readonly Chunk[], options: PromptOptions): AssembledPrompt {
  const o = checkOptions(options);
  if (o.tokenizer === undefined) {
    throw fail('INVALID_ARGUMENT', 'assemblePrompt needs options.tokenizer ({ encode, tokenBytes }).', {
      details: { argument: 'options.tokenizer' },
    });
  }
  const tokenizer = checkTokenizer(o.tokenizer, 'options.tokenizer');
  const asked = checkString(question, 'question');
  const candidates = checkArray(chunks, 'chunks').map((raw, i) => {
    const chunk = checkObject(raw, `chunks[${i}]`) as Partial<Chunk>;
    checkString(chunk.id, `chunks[${i}].id`);
    checkString(chunk.text, `chunks[${i}].text`);
    return chunk as Chunk;
  });
  const budget = checkInteger(o.budget ?? 512, 'options.budget', { min: 1, max: 1_000_000 });
  const frame = FRAME[o.language === 'ko' ? 'ko' : 'en'];
  const build = (blocks: string[]) =>
    [frame.instructions, '', frame.context, ...blocks, '', `${frame.question} ${asked}`, frame.answer].join('\n');
  const frameTokens = count(tokenizer, build([]));
  const included: PromptPart[] = [];
  const excluded: PromptPart[] = [];
  const blocks: string[] = [];
  let used = frameTokens;
  for (const chunk of candidates) {
    const block = `[${blocks.length + 1}] (${chunk.id}) ${chunk.text.replace(/\s+/g, ' ').trim()}`;
    const tokens = count(tokenizer, `${block}\n`);
    if (used + tokens > budget) {
      excluded.push({ chunk, tokens });
      continue;
    }
    blocks.push(block);
    included.push({ chunk, tokens });
    used += tokens;
  }
  let text = build(blocks);
  let tokens = count(tokenizer, text);
  // Joining can merge tokens at block edges; if the whole came out over budget, drop from the end.
  while (tokens > budget && included.length > 0) {
    excluded.unshift(included.pop()!);
    blocks.pop();
    text = build(blocks);
    tokens = count(tokenizer, text);
  }
  return {
    text,
    tokens,
    budget,
    frame: frameTokens,
    included,
    excluded,
    tokenizer: tokenizer.name ?? 'tokenizer',
  };
}
