import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDistAllowing } from './cspAllowing';
import { chromiumForFile } from './fixtures';
import { waitForOverview } from './overviewPage';
import { fetchBytesSent, type RangeServer, resetBytesSent, startRangeServer } from './rangeServer';

/*
 * The test servers of datasets by URL (issue 17) as the built page meets them in Chromium, under its CSP:
 * independent of the feature, so that its journeys (remoteData.e2e.ts) fail for the feature's reasons.
 */
const browser = chromiumForFile();
const FILE = Uint8Array.from({ length: 4096 }, (_, i) => i % 256);

/** What a fetch from the page got: status and body length, or the error it threw. */
async function fetchFromPage(page: Page, url: string, range?: string) {
  return page.evaluate(
    async ({ url, range }) => {
      try {
        const response = await fetch(url, range ? { headers: { Range: range } } : {});
        return { status: response.status, bytes: (await response.arrayBuffer()).byteLength, error: null };
      } catch (error) {
        return { status: 0, bytes: 0, error: String(error) };
      }
    },
    { url, range },
  );
}

describe('the range servers, from the built page', () => {
  let withCors: RangeServer;
  let withoutCors: RangeServer;

  beforeAll(async () => {
    writeFileSync(join(inject('testDataDir'), 'probe.parquet'), FILE);
    withCors = await startRangeServer({ files: { '/probe.parquet': FILE }, cors: '*' });
    withoutCors = await startRangeServer({ files: { '/probe.parquet': FILE } });
  });
  afterAll(async () => {
    await Promise.all([withCors?.close(), withoutCors?.close()]);
  });

  it('serves the page’s own origin under /test-data with ranges, and counts what the page read', async () => {
    const { page, context, cspViolations } = await browser.openPage();
    await page.goto(inject('baseUrl'));
    const mount = inject('testDataUrl');
    await resetBytesSent(mount);
    expect(await fetchFromPage(page, `${mount}/probe.parquet`, 'bytes=100-355')).toEqual({
      status: 206,
      bytes: 256,
      error: null,
    });
    expect(await fetchBytesSent(mount, '/probe.parquet')).toBe(256);
    expect(await fetchFromPage(page, `${inject('testDataNoRangeUrl')}/probe.parquet`, 'bytes=0-9')).toEqual({
      status: 200,
      bytes: 4096,
      error: null,
    });
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the page read another origin only when its CSP allows it and the server sends CORS headers', async () => {
    const { page, context, cspViolations, consoleErrors } = await browser.openPage();
    // The built page's own policy: another origin is refused before any request.
    await page.goto(inject('baseUrl'));
    expect((await fetchFromPage(page, withCors.url('/probe.parquet'), 'bytes=0-9')).error).not.toBeNull();
    // The violation event reaches the test a moment after the fetch failed.
    await expect.poll(() => cspViolations.some((v) => v.startsWith('connect-src'))).toBe(true);
    expect(withCors.bytesSent()).toBe(0);

    // A build allowing both test origins (what OCOP_DATA_ORIGINS writes).
    const dist = resolve(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
    const allowing = await serveDistAllowing(dist, [withCors.origin, withoutCors.origin]);
    await page.goto(allowing.url('/'));
    // The copy is the whole dashboard: it draws the overview from DuckDB.
    await waitForOverview(page);
    cspViolations.length = 0;
    expect(await fetchFromPage(page, withCors.url('/probe.parquet'), 'bytes=-16')).toEqual({
      status: 206,
      bytes: 16,
      error: null,
    });
    expect(withCors.bytesSent('/probe.parquet')).toBe(16);
    // No CORS headers: the browser keeps the answer from the page.
    const refused = await fetchFromPage(page, withoutCors.url('/probe.parquet'), 'bytes=0-9');
    expect(refused.error).toMatch(/Failed to fetch/);
    expect(cspViolations).toEqual([]);
    await expect.poll(() => consoleErrors.some((e) => /CORS/.test(e))).toBe(true);
    await context.close();
    await allowing.close();
  });
});
