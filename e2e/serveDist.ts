import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built dist/ (what users deploy) on a free localhost port for the whole run. */
export default async function serveDist(project: TestProject) {
  const root = resolve(import.meta.dirname, '..');
  // E2E_DIST lets two engineers test their own builds side by side (`vite build --outDir …`).
  const outDir = resolve(root, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir} is missing: run \`npm run build\` before the browser tests`);
  }
  // A sub-path, as on an intranet server: proves the relative base works.
  const server = await preview({
    root,
    base: '/dashboard/',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
