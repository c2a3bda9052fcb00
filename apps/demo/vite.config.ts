import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // three.js and tfjs are split into lazy chunks; they are large by nature.
    chunkSizeWarningLimit: 1200,
  },
});
