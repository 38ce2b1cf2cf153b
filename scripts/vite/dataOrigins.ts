/**
 * The other origins a dataset may be opened from by URL (`?data=`, src/remote/), named at build time:
 * `OCOP_DATA_ORIGINS="https://du-lieu.so-cong-thuong.gov.vn,http://10.0.0.5:8080" npm run build`.
 * They go into the Content-Security-Policy's connect-src, which the page reads back
 * (src/remote/allowedOrigins.ts) to refuse any other origin with a clear message before asking. The page's
 * own origin needs no setting.
 */
export function dataOrigins(setting: string | undefined = process.env.OCOP_DATA_ORIGINS): string[] {
  const origins: string[] = [];
  for (const item of (setting ?? '').split(/[,\s]+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new Error(
        `OCOP_DATA_ORIGINS: "${item}" is not an origin (write it as https://host or http://host:port)`,
      );
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin === 'null')
      throw new Error(`OCOP_DATA_ORIGINS: "${item}" is not an http(s) origin`);
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}
