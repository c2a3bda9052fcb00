// tensorscope's AttentionHeatmap vs @visx/heatmap's SVG HeatmapRect on the same seeded attention,
// in headless Chromium on a production build of bench/attention-heatmap-page (React production
// mode, as users run it): time to the first drawn frame at 512 (1 and 12 heads), 2,048 and 8,192
// tokens, DOM node counts, and hover → highlight latency. Needs the built packages (`npm run bench`
// builds them first).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { runPageBench } from './page-runner.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));

export default async function run() {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'attention-bench-'));
  const root = path.join(dir, 'attention-heatmap-page');
  await build({ root, logLevel: 'error', plugins: [react()], build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  try {
    return await runPageBench({
      url: server.resolvedUrls.local[0],
      viewport: { width: 1280, height: 1000 },
      readyTimeoutMs: 60_000,
      onConsole: (m) => {
        if (m.type() === 'error') console.error('page:', m.text());
        else if (m.text().startsWith('row ')) console.log(`  ${m.text()}`);
      },
    });
  } finally {
    await new Promise((resolve) => server.httpServer.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
}
