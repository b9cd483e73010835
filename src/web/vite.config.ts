/**
 * Builds the web app (React + Ant Design) into dist/web, which `jixiao serve` serves at `/`.
 * Routes are lazy; the heavy libraries get their own chunks so the sign-in page loads little.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Long-lived vendor chunks: they change less often than the app and cache separately. */
const VENDOR_GROUPS = [
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
  },
];

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome111',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: VENDOR_GROUPS } },
    },
  },
  server: {
    // `npx vite --config src/web/vite.config.ts` beside `jixiao serve --port 3000`.
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
