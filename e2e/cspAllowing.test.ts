import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../scripts/vite/contentSecurityPolicy';
import { withConnectOrigins } from './cspAllowing';

// The tag as Vite writes it into dist/index.html (quotes escaped as &#39;).
const page = (policy: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}"><title>x</title></head></html>`;

describe('withConnectOrigins', () => {
  it('adds the origins to connect-src only, keeping the rest of the built policy', () => {
    const html = withConnectOrigins(page(contentSecurityPolicy()), [
      'http://127.0.0.1:4000',
      'https://data.example.vn',
    ]);
    const policy = html.match(/content="([^"]*)"/)?.[1]?.replaceAll('&#39;', "'") ?? '';
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['connect-src']).toBe(
      "connect-src 'self' http://127.0.0.1:4000 https://data.example.vn",
    );
    expect(directives['script-src']).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy.replace(' http://127.0.0.1:4000 https://data.example.vn', '')).toBe(
      contentSecurityPolicy(),
    );
  });

  it('works on the built page when there is one, and refuses a page without the tag', () => {
    const built = resolve(import.meta.dirname, '..', 'dist', 'index.html');
    let html: string | null = null;
    try {
      html = readFileSync(built, 'utf8');
    } catch {
      // No build in this checkout: the synthetic page above covers the rewrite.
    }
    if (html)
      expect(withConnectOrigins(html, ['http://127.0.0.1:1'])).toContain(
        'connect-src &#39;self&#39; http://127.0.0.1:1;',
      );
    expect(() => withConnectOrigins('<html></html>', ['http://x'])).toThrow(/no Content-Security-Policy/);
  });
});
