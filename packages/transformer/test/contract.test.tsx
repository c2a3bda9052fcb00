// @vitest-environment node
// The package contract (docs/architecture.md): its public API, server rendering and size budget,
// checked against the BUILT package (turbo builds before it tests).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDist } from '../../../scripts/dist-contents.mjs';

it('exports exactly the public API', async () => {
  expect(Object.keys(await import('@tensorscope/transformer')).sort()).toEqual([
    'Transformer',
    'TRANSFORMER_ERROR_CODES',
    'createTransformerController',
    'loadTransformer',
  ].sort());
  expect(Object.keys(await import('@tensorscope/transformer/core')).sort()).toEqual([
    'TRANSFORMER_ERROR_CODES',
    'createTransformerController',
    'loadTransformer',
  ].sort());
  expect(Object.keys(await import('@tensorscope/transformer/element')).sort()).toEqual([
    'TransformerElement',
    'TRANSFORMER_TAG',
    'defineTransformerElement',
  ].sort());
});

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { Transformer } = await import('@tensorscope/transformer');
  const { defineTransformerElement } = await import('@tensorscope/transformer/element');
  const { renderToString } = await import('react-dom/server');
  expect(defineTransformerElement()).toBe(false);
  const html = renderToString(<Transformer data={{ labels: ['a', 'b'], values: [1, 2] }} locale="ko" />);
  expect(html).toContain('선택: a');
  expect(renderToString(<Transformer data="not json" />)).toContain('role="alert"');
});

it('is small and carries neither tfjs nor three', () => {
  const { files, imports, gzipBytes } = readDist(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  expect(files.length).toBeGreaterThan(3);
  for (const specifier of imports) expect(specifier).not.toMatch(/@tensorflow|^three($|\/)|@react-three/);
  expect(gzipBytes).toBeLessThanOrEqual(20 * 1024);
});
