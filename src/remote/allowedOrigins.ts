/** Named at build time from OCOP_DATA_ORIGINS (scripts/vite/dataOrigins.ts); absent under vitest. */
declare const __OCOP_DATA_ORIGINS__: readonly string[] | undefined;

const BUILT_IN: readonly string[] = typeof __OCOP_DATA_ORIGINS__ === 'undefined' ? [] : __OCOP_DATA_ORIGINS__;

/**
 * Whether a dataset may be read from `url`: the page's own origin always, another one only when the
 * build named it (it is then also in the Content-Security-Policy's connect-src, so the browser agrees).
 */
export function originAllowed(
  url: string,
  pageOrigin: string,
  allowed: readonly string[] = BUILT_IN,
): boolean {
  const origin = new URL(url).origin;
  return origin === pageOrigin || allowed.includes(origin);
}
