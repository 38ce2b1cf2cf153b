/**
 * Datasets opened by URL (`?data=<url>`, src/remote/): the bar `[data-opened-dataset]` with `data-state` =
 * loading | open | failed; on failure, inside it, `[role="alert"]` with `data-problem` = the problem's code
 * (src/remote/remoteProblem.ts). The KPI cards and charts are the overview's own.
 *
 * Files are served from the page's own origin (`/test-data/…`, e2e/serveDist.ts, with byte ranges;
 * `/test-data-no-range/…` without), or from servers of their own on other loopback origins, opened from a
 * copy of the built site whose CSP allows those origins (e2e/cspAllowing.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateOcopParquet } from '../scripts/generateOcopParquet';
import type { KpiId } from '../src/queries/overviewMetrics';
import { manifestText } from '../src/remote/manifest';
import { screenshotPath } from './browser';
import { serveDistAllowing } from './cspAllowing';
import { chromiumForFile } from './fixtures';
import { illustrativeParquet, ocopProductsKpi, queryParquet } from './fixtures/remoteData';
import { shownKpis } from './kpiCards';
import { waitForOverview } from './overviewPage';
import { fetchBytesSent, type RangeServer, resetBytesSent, startRangeServer } from './rangeServer';

const DIST = resolve(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');

const browser = chromiumForFile();
const BIG_ROWS = 10_000_000;
/** Opening 10M rows over HTTP on this 2-core machine: generous, the bench measures the time. */
const BIG_TIMEOUT = 300_000;
const STATUS = '[data-opened-dataset]';

const withData = (pageUrl: string, dataUrl: string) => `${pageUrl}?data=${encodeURIComponent(dataUrl)}`;

/** Waits until the opened dataset is open or failed; which one. */
async function openedState(page: Page, timeout = 60_000): Promise<string | null> {
  await page
    .locator(`${STATUS}[data-state="open"], ${STATUS}[data-state="failed"]`)
    .first()
    .waitFor({ state: 'attached', timeout });
  return page.locator(STATUS).first().getAttribute('data-state');
}

/** The failure the page shows: its problem code and text. */
async function shownProblem(page: Page): Promise<{ problem: string | null; text: string }> {
  const alert = page.locator(`${STATUS}[data-state="failed"] [role="alert"]`).first();
  await alert.waitFor({ timeout: 60_000 });
  return { problem: await alert.getAttribute('data-problem'), text: (await alert.innerText()).trim() };
}

describe('a dataset opened by URL', () => {
  let dataDir: string;
  let dataUrl: string;
  let bundledKpis: Record<KpiId, number | null>;
  let noCors: RangeServer;
  let closedOrigin: string;
  let allowing: RangeServer;
  let big: { path: string; bytes: number } | { error: string };

  beforeAll(async () => {
    dataDir = inject('testDataDir');
    dataUrl = inject('testDataUrl');

    // (a) A published set: manifest + ocop_products + mous, from the illustrative CSVs.
    const setDir = join(dataDir, 'set');
    const ocopRows = await illustrativeParquet('ocop_products', join(setDir, 'ocop_products.parquet'));
    const mouRows = await illustrativeParquet('mous', join(setDir, 'mous.parquet'));
    writeFileSync(
      join(setDir, 'manifest.json'),
      manifestText({
        title: 'Bộ dữ liệu minh họa',
        dataDate: '2026-12-31',
        publishedAt: '2026-12-05T03:00:00Z',
        sources: ['Dữ liệu minh họa'],
        datasets: {
          ocop_products: [{ path: 'ocop_products.parquet', rows: ocopRows }],
          mous: [{ path: 'mous.parquet', rows: mouRows }],
        },
      }),
    );
    // A manifest naming a file that is not there.
    mkdirSync(join(dataDir, 'missing-file'), { recursive: true });
    writeFileSync(
      join(dataDir, 'missing-file', 'manifest.json'),
      manifestText({
        title: 'Thiếu tệp',
        dataDate: null,
        publishedAt: null,
        sources: [],
        datasets: { ocop_products: [{ path: 'ocop_products.parquet' }] },
      }),
    );
    writeFileSync(join(dataDir, 'not-a-manifest.json'), '{"hello": "world"}\n');
    // A small file (a no-Range server may send it whole), a text file named .parquet, wrong columns.
    await generateOcopParquet(5_000, join(dataDir, 'small.parquet'));
    writeFileSync(join(dataDir, 'text.parquet'), 'tỉnh,năm,số sao\nHà Giang,2024,4\n');
    // An OCOP list by its name, with a department's own headers instead of the published columns.
    mkdirSync(join(dataDir, 'wrong'), { recursive: true });
    await queryParquet(
      `COPY (SELECT 'Hà Giang' AS tinh, 2024 AS nam, 4 AS so_sao) TO '${join(dataDir, 'wrong', 'ocop_products.parquet')}' (FORMAT parquet)`,
    );
    // A department's own CSV export: Vietnamese headers, a title row, one row the checks reject (7 stars).
    mkdirSync(join(dataDir, 'dept'), { recursive: true });
    writeFileSync(
      join(dataDir, 'dept', 'ocop_products.csv'),
      '\uFEFFDanh sách sản phẩm OCOP năm 2024\nTỉnh/thành phố,Năm công nhận,Số sao,Số lượng\nHà Giang,2024,4,12\nĐồng Tháp,2024,3,30\nCần Thơ,2024,7,5\n',
    );
    // (b) The 10M-row file; its journeys are skipped, saying why, if it cannot be generated.
    try {
      const file = await generateOcopParquet(BIG_ROWS, join(dataDir, 'big', 'ocop_products_10m.parquet'));
      big = { path: file.path, bytes: file.bytes };
    } catch (error) {
      big = { error: String(error) };
    }

    // Other origins: one without CORS headers, one where nothing listens; a copy of the site allowing both.
    noCors = await startRangeServer({ dir: dataDir });
    const closed = await startRangeServer();
    closedOrigin = closed.origin;
    await closed.close();
    allowing = await serveDistAllowing(DIST, [noCors.origin, closedOrigin]);

    // The bundled data's figures, which a failed opening must leave as they are.
    const { page, context } = await browser.openPage();
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    bundledKpis = await shownKpis(page);
    await context.close();
  }, BIG_TIMEOUT);

  afterAll(async () => {
    await Promise.all([noCors?.close(), allowing?.close()]);
  });

  it('opens a published manifest: the OCOP products card shows the files’ own figure', async () => {
    const { page, context, consoleErrors, cspViolations } = await browser.openPage();
    await page.goto(withData(inject('baseUrl'), `${dataUrl}/set/manifest.json`));
    expect(await openedState(page)).toBe('open');
    await waitForOverview(page);
    const expected = await ocopProductsKpi(
      join(dataDir, 'set', 'ocop_products.parquet'),
      join(dataDir, 'set', 'mous.parquet'),
    );
    expect((await shownKpis(page)).ocopProducts).toBe(expected.value);
    await page.screenshot({ path: screenshotPath('remote-manifest.png') });
    // A reporter's picture of a chart says where its figures come from.
    const card = page.locator('[data-chart="ocop-by-star"]');
    await card.locator('.export-menu-button').click();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      card.getByRole('dialog').locator('[data-preset="article"]').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    await file.saveAs(screenshotPath('remote-export.png'));
    const texts = await page.evaluate(
      () =>
        (
          document.querySelector('[data-chart="ocop-by-star"]') as HTMLElement & {
            ocopLastExport?: { texts?: string[] };
          }
        ).ocopLastExport?.texts ?? [],
    );
    expect(texts.join(' ').replaceAll('\n', ' ')).toContain(`dữ liệu mở từ ${dataUrl}/set/manifest.json`);
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens a department’s CSV as an upload is checked: valid rows in, the rejected one counted', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(withData(inject('baseUrl'), `${dataUrl}/dept/ocop_products.csv`));
    expect(await openedState(page)).toBe('open');
    const bar = await page.locator(STATUS).innerText();
    expect(bar).toContain('ocop_products.csv');
    expect(bar).toMatch(/1 dòng không hợp lệ/);
    await waitForOverview(page);
    // The Data view lists it as opened by URL, with the two rows that loaded; the bundled OCOP rows hide.
    await page.getByRole('button', { name: 'Dữ liệu', exact: true }).click();
    const row = page.locator('table.data-loads tbody tr', { hasText: 'Mở theo địa chỉ web' });
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.innerText()).resolves.toMatch(/\b2\b/);
    await expect(
      page
        .locator('table.data-loads tbody tr', { hasText: 'Đang ẩn vì đang mở bộ dữ liệu theo địa chỉ web' })
        .count(),
    ).resolves.toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the dataset open before when the next address fails, and closes it back to the bundled data', async () => {
    const { page, context } = await browser.openPage();
    await page.goto(withData(inject('baseUrl'), `${dataUrl}/small.parquet`));
    expect(await openedState(page)).toBe('open');
    await waitForOverview(page);
    const opened = await shownKpis(page);
    expect(opened.ocopProducts).toBe((await ocopProductsKpi(join(dataDir, 'small.parquet'))).value);
    expect(opened.ocopProducts).not.toBe(bundledKpis.ocopProducts);
    // The address changes in the page (as Back or a link in it would): a file the server does not have.
    await page.evaluate(
      (next) => {
        window.history.pushState(null, '', next);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      withData(inject('baseUrl'), `${dataUrl}/nothing.parquet`),
    );
    expect((await shownProblem(page)).problem).toBe('notFound');
    await waitForOverview(page);
    expect(await shownKpis(page)).toEqual(opened);
    await expect(page.locator(STATUS).innerText()).resolves.toContain('small.parquet');
    await page.screenshot({ path: screenshotPath('remote-kept.png') });
    await page.getByRole('button', { name: 'Đóng bộ dữ liệu này' }).click();
    await page.locator(STATUS).waitFor({ state: 'detached' });
    await expect.poll(async () => shownKpis(page)).toEqual(bundledKpis);
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    await context.close();
  });

  it(
    'draws the overview of a 10M-row Parquet file reading less than a tenth of it',
    async (ctx) => {
      if ('error' in big) {
        console.warn(`10M-row journey skipped: the file could not be generated (${big.error})`);
        ctx.skip();
        return;
      }
      const { page, context, consoleErrors } = await browser.openPage();
      await resetBytesSent(dataUrl);
      await page.goto(withData(inject('baseUrl'), `${dataUrl}/big/ocop_products_10m.parquet`));
      expect(await openedState(page, BIG_TIMEOUT)).toBe('open');
      await waitForOverview(page);
      const read = await fetchBytesSent(dataUrl, '/big/ocop_products_10m.parquet');
      expect(read).toBeGreaterThan(0);
      expect(read, `${read} of ${big.bytes} bytes`).toBeLessThan(big.bytes / 10);
      expect((await shownKpis(page)).ocopProducts).toBe((await ocopProductsKpi(big.path)).value);
      await page.screenshot({ path: screenshotPath('remote-10m.png') });
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    BIG_TIMEOUT,
  );

  it('opens a small file from a server without Range support, whole, and says so', async () => {
    const { page, context } = await browser.openPage();
    await page.goto(withData(inject('baseUrl'), `${inject('testDataNoRangeUrl')}/small.parquet`));
    expect(await openedState(page)).toBe('open');
    await waitForOverview(page);
    expect((await shownKpis(page)).ocopProducts).toBe(
      (await ocopProductsKpi(join(dataDir, 'small.parquet'))).value,
    );
    // The bar says the whole file came down, and why that is slower.
    await expect(page.locator(`${STATUS} .opened-dataset-note`).first().innerText()).resolves.toMatch(
      /HTTP Range/,
    );
    await context.close();
  });

  /** A bad input: the page says which problem, and the bundled data's overview stays as it was. */
  const BAD: readonly {
    readonly name: string;
    /** 'allowing': the copy of the site whose CSP allows the other test origins. */
    readonly page: 'own' | 'allowing';
    readonly url: () => string;
    readonly problems: readonly string[];
    readonly timeout?: number;
    /** Runs in the page before its scripts (to emulate another machine). */
    readonly init?: () => void;
  }[] = [
    {
      name: 'a host where nothing listens',
      page: 'allowing',
      url: () => `${closedOrigin}/x.parquet`,
      problems: ['unreachable'],
    },
    {
      name: 'a file the server does not have (404)',
      page: 'own',
      url: () => `${dataUrl}/nothing.parquet`,
      problems: ['notFound'],
    },
    {
      // A 4 GB office PC may import 160 MB (upload/importLimits.ts); the file is 314 MB, and without
      // Range support it could only come whole.
      name: 'a file above the import limit on a server without Range support',
      page: 'own',
      url: () => `${inject('testDataNoRangeUrl')}/big/ocop_products_10m.parquet`,
      problems: ['tooLarge'],
      timeout: BIG_TIMEOUT,
      init: () => Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 4 }),
    },
    {
      name: 'a text file named .parquet',
      page: 'own',
      url: () => `${dataUrl}/text.parquet`,
      problems: ['notParquet'],
    },
    {
      name: 'a manifest naming a missing file',
      page: 'own',
      url: () => `${dataUrl}/missing-file/manifest.json`,
      problems: ['missingFile'],
    },
    {
      name: 'JSON that is not a manifest',
      page: 'own',
      url: () => `${dataUrl}/not-a-manifest.json`,
      problems: ['notManifest'],
    },
    {
      name: 'a Parquet file with other columns',
      page: 'own',
      url: () => `${dataUrl}/wrong/ocop_products.parquet`,
      problems: ['wrongColumns'],
    },
    {
      name: 'another origin that sends no CORS headers',
      page: 'allowing',
      url: () => noCors.url('/small.parquet'),
      problems: ['cors'],
    },
    {
      name: 'another origin the build does not allow',
      page: 'own',
      url: () => noCors.url('/small.parquet'),
      problems: ['originNotAllowed'],
    },
  ];

  for (const bad of BAD) {
    it(
      `refuses ${bad.name}, and keeps the bundled data`,
      async (ctx) => {
        if (bad.url().includes('/big/') && 'error' in big) {
          console.warn(`skipped: the 10M-row file could not be generated (${big.error})`);
          ctx.skip();
        }
        const { page, context } = await browser.openPage();
        const pageUrl = bad.page === 'own' ? inject('baseUrl') : allowing.url('/');
        if (bad.init) await page.addInitScript(bad.init);
        await page.goto(withData(pageUrl, bad.url()));
        expect(await openedState(page, bad.timeout)).toBe('failed');
        const { problem, text } = await shownProblem(page);
        expect(bad.problems).toContain(problem);
        expect(text).not.toBe('');
        await page.screenshot({ path: screenshotPath(`remote-failed-${problem}.png`) });
        await waitForOverview(page);
        expect(await shownKpis(page)).toEqual(bundledKpis);
        await context.close();
      },
      bad.timeout ?? 120_000,
    );
  }
});
