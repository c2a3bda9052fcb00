import { checkString, describeValue } from '@tensorscope/common';
import { fail } from './errors.js';

/** Longer queries are refused: a retrieval query is a question, not a document (2,000 characters). */
export const MAX_QUERY_CHARACTERS = 2000;

/** A query as the retrievers take it: a non-blank string of at most {@link MAX_QUERY_CHARACTERS}. */
export function checkQuery(query: unknown): string {
  if (typeof query !== 'string') {
    throw fail('INVALID_ARGUMENT', `The query must be text; received ${describeValue(query)}.`, {
      details: { argument: 'query' },
    });
  }
  if (query.trim() === '') throw fail('EMPTY_INPUT', 'The query is empty. Type a question to search the corpus.');
  if (query.length > MAX_QUERY_CHARACTERS) {
    throw fail(
      'TOO_LARGE',
      `The query has ${query.length.toLocaleString('en')} characters; at most ${MAX_QUERY_CHARACTERS.toLocaleString('en')} are searched. Ask a shorter question.`,
      { details: { argument: 'query', length: query.length, max: MAX_QUERY_CHARACTERS } },
    );
  }
  return query;
}

/** The language a query is most likely in: Korean when a quarter or more of its letters are Hangul. */
export function guessLanguage(text: string): 'ko' | 'en' {
  checkString(text, 'text');
  const hangul = text.match(/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && hangul / letters >= 0.25 ? 'ko' : 'en';
}
