import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@tensorscope/transformer',
    environment: 'happy-dom',
    setupFiles: ['../../vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
  },
});
