/**
 * The sentence the attention section opens with. Its own module, free of imports, so the page's
 * entry chunk can name it without pulling in the live-attention code (tensor-core, GloVe).
 */
export const DEFAULT_ATTENTION_SENTENCE = 'the king and the queen ruled the country after the war';
