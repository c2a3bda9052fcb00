/// <reference types="vite/client" />
import { splitWords, type Tokenize } from '@tensorscope/transformer/core';
import brownUrl from '@tensorscope/transformer/checkpoints/brown.tsgpt?url';
import inductionUrl from '@tensorscope/transformer/checkpoints/induction.tsgpt?url';
import { useEffect, useState } from 'react';
import { loadTokenizer, tokenize } from './tokenizer.js';

/** The two checkpoints the project trained, served by Vite from the package. */
export const INDUCTION_URL: string = inductionUrl;
export const BROWN_URL: string = brownUrl;

/**
 * o200k (GPT-4o) tokens as the induction model's words: it learned to copy patterns of ids, so any
 * tokens work once mapped to ids by first appearance, Korean included. Null while the tokenizer loads.
 */
export function useO200kWords(): Tokenize | null {
  const [words, setWords] = useState<Tokenize | null>(null);
  useEffect(() => {
    let live = true;
    loadTokenizer()
      .then((tokenizer) => {
        if (live) setWords(() => (text: string) => tokenize(tokenizer, text).map((token) => token.text));
      })
      .catch(() => {
        // Without o200k, the package's word split: the model copies any tokens.
        if (live) setWords(() => splitWords);
      });
    return () => {
      live = false;
    };
  }, []);
  return words;
}
