import { describe, expect, it } from 'vitest';
import {
  byteLevelChar,
  decodeByteFallback,
  decodeByteLevelTokens,
  displayToken,
  displayTokens,
} from './displayToken.js';

/** Writes text the way GPT-2's byte-level BPE stores it (`' 학'` → `ĠíķĻ`). */
const byteLevel = (text: string) => Array.from(new TextEncoder().encode(text), byteLevelChar).join('');

describe('displayToken', () => {
  it('makes GPT-2 byte-level whitespace visible', () => {
    expect(displayToken('Ġthe')).toEqual({ text: '·the', isSpecial: false, startsWord: true });
    expect(displayToken('Ċ').text).toBe('↵');
    expect(displayToken('ĉ').text).toBe('⇥');
    expect(displayToken('ĠĠ').text).toBe('··');
    expect(displayToken('ĊĊ').text).toBe('↵↵');
  });

  it('decodes byte-level mojibake into UTF-8 and keeps real text', () => {
    expect(displayToken('Ã¡')).toEqual({ text: 'á', isSpecial: false, startsWord: true, bytes: [0xc3, 0xa1] });
    expect(displayToken('ĠcafÃ©').text).toBe('·café');
    expect(displayToken('ÎĵÎµÎ¹Î±').text).toBe('Γεια'); // huggingface/tokenizers#223
    expect(displayToken(byteLevel(' 학교')).text).toBe('·학교');
    expect(displayToken('café')).toEqual({ text: 'café', isSpecial: false, startsWord: true });
    expect(displayToken('학교').text).toBe('학교');
    expect(displayToken('東京').text).toBe('東京');
  });

  it('removes SentencePiece, WordPiece and BPE markers', () => {
    expect(displayToken('▁학교')).toEqual({ text: '·학교', isSpecial: false, startsWord: true });
    expect(displayToken('##ing')).toEqual({ text: 'ing', isSpecial: false, startsWord: false });
    expect(displayToken('##')).toMatchObject({ text: '##' });
    expect(displayToken('the</w>').text).toBe('the');
    expect(displayToken(' cat').text).toBe('·cat');
  });

  it('shows byte-fallback tokens and special tokens', () => {
    expect(displayToken('<0xEC>')).toEqual({ text: '<0xEC>', isSpecial: false, startsWord: true, bytes: [0xec] });
    expect(displayToken('<0x0A>').text).toBe('↵');
    expect(displayToken('[CLS]')).toEqual({ text: '[CLS]', isSpecial: true, startsWord: true });
    expect(displayToken('<|endoftext|>').isSpecial).toBe(true);
    expect(displayToken('[MASK]').isSpecial).toBe(true);
  });
});

describe('decodeByteLevelTokens', () => {
  it('shows a Hangul syllable split over tokens on each piece', () => {
    const bytes = byteLevel(' 학교'); // Ġ + ED 95 99 + EA B5 90
    const tokens = [bytes.slice(0, 3), bytes.slice(3, 4), bytes.slice(4)]; // 'Ġíķ' 'Ļ' 'êµIJ'
    const shown = decodeByteLevelTokens(tokens);
    expect(shown.map((t) => t.text)).toEqual(['·학', '학', '교']);
    expect(shown.map((t) => t.partial)).toEqual([true, true, undefined]);
    expect(shown.map((t) => t.startsWord)).toEqual([true, false, false]);
    expect(shown[1]?.bytes).toEqual([0x99]);
  });

  it('turns a run of mojibake into UTF-8, keeps special tokens, shows broken bytes as hex', () => {
    expect(displayTokens(['Ã', '¡', 'n']).map((t) => t.text)).toEqual(['á', 'á', 'n']);
    const shown = decodeByteLevelTokens(['<|endoftext|>', 'The', 'Ġcat', 'Ċ', 'ì', '<|endoftext|>']);
    expect(shown.map((t) => t.text)).toEqual(['<|endoftext|>', 'The', '·cat', '↵', '<0xEC>', '<|endoftext|>']);
    expect(shown.map((t) => t.isSpecial)).toEqual([true, false, false, false, false, true]);
    expect(shown.map((t) => t.startsWord)).toEqual([true, true, true, true, false, true]);
  });
});

describe('decodeByteFallback', () => {
  it('groups consecutive byte tokens into the Hangul syllable they encode', () => {
    const shown = decodeByteFallback(['<s>', '▁', '<0xED>', '<0x95>', '<0x99>', '교', '▁가요']);
    expect(shown.map((t) => t.text)).toEqual(['<s>', '·', '학', '학', '학', '교', '·가요']);
    expect(shown.map((t) => t.bytes)).toEqual([undefined, undefined, [0xed], [0x95], [0x99], undefined, undefined]);
    expect(shown.slice(2, 5).every((t) => t.partial)).toBe(true);
    expect(shown.map((t) => t.startsWord)).toEqual([true, true, false, false, false, false, true]);
    // an incomplete sequence stays visible as bytes
    expect(decodeByteFallback(['<0xED>', '<0x95>', '▁a']).map((t) => t.text)).toEqual(['<0xED>', '<0x95>', '·a']);
  });
});

describe('displayTokens', () => {
  it('finds word starts for WordPiece and </w> BPE', () => {
    expect(displayTokens(['[CLS]', 'play', '##ing', '[SEP]']).map((t) => [t.text, t.startsWord])).toEqual([
      ['[CLS]', true],
      ['play', true],
      ['ing', false],
      ['[SEP]', true],
    ]);
    expect(displayTokens(['hel', 'lo</w>', 'world</w>']).map((t) => [t.text, t.startsWord])).toEqual([
      ['hel', true],
      ['lo', false],
      ['world', true],
    ]);
    expect(displayTokens(['The', ' cat', 's']).map((t) => t.startsWord)).toEqual([true, true, false]);
  });
});
