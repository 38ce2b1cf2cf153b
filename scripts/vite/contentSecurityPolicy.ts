/**
 * The Content-Security-Policy of the built site, written into every page as a meta tag (the site is
 * static: no server to send the header). What each source is for:
 * - script-src 'self' 'wasm-unsafe-eval': our own modules only, no inline script, no eval; compiling
 *   DuckDB's WebAssembly is the one thing 'wasm-unsafe-eval' allows.
 * - worker-src / connect-src 'self': DuckDB's and the import's workers, the wasm, the bundled CSVs, the
 *   map geometry and the snapshot all come from the same origin; nothing is fetched from elsewhere,
 *   except datasets opened by URL from the origins named at build time (scripts/vite/dataOrigins.ts).
 * - img-src data: blob:: chart exports render through data:/blob: URLs, the department logo is a data: URL.
 * - style-src 'unsafe-inline': ECharts' tooltips are HTML strings with style attributes (the colour
 *   markers), which a stricter policy refuses; a trial without it also reported violations when an
 *   exported SVG was parsed in the page. Styles cannot run code, and data text is escaped before it
 *   reaches any HTML.
 * A meta tag cannot carry frame-ancestors or report-to; a host that can send headers should add them.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

export function contentSecurityPolicy(dataOrigins: readonly string[] = []): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(
      ([directive, sources]) =>
        `${directive} ${(directive === 'connect-src' ? [...sources, ...dataOrigins] : sources).join(' ')}`,
    )
    .join('; ');
}
