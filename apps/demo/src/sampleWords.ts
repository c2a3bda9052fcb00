/** 21 words placed by hand in three groups, to show "related words sit close together". */
const GROUPS: { centre: [number, number, number]; words: string[] }[] = [
  { centre: [1, 0.2, -0.4], words: ['cat', 'dog', 'horse', 'tiger', 'rabbit', '고양이', '강아지'] },
  { centre: [-0.8, 0.9, 0.3], words: ['apple', 'banana', 'cherry', 'grape', 'peach', '사과', '포도'] },
  { centre: [-0.2, -1, 0.8], words: ['Korea', 'Japan', 'France', 'Brazil', 'Kenya', '한국', '일본'] },
];

export function sampleWords(): { points: Float32Array; labels: string[] } {
  const labels: string[] = [];
  const values: number[] = [];
  for (const { centre, words } of GROUPS) {
    words.forEach((word, i) => {
      labels.push(word);
      const angle = (i / words.length) * Math.PI * 2;
      values.push(
        centre[0] + 0.3 * Math.cos(angle),
        centre[1] + 0.3 * Math.sin(angle),
        centre[2] + 0.15 * Math.sin(2 * angle),
      );
    });
  }
  return { points: new Float32Array(values), labels };
}
