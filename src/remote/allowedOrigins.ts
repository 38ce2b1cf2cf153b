/**
 * The origins a dataset may be read from besides the page's own: those the page's Content-Security-Policy
 * lets it connect to. The build writes them there from OCOP_DATA_ORIGINS (scripts/vite/dataOrigins.ts);
 * reading them back from the served page keeps one list, and the page's refusal (said in words, before
 * asking) agrees with the browser's. A worker's requests are not under the page's meta tag, so this check
 * is what holds the Parquet worker to the same list.
 */
export function connectOrigins(
  doc: Pick<Document, 'querySelector'> | undefined = globalThis.document,
): string[] {
  const policy =
    doc?.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content ?? '';
  const connect = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  const origins: string[] = [];
  for (const source of connect?.slice(1) ?? []) {
    try {
      const url = new URL(source);
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.push(url.origin);
    } catch {
      // 'self', 'none' and the like: not an origin.
    }
  }
  return origins;
}

/** Whether a dataset may be read from `url`: the page's own origin always, another one only when allowed. */
export function originAllowed(
  url: string,
  pageOrigin: string,
  allowed: readonly string[] = connectOrigins(),
): boolean {
  const origin = new URL(url).origin;
  return origin === pageOrigin || allowed.includes(origin);
}
