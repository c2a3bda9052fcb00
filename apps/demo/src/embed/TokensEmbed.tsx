import type { Locale } from '@tensorscope/common';
import { useState } from 'react';
import TokensSection from '../sections/TokensSection.js';
import { EXAMPLES } from '../tokenizer.js';

/** The tokenizer, starting from the URL's text. */
export default function TokensEmbed({ text, locale }: { text: string | undefined; locale: Locale }) {
  const [value, setValue] = useState(text ?? EXAMPLES[1]![locale]);
  return <TokensSection locale={locale} text={value} onTextChange={setValue} />;
}
