import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyMeta } from './scripts/vite/cspPlugin.ts';
import { fontPreload } from './scripts/vite/fontPreloadPlugin.ts';
import { precompress } from './scripts/vite/precompressPlugin.ts';
import { shippedData } from './scripts/vite/shippedDataPlugin.ts';
import { overviewSnapshot } from './scripts/vite/snapshotPlugin.ts';

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static server (intranet folders included).
  base: './',
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    overviewSnapshot(),
    shippedData(),
    fontPreload(),
    precompress(),
  ],
  build: {
    target: 'es2022',
    // Data and wasm stay files of their own: a data: URL would bypass caching and a strict connect-src.
    assetsInlineLimit: (file) => (/\.(csv|wasm)$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The benchmark's floor page (DuckDB alone) ships beside the app; nothing links to it.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        duckdbBare: fileURLToPath(new URL('./scripts/bench/duckdb-bare.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
