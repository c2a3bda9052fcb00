import { createSeededRandom, gaussian } from '@tensorscope/common';

const GROUPS: Record<string, { centre: [number, number, number]; words: string[] }> = {
  animals: { centre: [1, 0.2, -0.4], words: ['cat', 'dog', 'horse', 'tiger', 'rabbit', '고양이', '강아지'] },
  fruit: { centre: [-0.8, 0.9, 0.3], words: ['apple', 'banana', 'cherry', 'grape', 'peach', '사과', '포도'] },
  countries: { centre: [-0.2, -1, 0.8], words: ['Korea', 'Japan', 'France', 'Brazil', 'Kenya', '한국', '일본'] },
};

/** Deterministic clusters of labelled points (seeded), shaped like a projected word-vector space. */
export function sampleWords(seed: number, dimensions: 2 | 3 = 3): { points: Float32Array; labels: string[] } {
  const random = createSeededRandom(seed);
  const labels: string[] = [];
  const values: number[] = [];
  for (const { centre, words } of Object.values(GROUPS)) {
    for (const word of words) {
      labels.push(word);
      for (let d = 0; d < dimensions; d++) values.push((centre[d] ?? 0) + 0.25 * gaussian(random));
    }
  }
  return { points: new Float32Array(values), labels };
}
