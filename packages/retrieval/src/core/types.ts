/** A language of the built-in corpus and of a query. */
export type Language = 'ko' | 'en';

/** The lecture topics the built-in corpus covers. */
export const TOPICS = ['gpu', 'tokens', 'attention', 'vectors', 'scale', 'on-device', 'rag'] as const;
export type Topic = (typeof TOPICS)[number];

/** One passage of a corpus: a few sentences on one point, in one language. */
export interface Passage {
  /** Unique and stable, e.g. `en-gpu-03`. Queries name their answers by it. */
  id: string;
  lang: Language;
  /** One of {@link TOPICS} for the built-in corpus; any short string for a user's own corpus. */
  topic: string;
  title: string;
  text: string;
  /** Where the fact it states comes from (a URL). Absent only when it states no checkable fact. */
  source?: string;
}

/** A query with the passages a good retriever should return for it. */
export interface LabelledQuery {
  id: string;
  lang: Language;
  text: string;
  /** Ids of the passages that answer it (one or more). */
  relevant: readonly string[];
  /**
   * `keyword`: shares words with its answer. `paraphrase`: says the same thing in other words and
   * shares no analyzer term with any relevant passage, the case keyword search cannot solve.
   */
  kind: 'keyword' | 'paraphrase';
}
