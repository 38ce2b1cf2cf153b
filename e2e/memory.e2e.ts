import { statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { writeProductRows } from '../scripts/generateData';
import { DEBUG_MEMORY_LIMIT_KEY } from '../src/db/browserDatabase';
import type { FilterState } from '../src/filters/filterState';
import { defaultKpiYear } from '../src/filters/kpiYear';
import { parseFilterState } from '../src/filters/urlState';
import { availableYears, KPI_IDS, type KpiId, kpiSeries } from '../src/queries/overviewMetrics';
import { type BrowserMemory, formatFileSize, maxImportBytes } from '../src/upload/importLimits';
import { type PageWatch, screenshotPath } from './browser';
import { bundledDatabaseForFile, chromiumForFile, scratchDirForFile } from './fixtures';
import { shownKpis } from './kpiCards';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();
const files = scratchDirForFile('ocop-memory-');

const STARTUP_TIMEOUT = 90_000;

/** The generator's one-product-per-row file (193 bytes a row), written into its own folder. */
function generatorFile(rows: number): { path: string; bytes: number } {
  const path = writeProductRows(rows, files.path(String(rows)));
  return { path, bytes: statSync(path).size };
}

const session = (page: Page, fileName: string): Locator =>
  page.locator(`article.import-session[data-file="${fileName}"]`);

async function expectPhase(item: Locator, phase: string, timeout = 60_000): Promise<void> {
  await expect.poll(() => item.getAttribute('data-phase'), { timeout }).toBe(phase);
}

/** The browser's storage has the loaded rows too (it is written after the load; a reload before would lose them). */
async function expectSaved(item: Locator, timeout = 60_000): Promise<void> {
  await expect.poll(() => item.getAttribute('data-saved'), { timeout }).toBe('yes');
}

async function loadsList(page: Page): Promise<string[][]> {
  await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
  return page
    .locator('table.data-loads tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '').slice(0, 4),
      ),
    );
}

/** What the overview shows for `filters`, from the same SQL in Node on the same bundled data. */
async function expectedKpis(filters: FilterState): Promise<Record<KpiId, number | null>> {
  const year =
    filters.year ?? defaultKpiYear(await availableYears(db, filters), filters.yearFrom, filters.yearTo);
  const series = await kpiSeries(db, filters);
  return Object.fromEntries(
    KPI_IDS.map((id) => [id, series[id].find((s) => s.year === year)?.value ?? null]),
  ) as Record<KpiId, number | null>;
}

/** The data a drawn chart holds: its series as ECharts has them. */
async function chartData(page: Page, chartId: string): Promise<unknown> {
  await page.locator(`[data-chart="${chartId}"] canvas`).first().waitFor({ timeout: STARTUP_TIMEOUT });
  return page.evaluate((id) => {
    const dom = document.querySelector(`[data-chart="${id}"] .echarts-for-react`) as HTMLElement & {
      ocopChart: { getOption(): { series: { name?: string; data: unknown[] }[] } };
    };
    return dom.ocopChart.getOption().series.map((s) => ({ name: s.name, data: s.data }));
  }, chartId);
}

async function openOverview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tổng quan' }).click();
  await page.getByTestId('kpi-ocopProducts').waitFor({ timeout: STARTUP_TIMEOUT });
  await page.locator('[data-rendered-filters]').waitFor({ timeout: STARTUP_TIMEOUT });
}

async function expectClean(watch: PageWatch): Promise<void> {
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  await watch.context.close();
}

describe('files too large for the browser’s memory', () => {
  it('rolls back a load that runs DuckDB out of memory, says so with the size that fits, and keeps the dashboard working', async () => {
    // 200k rows, 38.6 MB: at DuckDB's lowered limit (122 MiB usable) 130k rows loaded and 160k did not.
    const file = generatorFile(200_000);
    const fileName = 'ocop_products.csv';
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1000 } });
    const { page } = watch;
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      DEBUG_MEMORY_LIMIT_KEY,
      '128MB',
    ] as const);
    await page.goto(`${inject('baseUrl')}`);
    await page.getByTestId('kpi-ocopProducts').waitFor({ timeout: STARTUP_TIMEOUT });
    const kpisBefore = await expectedKpis(parseFilterState(''));
    await expect.poll(() => shownKpis(page), { timeout: 15_000 }).toEqual(kpisBefore);
    const starsBefore = await chartData(page, 'ocop-by-star');

    await page.getByRole('button', { name: 'Dữ liệu' }).click();
    const loadsBefore = await loadsList(page);
    await page.locator('.file-picker input[type="file"]').setInputFiles(file.path);
    const item = session(page, fileName);
    await expectPhase(item, 'mapping');
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    await item.getByRole('button', { name: 'Nạp 200.000 dòng hợp lệ' }).click();
    await expectPhase(item, 'problem');

    const alert = (await item.getByRole('alert').textContent()) ?? '';
    const size = formatFileSize('vi', file.bytes);
    expect(size).toMatch(/^3\d,\d MB$/); // the generated 200,000-row file, in Vietnamese notation
    const match = new RegExp(
      `^Không đủ bộ nhớ để nạp tệp "ocop_products\\.csv" \\(${size}\\) vào cơ sở dữ liệu trong trình duyệt\\. Với dữ liệu đang có, trình duyệt này nạp thêm được tệp đến khoảng (\\d+) MB: hãy chia tệp nhỏ hơn, hoặc gỡ bớt tệp đã tải lên\\. Dữ liệu không thay đổi: các trang vẫn dùng dữ liệu trước đó\\.$`,
    ).exec(alert);
    expect(match, alert).not.toBeNull();
    // The size advised is what still fits next to the bundled data: below the file, and not nothing.
    const advised = Number(match?.[1]);
    expect(advised).toBeGreaterThan(0);
    expect(advised).toBeLessThan(file.bytes / 1e6);
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('memory-out-of-memory.png') });

    // The English wording of the same failure.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    expect(await item.getByRole('alert').textContent()).toMatch(
      /^Not enough memory to load "ocop_products\.csv" \(3\d\.\d MB\) into the browser’s database\. With the data already loaded, this browser can take files up to about \d+ MB: split the file, or remove earlier uploads\. The data has not changed: the pages still show the earlier data\.$/,
    );
    await page.getByLabel('Language').selectOption('vi');

    // Nothing of the file is in: the loads list, the KPIs and the chart are what they were.
    expect(await loadsList(page)).toEqual(loadsBefore);
    await openOverview(page);
    await expect.poll(() => shownKpis(page), { timeout: 15_000 }).toEqual(kpisBefore);
    expect(await chartData(page, 'ocop-by-star')).toEqual(starsBefore);

    // Filters still work: a year and a star rating, chosen in the filter bar, give what the SQL gives.
    await page.getByTestId('filter-year').selectOption('2022');
    await page.getByRole('button', { name: '4 sao', exact: true }).click();
    const filtered = await expectedKpis(parseFilterState('?year=2022&star=4'));
    expect(filtered).not.toEqual(kpisBefore);
    await expect.poll(() => shownKpis(page), { timeout: 15_000 }).toEqual(filtered);
    expect(await chartData(page, 'ocop-by-star')).not.toEqual(starsBefore);
    await page.screenshot({ path: screenshotPath('memory-after-rollback.png') });

    await expectClean(watch);
  });

  it('refuses a file over the stated maximum before reading it, with its size and the limit', async () => {
    const watch = await browser.openPage();
    const { page } = watch;
    // Counts the import workers the page starts: a refused file must not get one.
    await page.addInitScript(() => {
      const Native = window.Worker;
      const started: string[] = [];
      (window as unknown as { importWorkersStarted: string[] }).importWorkersStarted = started;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          if (String(url).includes('importWorker')) started.push(String(url));
        }
      };
    });
    await page.goto(`${inject('baseUrl')}?view=data`);
    const loadsBefore = await loadsList(page);
    const memory = await page.evaluate(
      (): BrowserMemory => ({
        deviceMemoryGb: (navigator as Navigator & { deviceMemory?: number }).deviceMemory,
        jsHeapLimitBytes: (performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory
          ?.jsHeapSizeLimit,
      }),
    );
    const maxBytes = maxImportBytes(memory);
    const limit = formatFileSize('vi', maxBytes);
    expect(await page.locator('.import-size-limit').textContent()).toBe(
      `Trình duyệt này xử lý được tệp đến ${limit}; tệp lớn hơn hãy chia nhỏ (ví dụ theo năm hoặc theo tỉnh) trước khi nạp.`,
    );

    /**
     * Drops a CSV of `bytes` made in the page from one 1 MB block of rows repeated: a Blob of references,
     * so a 1.8 GB file costs no memory until someone reads it.
     */
    const dropCsv = (name: string, bytes: number) =>
      page.evaluate(
        async ({ name, bytes }) => {
          // ASCII only, so characters are bytes and the size comes out exact.
          const line = 'Ha Noi,2024,4,food\n';
          const block = new Blob([line.repeat(Math.floor(1_000_000 / line.length))]);
          const parts: Blob[] = [new Blob(['province,year,star,product_group\n'])];
          let size = parts[0]?.size ?? 0;
          while (size + block.size <= bytes) {
            parts.push(block);
            size += block.size;
          }
          const rest = bytes - size;
          parts.push(
            new Blob([line.repeat(Math.floor(rest / line.length)) + '\n'.repeat(rest % line.length)]),
          );
          const transfer = new DataTransfer();
          transfer.items.add(new File(parts, name, { type: 'text/csv' }));
          document
            .querySelector('.drop-zone')
            ?.dispatchEvent(
              new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
          return transfer.files[0]?.size;
        },
        { name, bytes },
      );

    expect(await dropCsv('lon.csv', 1_800_000_000)).toBe(1_800_000_000);
    const refused = session(page, 'lon.csv');
    await expectPhase(refused, 'problem');
    expect(await refused.getByRole('alert').textContent()).toBe(
      `Tệp "lon.csv" (1,8 GB) vượt quá giới hạn ${limit} mà trình duyệt này xử lý được. Hãy chia thành các tệp nhỏ hơn ${limit} (ví dụ theo năm hoặc theo tỉnh) rồi nạp lần lượt. Tệp chưa được đọc; dữ liệu không thay đổi.`,
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { importWorkersStarted: string[] }).importWorkersStarted,
      ),
    ).toEqual([]);
    await refused.scrollIntoViewIfNeeded();
    await refused.screenshot({ path: screenshotPath('memory-too-large.png') });

    // One byte over is refused; a file of exactly the limit is read (its head, for the mapping screen).
    expect(await dropCsv('mot-byte-qua.csv', maxBytes + 1)).toBe(maxBytes + 1);
    await expectPhase(session(page, 'mot-byte-qua.csv'), 'problem');
    expect(await dropCsv('vua-du.csv', maxBytes)).toBe(maxBytes);
    const accepted = session(page, 'vua-du.csv');
    await expectPhase(accepted, 'mapping');
    expect(
      await page.evaluate(
        () => (window as unknown as { importWorkersStarted: string[] }).importWorkersStarted,
      ),
    ).toHaveLength(1);
    await accepted.getByRole('button', { name: 'Hủy' }).click();
    await expectPhase(accepted, 'cancelled');

    await page.getByLabel('Ngôn ngữ').selectOption('en');
    const limitEn = formatFileSize('en', maxBytes);
    expect(await refused.getByRole('alert').textContent()).toBe(
      `The file "lon.csv" (1.8 GB) is over the ${limitEn} this browser can handle. Split it into files smaller than ${limitEn} (by year or by province, for example) and load them one by one. The file was not read; the data has not changed.`,
    );
    await page.getByLabel('Language').selectOption('vi');
    expect(await loadsList(page)).toEqual(loadsBefore);
    await expectClean(watch);
  });

  it('keeps an upload larger than one IndexedDB value (127 MiB serialized) across a reload', async () => {
    // 400k rows, 77 MB: its normalized text is 146 MB serialized, which Chromium refused as one value.
    const file = generatorFile(400_000);
    const watch = await browser.openPage();
    const { page } = watch;
    await page.goto(`${inject('baseUrl')}?view=data`);
    const loadsBefore = await loadsList(page);
    await page.locator('.file-picker input[type="file"]').setInputFiles(file.path);
    const item = session(page, 'ocop_products.csv');
    await expectPhase(item, 'mapping');
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    await item.getByRole('button', { name: 'Nạp 400.000 dòng hợp lệ' }).click();
    await expectPhase(item, 'loaded');
    await expectSaved(item);
    expect(await item.getByRole('status').textContent()).toContain('Đã nạp 400.000 dòng');
    // Saved without complaint: no "not kept" alert.
    expect(await item.getByRole('alert').count()).toBe(0);

    await page.reload();
    await expect
      .poll(async () => (await loadsList(page)).length, { timeout: STARTUP_TIMEOUT })
      .toBe(loadsBefore.length + 1);
    expect((await loadsList(page)).at(-1)).toEqual([
      'Sản phẩm OCOP',
      'ocop_products.csv',
      'Tải lên',
      '400.000',
    ]);
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu đã tải lên' }).click();
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => loadsList(page)).toEqual(loadsBefore);
    await expectClean(watch);
  });
});
