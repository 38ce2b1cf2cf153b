import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { rangeServerPlugin } from './rangeServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A folder the tests write dataset files into; the dashboard's own origin serves it (below). */
    testDataDir: string;
    /** `<origin>/test-data`: testDataDir with byte ranges, and its counters (e2e/rangeServer.ts). */
    testDataUrl: string;
    /** `<origin>/test-data-no-range`: the same folder from a server without Range support. */
    testDataNoRangeUrl: string;
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
  // Datasets opened by URL (`?data=`) from the page's own origin, as a department would publish them.
  const testDataDir = mkdtempSync(join(tmpdir(), 'ocop-e2e-data-'));
  const { plugin } = rangeServerPlugin([
    { prefix: '/test-data', dir: testDataDir },
    { prefix: '/test-data-no-range', dir: testDataDir, ranges: false },
  ]);
  // A sub-path, as on an intranet server: proves the relative base works.
  const server = await preview({
    root,
    base: '/dashboard/',
    build: { outDir },
    plugins: [plugin],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const origin = new URL(url).origin;
  project.provide('baseUrl', url);
  project.provide('testDataDir', testDataDir);
  project.provide('testDataUrl', `${origin}/test-data`);
  project.provide('testDataNoRangeUrl', `${origin}/test-data-no-range`);
  return async () => {
    await server.close();
    rmSync(testDataDir, { recursive: true, force: true });
  };
}
