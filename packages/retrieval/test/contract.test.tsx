// @vitest-environment node
// The package contract (docs/architecture.md): its public API, server rendering and size budget,
// checked against the BUILT package (turbo builds before it tests).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDist } from '../../../scripts/dist-contents.mjs';

it('exports exactly the public API', async () => {
  expect(Object.keys(await import('@tensorscope/retrieval')).sort()).toEqual([
    'Retrieval',
    'RETRIEVAL_ERROR_CODES',
    'createRetrievalController',
    'loadRetrieval',
  ].sort());
  expect(Object.keys(await import('@tensorscope/retrieval/core')).sort()).toEqual([
    'RETRIEVAL_ERROR_CODES',
    'createRetrievalController',
    'loadRetrieval',
  ].sort());
  expect(Object.keys(await import('@tensorscope/retrieval/element')).sort()).toEqual([
    'RetrievalElement',
    'RETRIEVAL_TAG',
    'defineRetrievalElement',
  ].sort());
});

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { Retrieval } = await import('@tensorscope/retrieval');
  const { defineRetrievalElement } = await import('@tensorscope/retrieval/element');
  const { renderToString } = await import('react-dom/server');
  expect(defineRetrievalElement()).toBe(false);
  const html = renderToString(<Retrieval data={{ labels: ['a', 'b'], values: [1, 2] }} locale="ko" />);
  expect(html).toContain('선택: a');
  expect(renderToString(<Retrieval data="not json" />)).toContain('role="alert"');
});

it('is small and carries neither tfjs nor three', () => {
  const { files, imports, gzipBytes } = readDist(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  expect(files.length).toBeGreaterThan(3);
  for (const specifier of imports) expect(specifier).not.toMatch(/@tensorflow|^three($|\/)|@react-three/);
  expect(gzipBytes).toBeLessThanOrEqual(20 * 1024);
});
