import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import csp from './csp.json' with { type: 'json' };

/**
 * The strict Content-Security-Policy of csp.json. `vite preview` (`npm start`, the e2e test and
 * the bench) sends it with every response. The dev server does not: React refresh injects an
 * inline script there.
 */
export const CONTENT_SECURITY_POLICY = csp.directives.join('; ');

export default defineConfig({
  plugins: [react()],
  // 'spa' (the default): `vite preview` answers /embed/<view> with index.html.
  appType: 'spa',
  build: {
    // three.js, tfjs and the tokenizer's vocabulary are lazy chunks; they are large by nature.
    chunkSizeWarningLimit: 3000,
  },
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
