import { checkString, checkStringArray } from '@tensorscope/common';
import { isPlaceholderToken, isSpecialToken } from './specialTokens.js';

/** A token as it should be shown. */
export interface DisplayToken {
  /**
   * The readable text: tokenizer markers removed (`Ġ`, `▁`, `##`, `</w>`), GPT-2 byte-level
   * characters and byte-fallback tokens decoded to UTF-8, whitespace made visible
   * (space `·`, newline `↵`, tab `⇥`, carriage return `␍`, other control characters as their
   * Unicode control pictures). A byte that does not form a character is shown as `<0xEC>`.
   */
  text: string;
  /** A control token (`[CLS]`, `<s>`, `<|endoftext|>` …) or a placeholder (`[MASK]`, `<unk>`). */
  isSpecial: boolean;
  /** The token begins a word (a leading space or `▁`, not a `##` piece, after `</w>`, first token …). */
  startsWord: boolean;
  /** The raw bytes, for GPT-2 byte-level tokens with non-ASCII bytes and byte-fallback tokens. */
  bytes?: readonly number[];
  /**
   * The token holds only part of a UTF-8 character (Hangul split over byte tokens); `text` then shows
   * the whole character so that every piece has a readable label.
   */
  partial?: boolean;
}

// GPT-2 bytes_to_unicode(): printable bytes map to themselves, the other 68 bytes (0–32, 127–160,
// 173) to U+0100… in order.
let byteToChar: string[] | undefined;
let charToByte: Map<string, number> | undefined;
function byteMaps(): { toChar: string[]; toByte: Map<string, number> } {
  if (!byteToChar || !charToByte) {
    const toChar: string[] = [];
    const toByte = new Map<string, number>();
    let shifted = 0;
    for (let b = 0; b < 256; b++) {
      const printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
      const ch = String.fromCharCode(printable ? b : 256 + shifted++);
      toChar[b] = ch;
      toByte.set(ch, b);
    }
    byteToChar = toChar;
    charToByte = toByte;
  }
  return { toChar: byteToChar, toByte: charToByte };
}

/** The GPT-2 byte-level character for a byte (0 → `Ā`, 32 → `Ġ`, 10 → `Ċ`, 9 → `ĉ` …). */
export function byteLevelChar(byte: number): string {
  return byteMaps().toChar[byte & 0xff] as string;
}

const BYTE_FALLBACK = /^<0x([0-9A-Fa-f]{2})>$/;
/** Characters only GPT-2 byte-level tokens contain (U+0100–U+0143: remapped space, control bytes…). */
const SHIFTED = /[\u0100-\u0143]/;

/** Makes whitespace and control characters visible (space `·`, `↵`, `⇥`, `␍`, U+2400 pictures). */
export function visibleWhitespace(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (ch === ' ') out += '·';
    else if (ch === '\n') out += '↵';
    else if (ch === '\t') out += '⇥';
    else if (ch === '\r') out += '␍';
    else if (c < 0x20) out += String.fromCharCode(0x2400 + c);
    else if (c === 0x7f) out += '␡';
    else out += ch;
  }
  return out;
}

/**
 * Makes one token readable. Handles, in order: special tokens (kept as written, `isSpecial`);
 * byte fallback `<0xNN>` (an ASCII byte is shown as its character, others stay `<0xEC>`, `bytes` set);
 * SentencePiece `▁` (→ `·`, starts a word); WordPiece `##` (removed, continues a word); BPE `</w>`
 * (removed); GPT-2 byte-level text (`Ġ` → `·`, `Ċ` → `↵`, `ĉ` → `⇥`, and `Ã¡`-style characters
 * decoded to UTF-8 when they form whole characters). Other scripts (Hangul, CJK, Greek …) are kept.
 *
 * A single token has no context: a byte-level piece of a multi-byte character stays `<0xEC>`, and
 * a token without markers counts as a word start. Use {@link displayTokens} for a whole sequence.
 */
export function displayToken(token: string): DisplayToken {
  checkString(token, 'token');
  return displayTokens([token])[0] as DisplayToken;
}

/**
 * Makes a whole token sequence readable, choosing the tokenizer scheme from the tokens: GPT-2
 * byte-level (some token has `Ġ`, `Ċ` or another U+0100–U+0143 character) → {@link decodeByteLevelTokens};
 * SentencePiece (`▁`) or byte fallback (`<0xNN>`) → {@link decodeByteFallback}; otherwise
 * WordPiece `##` / BPE `</w>` / plain text, token by token (`startsWord` after a `</w>` token).
 */
export function displayTokens(tokens: readonly string[]): DisplayToken[] {
  checkStringArray(tokens, 'tokens');
  return decodeSequence(tokens).display;
}

/**
 * Decodes GPT-2 / RoBERTa / Llama 3 byte-level BPE tokens (`ĠcafÃ©`, `Ċ`, `ìķ` …): every character
 * maps back to a byte through GPT-2's `bytes_to_unicode` table, the bytes of the whole sequence are
 * decoded as UTF-8, and each token shows the characters that start in it. A character split over
 * several tokens (Hangul is 3 bytes) is shown on each of them with `partial: true`; bytes that are
 * not valid UTF-8 show as `<0xNN>`. Special tokens and tokens with characters outside the table
 * (already-decoded text) are kept as written.
 */
export function decodeByteLevelTokens(tokens: readonly string[]): DisplayToken[] {
  checkStringArray(tokens, 'tokens');
  return decodeWith(tokens, 'byteLevel').display;
}

/**
 * Decodes SentencePiece tokens with byte fallback (Llama, Gemma, T5 …): `▁` is a space, and runs of
 * `<0xNN>` tokens are decoded as UTF-8 together, so `<0xED><0x95><0x99>` shows `학` on each of the
 * three tokens (`partial: true`, `bytes` = its own byte). Pieces in the vocabulary (`▁학교`) are kept.
 */
export function decodeByteFallback(tokens: readonly string[]): DisplayToken[] {
  checkStringArray(tokens, 'tokens');
  return decodeWith(tokens, 'sentencePiece').display;
}

type Scheme = 'byteLevel' | 'sentencePiece' | 'plain';

interface Decoded {
  display: DisplayToken[];
  /** Per token, the raw text of the characters that start in it (markers removed, whitespace kept). */
  owned: string[];
}

/** Decodes a sequence with the detected scheme; `owned` joins into the text of any span. */
export function decodeSequence(tokens: readonly string[]): Decoded {
  const words = tokens.filter((t) => !isSpecialToken(t) && !isPlaceholderToken(t));
  let scheme: Scheme = 'plain';
  if (words.some((t) => SHIFTED.test(t)) || looksLikeByteLevelMojibake(words)) scheme = 'byteLevel';
  else if (words.some((t) => t.includes('▁') || BYTE_FALLBACK.test(t))) scheme = 'sentencePiece';
  return decodeWith(tokens, scheme);
}

/**
 * True when every character of the tokens is in the GPT-2 byte table, some byte is ≥ 0x80 and all
 * bytes together are valid UTF-8 (`Ã¡` → `á`). Real Latin-1 text such as `café` is not valid
 * UTF-8 as bytes, so it stays as written.
 */
function looksLikeByteLevelMojibake(tokens: readonly string[]): boolean {
  const { toByte } = byteMaps();
  const bytes: number[] = [];
  for (const token of tokens) {
    for (const ch of token) {
      const b = toByte.get(ch);
      if (b === undefined) return false;
      bytes.push(b);
    }
  }
  return bytes.some((b) => b >= 0x80) && decodeUtf8(bytes).every((c) => !c.invalid);
}

/** The readable text of a token span (for word labels): markers removed, whitespace trimmed. */
export function spanText(decoded: Decoded, indices: readonly number[]): string {
  return indices
    .map((i) => decoded.owned[i] ?? '')
    .join('')
    .trim();
}

type Marker = 'none' | 'wordPiece' | 'endOfWord';
/** `raw`: the bytes are the token's own encoding (byte-level or byte fallback), worth showing. */
type Piece = { special: boolean; text: string } | { bytes: number[]; marker: Marker; raw: boolean };

function decodeWith(tokens: readonly string[], scheme: Scheme): Decoded {
  const encoder = new TextEncoder();
  const { toByte } = byteMaps();
  const pieces: Piece[] = tokens.map((token) => {
    if (isSpecialToken(token) || isPlaceholderToken(token)) return { special: true, text: token };
    const fallback = BYTE_FALLBACK.exec(token);
    if (fallback && scheme !== 'byteLevel')
      return { bytes: [parseInt(fallback[1] as string, 16)], marker: 'none', raw: true };
    if (scheme === 'byteLevel') {
      const bytes: number[] = [];
      for (const ch of token) {
        const b = toByte.get(ch);
        if (b === undefined) return { special: false, text: token }; // not byte-level text: keep it
        bytes.push(b);
      }
      return { bytes, marker: 'none', raw: bytes.some((b) => b >= 0x80) };
    }
    if (scheme === 'sentencePiece')
      return { bytes: Array.from(encoder.encode(token.replace(/▁/g, ' '))), marker: 'none', raw: false };
    if (token.startsWith('##') && token.length > 2)
      return { bytes: Array.from(encoder.encode(token.slice(2))), marker: 'wordPiece', raw: false };
    if (token.endsWith('</w>'))
      return { bytes: Array.from(encoder.encode(token.slice(0, -4))), marker: 'endOfWord', raw: false };
    return { bytes: Array.from(encoder.encode(token)), marker: 'none', raw: false };
  });

  const endOfWord = scheme === 'plain' && tokens.some((t) => t.endsWith('</w>'));
  const plainSpaces = scheme === 'plain' && !endOfWord && tokens.some((t) => /^\s/.test(t));
  // Concatenate the bytes of each run of byte pieces and decode it as UTF-8 once.
  const display: DisplayToken[] = new Array(tokens.length);
  const owned: string[] = new Array(tokens.length).fill('');
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i] as Piece;
    if ('text' in piece) {
      owned[i] = piece.special ? '' : piece.text;
      display[i] = {
        text: piece.special ? piece.text : visibleWhitespace(piece.text),
        isSpecial: piece.special,
        startsWord: true,
      };
      i++;
      continue;
    }
    let end = i;
    const starts: number[] = [];
    const all: number[] = [];
    while (end < pieces.length && 'bytes' in (pieces[end] as Piece)) {
      starts.push(all.length);
      for (const b of (pieces[end] as { bytes: number[] }).bytes) all.push(b);
      end++;
    }
    starts.push(all.length);
    const chars = decodeUtf8(all);
    let c = 0;
    for (let t = i; t < end; t++) {
      const from = starts[t - i] as number;
      const to = starts[t - i + 1] as number;
      const p = pieces[t] as Extract<Piece, { raw: boolean }>;
      while (c < chars.length && (chars[c] as Utf8Char).start < from) c++;
      let text = '';
      let partial = false;
      let k = c;
      for (; k < chars.length && (chars[k] as Utf8Char).start < to; k++) {
        const ch = chars[k] as Utf8Char;
        text += ch.text;
        if (ch.end > to) partial = true;
      }
      owned[t] = text;
      if (from > 0 && c > 0 && (chars[c - 1] as Utf8Char).end > from) {
        // this token continues a character that began in an earlier token
        partial = true;
        if (text === '') text = (chars[c - 1] as Utf8Char).text;
      }
      if (from === to) text = '';
      const token = tokens[t] as string;
      const previous = t > 0 ? pieces[t - 1] : undefined;
      const continuesChar = from > 0 && c > 0 && (chars[c - 1] as Utf8Char).end > from;
      let startsWord: boolean;
      if (p.marker === 'wordPiece') startsWord = false;
      else if (previous === undefined || 'text' in previous) startsWord = true;
      else if (continuesChar) startsWord = false;
      else if (scheme !== 'plain' || plainSpaces) startsWord = /^\s/.test(owned[t] as string);
      else if (endOfWord) startsWord = previous.marker === 'endOfWord';
      else startsWord = true;
      const entry: DisplayToken = {
        text: text === '' ? visibleWhitespace(token) : visibleWhitespace(text),
        isSpecial: false,
        startsWord,
      };
      if (p.raw) entry.bytes = p.bytes;
      if (partial) entry.partial = true;
      display[t] = entry;
    }
    i = end;
  }
  return { display, owned };
}

interface Utf8Char {
  /** The character, or `<0xNN>` for a byte that is not part of a valid sequence. */
  text: string;
  start: number;
  end: number;
  invalid?: true;
}

/** Decodes UTF-8 and keeps where each character starts and ends; invalid bytes become `<0xNN>`. */
function decodeUtf8(bytes: readonly number[]): Utf8Char[] {
  const out: Utf8Char[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    let length = 0;
    let cp = 0;
    let min = 0;
    if (b0 < 0x80) {
      length = 1;
      cp = b0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      length = 2;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      cp = b0 & 0x07;
      min = 0x10000;
    }
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) valid = false;
      else cp = (cp << 6) | (b & 0x3f);
    }
    if (valid && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) valid = false;
    if (valid) {
      out.push({ text: String.fromCodePoint(cp), start: i, end: i + length });
      i += length;
    } else {
      out.push({ text: `<0x${b0.toString(16).toUpperCase().padStart(2, '0')}>`, start: i, end: i + 1, invalid: true });
      i++;
    }
  }
  return out;
}
