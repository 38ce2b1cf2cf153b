import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
const assets = readdirSync(resolve(DIST, 'assets'));

// Hosts that would make the dashboard depend on the internet for code, fonts or tiles.
const CDN_HOSTS = [
  'cdn.jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'esm.sh',
  'cdn.skypack.dev',
  'tile.openstreetmap.org',
  'api.mapbox.com',
];

describe('the built site is self-contained', () => {
  it('ships the DuckDB wasm and worker, precompressed', () => {
    for (const pattern of [/^duckdb-eh-.*\.wasm$/, /^duckdb-browser-eh\.worker-.*\.js$/]) {
      const file = assets.find((name) => pattern.test(name));
      expect(file, String(pattern)).toBeDefined();
      expect(assets).toContain(`${file}.gz`);
      expect(assets).toContain(`${file}.br`);
    }
  });

  it('references no CDN host in its HTML, JavaScript or CSS', () => {
    const files = [
      'index.html',
      ...assets.filter((n) => /\.(js|css|html)$/.test(n)).map((n) => `assets/${n}`),
    ];
    for (const file of files) {
      const text = readFileSync(resolve(DIST, file), 'utf8');
      for (const host of CDN_HOSTS) expect(text.includes(host), `${file} mentions ${host}`).toBe(false);
    }
  });

  it('keeps the workbook reader out of the page: a chunk the import worker loads on a workbook, without eval', () => {
    // SheetJS's own error text marks the chunk that holds it.
    const holders = assets.filter(
      (n) =>
        n.endsWith('.js') && readFileSync(resolve(DIST, 'assets', n), 'utf8').includes('password-protected'),
    );
    expect(holders).toHaveLength(1);
    const chunk = holders[0] ?? '';
    const code = readFileSync(resolve(DIST, 'assets', chunk), 'utf8');
    // The site's CSP allows no eval beyond WebAssembly's.
    expect(code).not.toMatch(/\beval\(|new Function\(|\bFunction\(/);
    const referrers = [
      'index.html',
      ...assets.filter((n) => n.endsWith('.js')).map((n) => `assets/${n}`),
    ].filter(
      (file) => file !== `assets/${chunk}` && readFileSync(resolve(DIST, file), 'utf8').includes(chunk),
    );
    expect(referrers.map((file) => file.replace(/-[\w-]+\.js$/, ''))).toEqual(['assets/importWorker']);
    const worker = readFileSync(resolve(DIST, referrers[0] ?? ''), 'utf8');
    expect(worker).toContain(`import(\`./${chunk}\`)`);
  });

  it('uses relative URLs so it works from any sub-path', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('./'), url).toBe(true);
  });
});
