/**
 * Excel workbooks through the Data view's import, in Chromium on the built site: the sheet picker, the
 * same mapping screen, checks and report as a CSV (rows numbered as in Excel), the load, the overview,
 * the upload back after a reload; a damaged and a password-protected workbook refused with a message.
 * The workbooks are written by the library's own writer (src/ingest/fixtures/workbookWriting.ts).
 */

import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { insertLoadFromCsv, removeLoad } from '../src/db/dataLoads';
import { DEFAULT_FILTERS } from '../src/filters/filterState';
import { defaultKpiYear } from '../src/filters/kpiYear';
import { ingestCsv } from '../src/ingest/ingestCsv';
import { openWorkbook } from '../src/ingest/workbook/openWorkbook';
import { sheetCsvBytes } from '../src/ingest/workbook/sheetCsv';
import { csvForDuckDb } from '../src/model/csv';
import { availableYears, kpiSeries } from '../src/queries/overviewMetrics';
import type { BrowserMemory } from '../src/upload/importLimits';
import { formatFileSize, maxWorkbookBytes } from '../src/upload/importLimits';
import { type PageWatch, screenshotPath } from './browser';
import { bundledDatabaseForFile, chromiumForFile } from './fixtures';
import {
  departmentWorkbook,
  encryptedWorkbookBytes,
  MOU_SHEET_NAME,
  OCOP_LIST_LOADABLE,
  OCOP_SHEET_NAME,
  truncatedWorkbookBytes,
} from './fixtures/ingest/workbookWriting';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();

const STARTUP_TIMEOUT = 90_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openDataView(watch: PageWatch): Promise<Page> {
  await watch.page.goto(`${inject('baseUrl')}?view=data`);
  await watch.page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
  return watch.page;
}

const session = (page: Page, fileName: string): Locator =>
  page.locator(`article.import-session[data-file="${fileName}"]`);

async function expectPhase(item: Locator, phase: string, timeout = 30_000): Promise<void> {
  await expect.poll(() => item.getAttribute('data-phase'), { timeout }).toBe(phase);
}

/** The browser's storage has the loaded rows too (it is written after the load; a reload before would lose them). */
async function expectSaved(item: Locator, timeout = 60_000): Promise<void> {
  await expect.poll(() => item.getAttribute('data-saved'), { timeout }).toBe('yes');
}

/** Drops a file on the drop zone, as dragging it from the file manager does. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      return transfer;
    },
    { name, data: [...bytes], type: XLSX_TYPE },
  );
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
}

async function figure(item: Locator, id: 'read' | 'load' | 'skipped' | 'rejected'): Promise<number> {
  return Number(await item.locator(`[data-figure="${id}"]`).getAttribute('data-value'));
}

async function loadsList(page: Page): Promise<string[][]> {
  return page
    .locator('table.data-loads tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '').slice(0, 6),
      ),
    );
}

async function shownOcopKpi(page: Page): Promise<number | null> {
  await page.getByRole('button', { name: 'Tổng quan' }).click();
  const kpi = page.getByTestId('kpi-ocopProducts');
  await kpi.waitFor({ timeout: STARTUP_TIMEOUT });
  const value = await kpi.getAttribute('data-value');
  return value ? Number(value) : null;
}

async function expectedOcopKpi(): Promise<number | null> {
  const year = defaultKpiYear(await availableYears(db, DEFAULT_FILTERS), null, null);
  const series = await kpiSeries(db, DEFAULT_FILTERS);
  return series.ocopProducts.find((s) => s.year === year)?.value ?? null;
}

/** The OCOP KPI once the workbook's list is loaded, from the same ingest and SQL in Node. */
async function kpiWithSheet(bytes: Uint8Array, sheetName: string): Promise<number | null> {
  const book = openWorkbook(bytes);
  const { table } = ingestCsv(
    sheetCsvBytes(book.sheetRows(book.sheets.findIndex((s) => s.name === sheetName))),
  );
  const load = { loadId: 'node:workbook', dataset: table.dataset, origin: 'uploaded' as const };
  await insertLoadFromCsv(
    db,
    { ...load, fileName: 'node', loadedAt: new Date().toISOString() },
    table.columns,
    csvForDuckDb(table.columns, table.rows),
    table.rows.length,
  );
  try {
    return await expectedOcopKpi();
  } finally {
    await removeLoad(db, load.loadId);
  }
}

async function expectClean(watch: PageWatch): Promise<void> {
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  await watch.context.close();
}

describe('importing Excel workbooks', () => {
  it('picks the list among several sheets, reads another on request, and loads the list with Excel row numbers', async () => {
    const year = defaultKpiYear(await availableYears(db, DEFAULT_FILTERS), null, null) ?? 2024;
    const bytes = departmentWorkbook('xlsx', year);
    const bundledKpi = await expectedOcopKpi();
    const expectedKpi = await kpiWithSheet(bytes, OCOP_SHEET_NAME);
    expect(expectedKpi).not.toBe(bundledKpi);

    const watch = await browser.openPage({ viewport: { width: 1280, height: 1100 } });
    const page = await openDataView(watch);
    expect(await shownOcopKpi(page)).toBe(bundledKpi);
    await page.getByRole('button', { name: 'Dữ liệu' }).click();
    await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
    const before = await loadsList(page);

    await dropFile(page, 'ocop-so-cong-thuong.xlsx', bytes);
    const item = session(page, 'ocop-so-cong-thuong.xlsx');
    await expectPhase(item, 'mapping');
    const picker = item.getByLabel('Trang tính cần đọc');
    // The cover sheet is passed by; the hidden lookup sheet is listed last, marked.
    expect(await picker.locator('option:checked').textContent()).toBe(`${OCOP_SHEET_NAME} (12 dòng)`);
    expect(await picker.locator('option').allTextContents()).toEqual([
      'Bìa (2 dòng)',
      `${OCOP_SHEET_NAME} (12 dòng)`,
      `${MOU_SHEET_NAME} (4 dòng)`,
      'Danh mục (ẩn, 2 dòng)',
    ]);
    expect(await item.textContent()).toContain(
      `Sổ Excel · trang tính "${OCOP_SHEET_NAME}" · Dòng tiêu đề: dòng 4`,
    );
    expect(await item.getByLabel('Bộ dữ liệu').inputValue()).toBe('ocop_products');
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('workbook-sheet-picker.png') });
    // In English too.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    expect(await item.getByLabel('Sheet to read').locator('option').allTextContents()).toEqual([
      'Bìa (2 rows)',
      `${OCOP_SHEET_NAME} (12 rows)`,
      `${MOU_SHEET_NAME} (4 rows)`,
      'Danh mục (hidden, 2 rows)',
    ]);
    expect(await item.textContent()).toContain(`Excel workbook · sheet "${OCOP_SHEET_NAME}" · Header: row 4`);
    await item.screenshot({ path: screenshotPath('workbook-sheet-picker-en.png') });
    await page.getByLabel('Language').selectOption('vi');

    // Another sheet: preview and mapping follow it.
    await picker.selectOption({ label: `${MOU_SHEET_NAME} (4 dòng)` });
    await expect
      .poll(() =>
        item
          .getByLabel('Bộ dữ liệu')
          .inputValue()
          .catch(() => ''),
      )
      .toBe('mous');
    expect(await item.textContent()).toContain(`trang tính "${MOU_SHEET_NAME}" · Dòng tiêu đề: dòng 2`);
    await item.getByLabel('Trang tính cần đọc').selectOption({ label: `${OCOP_SHEET_NAME} (12 dòng)` });
    await expect
      .poll(() =>
        item
          .getByLabel('Bộ dữ liệu')
          .inputValue()
          .catch(() => ''),
      )
      .toBe('ocop_products');

    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    expect([
      await figure(item, 'read'),
      await figure(item, 'load'),
      await figure(item, 'skipped'),
      await figure(item, 'rejected'),
    ]).toEqual([OCOP_LIST_LOADABLE + 1, OCOP_LIST_LOADABLE, 5, 1]);
    const rejected = await item
      .locator('table.import-rejected tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
    expect(rejected.map((cells) => cells.slice(0, 3))).toEqual([['9', 'Số sao', '9']]);
    const status = (await item.getByRole('status').textContent()) ?? '';
    expect(status).toContain('dòng tổng cộng: dòng 12');
    expect(await loadsList(page)).toEqual(before);

    await item.getByRole('button', { name: `Nạp ${OCOP_LIST_LOADABLE} dòng hợp lệ` }).click();
    await expectPhase(item, 'loaded');
    await expectSaved(item);
    await expect
      .poll(async () => (await loadsList(page)).at(-1)?.slice(0, 4))
      .toEqual(['Sản phẩm OCOP', 'ocop-so-cong-thuong.xlsx', 'Tải lên', String(OCOP_LIST_LOADABLE)]);
    await expect.poll(() => shownOcopKpi(page), { timeout: 15_000 }).toBe(expectedKpi);

    // The upload (its normalized rows) is kept in the browser and comes back after a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Dữ liệu' }).click({ timeout: STARTUP_TIMEOUT });
    await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
    await expect
      .poll(async () => (await loadsList(page)).at(-1)?.slice(1, 4))
      .toEqual(['ocop-so-cong-thuong.xlsx', 'Tải lên', String(OCOP_LIST_LOADABLE)]);
    expect(await shownOcopKpi(page)).toBe(expectedKpi);
    await expectClean(watch);
  }, 180_000);

  it('says a workbook is damaged or has a password, and changes nothing', async () => {
    const watch = await browser.openPage({ viewport: { width: 1280, height: 900 } });
    const page = await openDataView(watch);
    const before = await loadsList(page);
    await dropFile(page, 'bao-cao-hong.xlsx', truncatedWorkbookBytes());
    await dropFile(page, 'bao-cao-mat-khau.xlsx', encryptedWorkbookBytes());
    await dropFile(page, 'bao-cao-gia.xlsx', new TextEncoder().encode('Tỉnh,Năm\nHà Nội,2024\n'));
    const messages = await Promise.all(
      ['bao-cao-hong.xlsx', 'bao-cao-mat-khau.xlsx', 'bao-cao-gia.xlsx'].map(async (name) => {
        const item = session(page, name);
        await expectPhase(item, 'problem');
        return item.getByRole('alert').textContent();
      }),
    );
    expect(messages[0]).toMatch(
      /^Không đọc được sổ Excel "bao-cao-hong\.xlsx": tệp bị hỏng hoặc không đầy đủ/,
    );
    expect(messages[1]).toMatch(/^Sổ Excel "bao-cao-mat-khau\.xlsx" được đặt mật khẩu để mở/);
    expect(messages[2]).toMatch(/^Tệp "bao-cao-gia\.xlsx" mang đuôi của sổ Excel nhưng bên trong không phải/);
    for (const message of messages) expect(message).toMatch(/Dữ liệu không thay đổi\.$/);
    // Over the workbook limit: refused by its size before a byte is read (a Blob of references: no memory).
    const memory = await page.evaluate(
      (): BrowserMemory => ({
        deviceMemoryGb: (navigator as Navigator & { deviceMemory?: number }).deviceMemory,
        jsHeapLimitBytes: (performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory
          ?.jsHeapSizeLimit,
      }),
    );
    const maxBytes = maxWorkbookBytes(memory);
    expect(await page.locator('.import-size-limit-workbook').textContent()).toBe(
      `Sổ Excel được nén nên cần nhiều bộ nhớ hơn: đến ${formatFileSize('vi', maxBytes)}.`,
    );
    await page.evaluate(
      ({ bytes }) => {
        const block = new Blob([new Uint8Array(1_000_000)]);
        const parts: Blob[] = [new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])])];
        for (let size = 4; size < bytes; size += block.size) parts.push(block);
        const transfer = new DataTransfer();
        transfer.items.add(new File(parts, 'so-lon.xlsx'));
        document
          .querySelector('.drop-zone')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { bytes: maxBytes + 1 },
    );
    const large = session(page, 'so-lon.xlsx');
    await expectPhase(large, 'problem');
    expect(await large.getByRole('alert').textContent()).toContain(
      `vượt quá giới hạn ${formatFileSize('vi', maxBytes)} mà trình duyệt này xử lý được`,
    );

    await page.locator('.import-panel').scrollIntoViewIfNeeded();
    await page.locator('.import-panel').screenshot({ path: screenshotPath('workbook-problems.png') });
    expect(await loadsList(page)).toEqual(before);
    await expectClean(watch);
  }, 120_000);
});
