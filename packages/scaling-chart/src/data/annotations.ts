import type { Locale } from '@tensorscope/common';
import { SOURCES } from './sources.js';

/** A dated event drawn as a labelled vertical line on the time charts. */
export interface ChartAnnotation {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Label text, or one per locale. */
  label: string | Readonly<Record<Locale, string>>;
  source?: string;
}

/** ChatGPT's public launch, 2022-11-30 (OpenAI, "Introducing ChatGPT"). */
export const CHATGPT_LAUNCH: ChartAnnotation = {
  date: '2022-11-30',
  label: { en: 'ChatGPT launch', ko: 'ChatGPT 공개' },
  source: SOURCES.chatgpt,
};
