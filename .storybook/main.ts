import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/react-vite';

// The full GloVe set (341,479 words) for the "All 341k words" story, when `node scripts/glove.mjs`
// has prepared it (it is never part of `npm ci`).
const gloveCache = new URL('../bench/.cache/glove', import.meta.url).pathname;

const config: StorybookConfig = {
  stories: ['./Introduction.mdx', '../packages/*/stories/**/*.mdx', '../packages/*/stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: existsSync(gloveCache) ? [{ from: gloveCache, to: '/glove-full' }] : [],
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    // three.js stories are large by nature; the warning is expected here.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    return viteConfig;
  },
};
export default config;
