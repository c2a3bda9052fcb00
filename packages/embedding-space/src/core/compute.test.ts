import { expect, it } from 'vitest';
import { loadRuntime, loadTensorCore } from './compute.js';

it('loads tensor-core once and hands every caller the same module', async () => {
  const [a, b] = await Promise.all([loadTensorCore(), loadTensorCore()]);
  expect(a).toBe(b);
  expect(typeof a.pca).toBe('function');
});

it('shares one runtime per options object', async () => {
  const options = { backends: ['cpu' as const] };
  expect(loadRuntime(options)).toBe(loadRuntime(options));
  expect(loadRuntime()).toBe(loadRuntime());
  expect((await loadRuntime(options)).backend).toBe('cpu');
});
