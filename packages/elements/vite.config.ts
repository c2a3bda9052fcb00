import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(dirname, 'dist/browser');
const require = createRequire(import.meta.url);
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

/** Copies tfjs's .wasm binaries (and the transformer's built-in checkpoint) next to the bundle: the page serves them from its own origin. */
function copyTfjsWasm(): Plugin {
  return {
    name: 'tensorscope-copy-tfjs-wasm',
    apply: 'build',
    async writeBundle() {
      const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
      await mkdir(outDir, { recursive: true });
      for (const file of WASM_FILES) await copyFile(path.join(wasmDir, file), path.join(outDir, file));
      // The transformer element's built-in checkpoint (see src/browser.ts).
      const checkpoint = require.resolve('@tensorscope/transformer/checkpoints/induction.tsgpt');
      await copyFile(checkpoint, path.join(outDir, 'induction.tsgpt'));
    },
  };
}

// The browser bundle for plain HTML pages without a bundler: one module script,
// dist/browser/tensorscope-elements.js, with React bundled in and every component, three.js and
// tfjs backend in chunks loaded on first use. No eval, no CDN.
export default defineConfig({
  plugins: [react(), copyTfjsWasm()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    lib: {
      entry: path.join(dirname, 'src/browser.ts'),
      formats: ['es'],
      fileName: () => 'tensorscope-elements.js',
    },
    rolldownOptions: {
      output: {
        // three.js and tfjs-core in chunks of their own (embedding-space's main module imports a
        // three.js material, so without this three.js would sit inside the explorer's chunk).
        codeSplitting: {
          groups: [
            { name: 'three', test: /[\\/]node_modules[\\/]three[\\/]/ },
            { name: 'tfjs-core', test: /[\\/]node_modules[\\/]@tensorflow[\\/]tfjs-core[\\/]/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
});
