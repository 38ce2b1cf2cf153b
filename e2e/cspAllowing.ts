import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type RangeServer, startRangeServer } from './rangeServer';

/**
 * The built page with more origins in its CSP's connect-src: what a build with `OCOP_DATA_ORIGINS`
 * (issue 17: origins a deployment lets the page read datasets from) writes. Tests of a dataset on another
 * origin need it, or the page's own policy blocks the request before the server (or its CORS) is asked.
 */
export function withConnectOrigins(html: string, origins: readonly string[]): string {
  const meta = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;
  const found = html.match(meta);
  if (!found) throw new Error('The page has no Content-Security-Policy meta tag');
  const policy = (found[2] ?? '').replaceAll('&#39;', "'");
  const directives = policy.split(';').map((d) => d.trim());
  const i = directives.findIndex((d) => d.startsWith('connect-src '));
  if (i < 0) throw new Error('The page’s CSP has no connect-src');
  directives[i] = [directives[i], ...origins].join(' ');
  const written = directives.join('; ').replaceAll("'", '&#39;');
  return html.replace(
    meta,
    (_all, open: string, _policy: string, close: string) => `${open}${written}${close}`,
  );
}

/**
 * A copy of the built site (`distDir`) on its own loopback server, its page allowing `origins` in
 * connect-src: the dashboard as such a build deploys it. Open `server.url('/')`. A real server, not a
 * Playwright route: Chromium places a page Playwright fulfilled in the public address space, and then
 * refuses its requests to loopback (Local Network Access), which no deployment would meet.
 */
export function serveDistAllowing(distDir: string, origins: readonly string[]): Promise<RangeServer> {
  const html = withConnectOrigins(readFileSync(resolve(distDir, 'index.html'), 'utf8'), origins);
  return startRangeServer({ dir: distDir, files: { '/index.html': html } });
}
