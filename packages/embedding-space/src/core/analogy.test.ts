import { describe, expect, it } from 'vitest';
import { analogyVector, parseAnalogy } from './analogy.js';
import type { EmbeddingData } from './embeddingData.js';

describe('parseAnalogy', () => {
  it.each([
    ['king - man + woman', { a: 'man', b: 'king', c: 'woman' }],
    ['king − man + woman', { a: 'man', b: 'king', c: 'woman' }],
    ['king−man + woman', { a: 'man', b: 'king', c: 'woman' }],
    ['  woman + king - man ', { a: 'man', b: 'woman', c: 'king' }],
    ['- man + king + woman', { a: 'man', b: 'king', c: 'woman' }],
    ['paris - france + new york', { a: 'france', b: 'paris', c: 'new york' }],
    ['e-mail - letter + c++', { a: 'letter', b: 'e-mail', c: 'c++' }],
    ['man : king :: woman : ?', { a: 'man', b: 'king', c: 'woman' }],
    ['man:king::woman', { a: 'man', b: 'king', c: 'woman' }],
  ])('reads %j', (text, terms) => {
    expect(parseAnalogy(text)).toEqual(terms);
  });

  it.each([
    ['', /it is empty/],
    ['king', /1 added and 0 subtracted terms/],
    ['king-man+woman', /1 added and 0 subtracted/],
    ['king - man', /1 added and 1 subtracted term;/],
    ['king - man - woman', /1 added and 2 subtracted/],
    ['king - - man + woman', /two operators follow each other/],
    ['king - man +', /ends with an operator/],
    ['man : king :: woman : queen', /fourth term should be "\?"/],
    ['man king :: woman', /"man king" is not two words/],
    ['a : b :: c :: d', /more than one "::"/],
  ])('explains what is wrong with %j', (text, message) => {
    expect(() => parseAnalogy(text)).toThrow(message);
    expect(() => parseAnalogy(text)).toThrow(/Expected the form "king - man \+ woman"/);
  });
});

describe('analogyVector', () => {
  const data: EmbeddingData = {
    vectors: new Float32Array([2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0]),
    count: 4,
    dimensions: 3,
    labels: ['king', 'man', 'woman', 'void'],
    columns: [],
  };

  it('is b̂ − â + ĉ on unit vectors and excludes the three words', () => {
    const result = analogyVector(data, parseAnalogy('king - man + woman'));
    expect(Array.from(result.vector)).toEqual([1, -1, 1]);
    expect(result.exclude).toEqual([0, 1, 2]);
  });

  it('lists repeated words once', () => {
    expect(analogyVector(data, { a: 'man', b: 'king', c: 'king' }).exclude).toEqual([0, 1]);
  });

  it('rejects unknown labels and zero vectors', () => {
    expect(() => analogyVector(data, { a: 'Man', b: 'king', c: 'woman' })).toThrow(
      /Unknown analogy term a .*"Man".*Did you mean "man"/,
    );
    expect(() => analogyVector(data, { a: 'void', b: 'king', c: 'woman' })).toThrow(/"void" .* has length 0/);
  });
});
