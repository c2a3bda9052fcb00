import { checkString } from '@tensorscope/common';
const SPECIAL_TOKENS = new Set([
  '[CLS]',
  '[SEP]',
  '[PAD]',
  '[BOS]',
  '[EOS]',
  '<s>',
  '</s>',
  '<pad>',
  '<bos>',
  '<eos>',
  '<BOS>',
  '<EOS>',
  '<cls>',
  '<sep>',
  '<CLS>',
  '<SEP>',
  '<start_of_turn>',
  '<end_of_turn>',
  '<eod>',
  '<eot>',
  '<|endoftext|>',
]);

/** `<|anything|>`: GPT-2/3/4, Llama 3, ChatML, Phi control tokens (`<|endoftext|>`, `<|im_start|>`, `<|eot_id|>` …). */
const PIPE_TOKEN = /^<\|[^|<>\s]{1,40}\|>$/;
/** BERT's reserved `[unused0]`… and T5 sentinels are not words either. */
const RESERVED_TOKEN = /^(\[unused\d+\]|<extra_id_\d+>|<unused\d+>)$/;
/** Placeholders that stand for content: shown as special, but kept by `hideTokens`. */
const PLACEHOLDER_TOKENS = new Set(['[MASK]', '[UNK]', '<mask>', '<unk>', '<MASK>', '<UNK>']);

/**
 * True for tokenizer control tokens that carry no word of the text: `[CLS]`, `[SEP]`, `[PAD]`,
 * `<s>`, `</s>`, `<pad>`, `<bos>`/`<eos>` (any case), `<|endoftext|>` and every other `<|…|>` token,
 * `<start_of_turn>`/`<end_of_turn>`, `[unusedN]`, `<extra_id_N>`. A leading SentencePiece `▁` or
 * GPT-2 `Ġ` and surrounding whitespace are ignored. Placeholders that stand for a word
 * (`[MASK]`, `[UNK]`, `<mask>`, `<unk>`) are not special here (see {@link isPlaceholderToken}).
 */
export function isSpecialToken(token: string): boolean {
  checkString(token, 'token');
  const t = token.replace(/^[▁Ġ]/, '').trim();
  return SPECIAL_TOKENS.has(t) || PIPE_TOKEN.test(t) || RESERVED_TOKEN.test(t);
}

/** `[MASK]`, `[UNK]`, `<mask>`, `<unk>`: stand-ins for a word (drawn as special, never hidden by default). */
export function isPlaceholderToken(token: string): boolean {
  return PLACEHOLDER_TOKENS.has(token.replace(/^[▁Ġ]/, '').trim());
}
