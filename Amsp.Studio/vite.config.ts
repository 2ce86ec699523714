import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The host serves the build at /studio/ (Amsp.Host/Studio). `npm run dev` proxies the API to a host on :5080.
export default defineConfig({
  base: '/studio/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The layout engine (elkjs) is a large compiled library loaded only when a layout is needed.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:5080', '/openapi': 'http://127.0.0.1:5080' },
  },
});
