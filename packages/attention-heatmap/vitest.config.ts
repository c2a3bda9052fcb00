import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@tensorscope/attention-heatmap',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
  },
});
