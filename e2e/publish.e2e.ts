import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DATASET_IDS } from '../src/model/datasets';
import { MANIFEST_FILE_NAME, parseManifest } from '../src/remote/manifest';
import { type PageWatch, screenshotPath } from './browser';
import { bundledDatabaseForFile, chromiumForFile, scratchDirForFile } from './fixtures';
import { shownKpis } from './kpiCards';
import { waitForOverview } from './overviewPage';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();
const files = scratchDirForFile('ocop-publish-');

const STARTUP_TIMEOUT = 90_000;

async function openDataView(watch: PageWatch): Promise<Page> {
  const { page } = watch;
  await page.goto(`${inject('baseUrl')}?view=data`);
  await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
  return page;
}

describe('publishing the dataset from the Data view', () => {
  it('downloads a zip of manifest.json and one Parquet file per dataset, holding every loaded row', async () => {
    const watch = await browser.openPage({ viewport: { width: 1440, height: 1000 } });
    const page = await openDataView(watch);
    const panel = page.locator('section.publish-panel');
    await panel.getByRole('heading', { name: 'Xuất bản bộ dữ liệu' }).waitFor();
    await panel.getByLabel('Tiêu đề bộ dữ liệu').fill('Dữ liệu OCOP Sóc Trăng');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: 'Xuất bản (tải tệp zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^du-lieu-ocop-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Đã tạo du-lieu-ocop-/);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('publish-1440.png'), fullPage: true });

    const manifestBytes = zip[MANIFEST_FILE_NAME];
    if (!manifestBytes) throw new Error('no manifest.json in the zip');
    const parsed = parseManifest(
      new TextDecoder().decode(manifestBytes),
      'https://intranet.example/ocop/manifest.json',
    );
    if (!parsed.ok) throw new Error(`manifest refused: ${parsed.problem.code}`);
    expect(parsed.manifest.title).toBe('Dữ liệu OCOP Sóc Trăng');

    // Every dataset with rows in the page is in the zip, with the row count the same data has in Node.
    const native = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      for (const dataset of DATASET_IDS) {
        const [count] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${dataset}`);
        const entry = parsed.manifest.datasets[dataset]?.[0];
        if (!count?.n) {
          expect(entry).toBeUndefined();
          continue;
        }
        expect(entry?.rows).toBe(count.n);
        const bytes = zip[`${dataset}.parquet`];
        if (!bytes) throw new Error(`no ${dataset}.parquet in the zip`);
        const path = files.path(`${dataset}.parquet`);
        writeFileSync(path, bytes);
        const read = await native.runAndReadAll(`SELECT count(*)::INTEGER FROM read_parquet('${path}')`);
        expect(read.getRowsJS()).toEqual([[count.n]]);
      }
    } finally {
      native.closeSync();
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);

    // Round trip: the zip unpacked on a web server opens by URL in another copy of the dashboard with
    // the same figures as the data it was published from (which it replaces while open).
    const folder = join(inject('testDataDir'), 'published');
    mkdirSync(folder, { recursive: true });
    for (const [name, bytes] of Object.entries(zip)) writeFileSync(join(folder, name), bytes);
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    const bundled = await shownKpis(page);
    const other = await browser.openPage({ viewport: { width: 1440, height: 1000 } });
    await other.page.goto(
      `${inject('baseUrl')}?data=${encodeURIComponent(`${inject('testDataUrl')}/published/${MANIFEST_FILE_NAME}`)}`,
    );
    await other.page
      .locator('[data-opened-dataset][data-state="open"]')
      .waitFor({ timeout: STARTUP_TIMEOUT });
    await expect(other.page.locator('[data-opened-dataset]').innerText()).resolves.toContain(
      'Dữ liệu OCOP Sóc Trăng',
    );
    await waitForOverview(other.page);
    expect(await shownKpis(other.page)).toEqual(bundled);
    expect(other.consoleErrors).toEqual([]);
    await other.context.close();
    await watch.context.close();
  });

  it('fits a phone screen', async () => {
    const watch = await browser.openPage({ viewport: { width: 390, height: 844 } });
    const page = await openDataView(watch);
    const panel = page.locator('section.publish-panel');
    await panel.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await panel.getByLabel('Tiêu đề bộ dữ liệu').boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await panel.screenshot({ path: screenshotPath('publish-390.png') });
    await page.screenshot({ path: screenshotPath('publish-390-page.png'), fullPage: true });
    await watch.context.close();
  });
});
