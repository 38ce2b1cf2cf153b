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

  it('uses relative URLs so it works from any sub-path', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('./'), url).toBe(true);
  });
});
