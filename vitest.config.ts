import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every Storybook story runs as a test in headless Chromium, with its play function and an
// accessibility check (a11y violations fail the story). Package tests run through turbo.
export default defineConfig({
  test: {
    projects: [
      {
        // The fuzz suite over every published export (fuzz/), against the built packages.
        test: {
          name: 'fuzz',
          environment: 'happy-dom',
          include: ['fuzz/**/*.test.ts'],
          setupFiles: ['./vitest.setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
