import { formatNumber } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useState } from 'react';
import topics from '../../../data/glove/topics.json';
import { findLabel, type EmbeddingData } from '../src/core/index.js';
import { loadGlove20k } from './gloveData.js';

/** The unit-length vector of `word` (first occurrence when the word appears twice). */
function unitRow(data: EmbeddingData, word: string): Float32Array {
  const index = findLabel(data, word);
  if (index === undefined) throw new Error(`“${word}” is not among the loaded words.`);
  const row = data.vectors.slice(index * data.dimensions, (index + 1) * data.dimensions);
  let norm = 0;
  for (const v of row) norm += v * v;
  norm = Math.sqrt(norm);
  return row.map((v) => v / norm);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

export interface WordDistancesResult {
  words: number;
  toSchool: number;
  toToday: number;
  nearerSchool: number;
}

/** Mean cosine similarity of the sports words to 'school' and to 'today', on the real vectors. */
export function sportsVersusSchoolAndToday(data: EmbeddingData): WordDistancesResult {
  const school = unitRow(data, 'school');
  const today = unitRow(data, 'today');
  let toSchool = 0;
  let toToday = 0;
  let nearerSchool = 0;
  const sports = (topics as Record<string, string[]>).sports!;
  for (const word of sports) {
    const v = unitRow(data, word);
    const s = cosine(v, school);
    const t = cosine(v, today);
    toSchool += s;
    toToday += t;
    if (s > t) nearerSchool++;
  }
  return { words: sports.length, toSchool: toSchool / sports.length, toToday: toToday / sports.length, nearerSchool };
}

/** A live table: are sports words nearer 'school' or 'today'? Computed in the page from the 20k GloVe words. */
export function WordDistances() {
  const { locale } = useTensorscopeSettings({});
  const [result, setResult] = useState<WordDistancesResult | null>(null);
  useEffect(() => {
    void loadGlove20k().then((data) => setResult(sportsVersusSchoolAndToday(data)));
  }, []);
  if (!result) return <p>…</p>;
  const f = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  const ko = locale === 'ko';
  return (
    <table style={{ borderCollapse: 'collapse', fontSize: 14 }} data-testid="word-distances">
      <caption style={{ textAlign: 'left' }}>
        {ko
          ? `스포츠 단어 ${result.words}개와의 평균 코사인 유사도 (GloVe 100차원)`
          : `Mean cosine similarity of ${result.words} sports words (GloVe, 100 dimensions)`}
      </caption>
      <tbody>
        <tr>
          <th scope="row" style={{ textAlign: 'left', paddingRight: 12 }}>
            {ko ? "'school'까지" : "to 'school'"}
          </th>
          <td data-testid="to-school">{f(result.toSchool)}</td>
        </tr>
        <tr>
          <th scope="row" style={{ textAlign: 'left', paddingRight: 12 }}>
            {ko ? "'today'까지" : "to 'today'"}
          </th>
          <td data-testid="to-today">{f(result.toToday)}</td>
        </tr>
        <tr>
          <th scope="row" style={{ textAlign: 'left', paddingRight: 12 }}>
            {ko ? "'school'에 더 가까운 단어" : "words nearer 'school'"}
          </th>
          <td data-testid="nearer-school">
            {result.nearerSchool} / {result.words}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
