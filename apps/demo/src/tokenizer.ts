import { decodeByteLevelTokens } from '@tensorscope/attention-heatmap';
import type { Tokenizer } from '@tensorscope/retrieval/core';

/** One token of a tokenized text, ready to show. */
export interface ShownToken {
  id: number;
  /** Readable text (space as ·, newline as ↵; a character split over tokens shown whole). */
  text: string;
  /** This token holds only part of a UTF-8 character. */
  partial: boolean;
  /** The token's raw bytes. */
  bytes: number[];
}

/**
 * The o200k_base (GPT-4o) tokenizer: retrieval's loader, the package's one home for it (lazy, about
 * 1 MB gzip), so the tokens section and the RAG section count tokens with the same tokenizer.
 */
export { loadO200k as loadTokenizer, type Tokenizer } from '@tensorscope/retrieval/core';

// GPT-2's bytes_to_unicode(): printable bytes map to themselves, the other 68 to U+0100… in order.
const BYTE_CHARS: string[] = (() => {
  const out: string[] = [];
  let shifted = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
    out[b] = String.fromCharCode(printable ? b : 256 + shifted++);
  }
  return out;
})();

/**
 * Tokenizes text and makes each token readable: the tokens' bytes are written as GPT-2
 * byte-level text and decoded by attention-heatmap's `decodeByteLevelTokens`, so a Hangul
 * syllable split over two tokens shows on both (marked partial) instead of as U+FFFD.
 */
export function tokenize(tokenizer: Tokenizer, text: string): ShownToken[] {
  const ids = Array.from(tokenizer.encode(text));
  const bytes = ids.map((id) => Array.from(tokenizer.tokenBytes(id)));
  const shown = decodeByteLevelTokens(bytes.map((b) => b.map((byte) => BYTE_CHARS[byte]).join('')));
  return ids.map((id, i) => ({
    id,
    text: shown[i]?.text ?? '',
    partial: shown[i]?.partial ?? false,
    bytes: bytes[i] ?? [],
  }));
}

/** Characters as people count them (code points; a Hangul syllable is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Example sentence pairs with the same meaning, for the Korean/English comparison. */
export const EXAMPLES: readonly { en: string; ko: string }[] = [
  { en: 'The students played soccer at school after class.', ko: '학생들이 방과 후 학교에서 축구를 했다.' },
  { en: 'Artificial intelligence is changing how we learn.', ko: '인공지능은 우리가 배우는 방식을 바꾸고 있다.' },
  { en: 'Could I have a cup of coffee, please?', ko: '커피 한 잔 주시겠어요?' },
  { en: 'The weather is very cold today.', ko: '오늘은 날씨가 매우 춥다.' },
];
