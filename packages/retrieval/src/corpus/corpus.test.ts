import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.js';
import { TOPICS } from '../core/types.js';
import type { Language } from '../core/types.js';
import { CORPUS_INFO, PASSAGES, QUERIES } from './index.js';

const LANGS: readonly Language[] = ['ko', 'en'];
const byId = new Map(PASSAGES.map((p) => [p.id, p]));
const ID = new RegExp(`^(ko|en)-(${TOPICS.join('|')})-\\d\\d$`);

/** Analyzer terms a query shares with one passage. */
function shared(query: string, passageId: string): string[] {
  const passageTerms = new Set(analyze(byId.get(passageId)!.text));
  return [...new Set(analyze(query))].filter((t) => passageTerms.has(t));
}

describe('built-in passages', () => {
  it('has at least 150 passages, 75 per language', () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(150);
    for (const lang of LANGS) expect(PASSAGES.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(75);
  });

  it('has unique ids of the form <lang>-<topic>-NN that agree with lang and topic', () => {
    expect(byId.size).toBe(PASSAGES.length);
    for (const p of PASSAGES) {
      const m = ID.exec(p.id);
      expect(m, p.id).not.toBeNull();
      expect(m![1], p.id).toBe(p.lang);
      expect(m![2], p.id).toBe(p.topic);
    }
  });

  it('covers every topic in both languages', () => {
    for (const lang of LANGS) {
      for (const topic of TOPICS) {
        expect(
          PASSAGES.filter((p) => p.lang === lang && p.topic === topic).length,
          `${lang} ${topic}`,
        ).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('keeps every text between 150 and 450 characters and every title short', () => {
    for (const p of PASSAGES) {
      expect(p.text.length, p.id).toBeGreaterThanOrEqual(150);
      expect(p.text.length, p.id).toBeLessThanOrEqual(450);
      expect(p.text, p.id).toBe(p.text.trim());
      expect(p.title.length, p.id).toBeGreaterThan(0);
      expect(p.title.length, p.id).toBeLessThanOrEqual(60);
    }
  });

  it('gives every source as an https URL', () => {
    for (const p of PASSAGES) {
      if (p.source === undefined) continue;
      const url = new URL(p.source);
      expect(url.protocol, p.id).toBe('https:');
    }
  });
});

describe('labelled queries', () => {
  it('has at least 40 queries, 20 per language, with unique ids', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const lang of LANGS) expect(QUERIES.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
    expect(new Set(QUERIES.map((q) => q.id)).size).toBe(QUERIES.length);
  });

  it('names 1-3 existing relevant passages in the query language', () => {
    for (const q of QUERIES) {
      expect(q.relevant.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.relevant.length, q.id).toBeLessThanOrEqual(3);
      expect(new Set(q.relevant).size, q.id).toBe(q.relevant.length);
      for (const id of q.relevant) {
        expect(byId.has(id), `${q.id} → ${id}`).toBe(true);
        expect(byId.get(id)!.lang, `${q.id} → ${id}`).toBe(q.lang);
      }
    }
  });

  it('has at least 10 paraphrase queries per language', () => {
    for (const lang of LANGS) {
      expect(QUERIES.filter((q) => q.lang === lang && q.kind === 'paraphrase').length).toBeGreaterThanOrEqual(10);
    }
  });

  it('shares no analyzer term between a paraphrase query and any of its relevant passages', () => {
    for (const q of QUERIES.filter((x) => x.kind === 'paraphrase')) {
      for (const id of q.relevant) expect(shared(q.text, id), `${q.id} vs ${id}`).toEqual([]);
    }
  });

  it('shares at least one analyzer term between a keyword query and one of its relevant passages', () => {
    for (const q of QUERIES.filter((x) => x.kind === 'keyword')) {
      expect(
        q.relevant.some((id) => shared(q.text, id).length > 0),
        q.id,
      ).toBe(true);
    }
  });
});

describe('CORPUS_INFO', () => {
  it('reports counts computed from the arrays', () => {
    expect(CORPUS_INFO.passages).toBe(PASSAGES.length);
    expect(CORPUS_INFO.queries).toBe(QUERIES.length);
    expect(CORPUS_INFO.passagesByLanguage.ko + CORPUS_INFO.passagesByLanguage.en).toBe(PASSAGES.length);
    expect(CORPUS_INFO.licence).toBe('MIT, written for tensorscope');
  });
});
