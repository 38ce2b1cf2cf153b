import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { insertLoadFromCsv, removeLoad } from '../src/db/dataLoads';
import { DEFAULT_FILTERS } from '../src/filters/filterState';
import { defaultKpiYear } from '../src/filters/kpiYear';
import { ingestCsv } from '../src/ingest/ingestCsv';
import { csvForDuckDb } from '../src/model/csv';
import { availableYears, kpiSeries } from '../src/queries/overviewMetrics';
import { type PageWatch, screenshotPath } from './browser';
import { bundledDatabaseForFile, chromiumForFile, scratchDirForFile } from './fixtures';
import {
  DECISION_ANNEX,
  departmentalList,
  groupSpellings,
  listRows,
  MONTH_FIRST_LIST,
  STAR_SPELLINGS,
} from './fixtures/ingest/departmentalExports';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();
const files = scratchDirForFile('ocop-import-');

// ---- files the tests import, written as the programs users have would write them ----

function writeFile(name: string, bytes: Uint8Array | string): string {
  const path = files.path(name);
  writeFileSync(path, bytes);
  return path;
}
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const utf16leBom = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');

/** Excel "CSV UTF-8" on a Vietnamese Windows: BOM, ';', CRLF, a title row and a total row. */
const SEMICOLON_REPORT = utf8Bom(
  [
    'DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024;;;;',
    'Tỉnh/Thành phố;Năm công nhận;Số sao;Nhóm sản phẩm;Số lượng',
    'Hà Nội;2024;4 sao;Thực phẩm;12',
    'Đồng Tháp;2024;3 sao;Đồ uống;7',
    'Tổng cộng;;;;19',
    '',
  ].join('\r\n'),
);

/** Excel "Unicode text": UTF-16 LE with BOM, tab-separated; names typed on a Mac (NFD). */
const UTF16_TAB_FILE = utf16leBom(
  [
    'Tỉnh\tNăm công nhận\tSố sao\tSố lượng',
    'Thừa Thiên Huế\t2024\t4\t5',
    'Đắk Lắk\t2024\t3\t2',
    'Bà Rịa – Vũng Tàu\t2024\t5\t1',
    '',
  ]
    .join('\r\n')
    .normalize('NFD'),
);

/** Five spellings of Ho Chi Minh City and Vietnamese thousand separators, in the latest year of the data. */
const HCMC_ROWS: readonly [string, string][] = [
  ['TP.HCM', '1.204'],
  ['TP. Hồ Chí Minh', '2.001'],
  ['Thành phố Hồ Chí Minh', '12'],
  ['HCMC', '3'],
  ['Ho Chi Minh City', '1.000'],
];
const HCMC_TOTAL = 1204 + 2001 + 12 + 3 + 1000;
const hcmcFile = (year: number) =>
  Buffer.from(
    `Tỉnh/Thành phố,Năm công nhận,Số sao,Số lượng\n${HCMC_ROWS.map(([p, n], i) => `${p},${year},${3 + (i % 3)},"${n}"`).join('\n')}\n`,
  );

/** One valid row and three rejections: an unknown province, a star of 7, a year that is not a number. */
const INVALID_ROWS_FILE = Buffer.from(
  'province,year,star,product_group,count\nHà Nội,2021,4,Thực phẩm,3\nTỉnh Không Có,2021,3,Thực phẩm,2\nSóc Trăng,2021,7,Đồ uống,1\nĐồng Tháp,abc,3,Thảo dược,1\n',
);

// ---- the page ----

// Start-up (DuckDB, bundled data, stored uploads) takes 2–3 s here, far more on a loaded machine.
const STARTUP_TIMEOUT = 90_000;

async function waitForLoadsList(page: Page): Promise<void> {
  await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
}

async function openDataView(watch: PageWatch): Promise<Page> {
  const { page } = watch;
  await page.goto(`${inject('baseUrl')}?view=data`);
  await waitForLoadsList(page);
  return page;
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

async function chooseFiles(page: Page, paths: readonly string[]): Promise<void> {
  await page.locator('.file-picker input[type="file"]').setInputFiles([...paths]);
}

/** Drops a file on the drop zone, as dragging it from the file manager does. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
}

async function figure(item: Locator, id: 'read' | 'load' | 'skipped' | 'rejected'): Promise<number> {
  return Number(await item.locator(`[data-figure="${id}"]`).getAttribute('data-value'));
}

/** The loads list as the user sees it: file, origin, rows, status. */
async function loadsList(page: Page): Promise<string[][]> {
  const rows = page.locator('table.data-loads tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '').slice(0, 6)),
  );
}

/** Previews, checks and loads one file, answering the replace question with `answer` if asked. */
async function importFile(
  page: Page,
  path: string,
  answer: 'replace' | 'add' | null = null,
): Promise<Locator> {
  const name = path.split('/').at(-1) ?? path;
  await chooseFiles(page, [path]);
  const item = session(page, name);
  await expectPhase(item, 'mapping');
  await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
  await expectPhase(item, 'report');
  if (answer === 'replace') await item.getByRole('button', { name: 'Nạp và thay thế tệp cũ' }).click();
  else if (answer === 'add') await item.getByRole('button', { name: 'Nạp thêm, giữ tệp cũ' }).click();
  else await item.getByRole('button', { name: /^Nạp [\d.]+ dòng hợp lệ$/ }).click();
  await expectPhase(item, 'loaded');
  await expectSaved(item);
  return item;
}

async function shownOcopKpi(page: Page): Promise<number | null> {
  await page.getByRole('button', { name: 'Tổng quan' }).click();
  const kpi = page.getByTestId('kpi-ocopProducts');
  await kpi.waitFor({ timeout: STARTUP_TIMEOUT });
  const value = await kpi.getAttribute('data-value');
  return value ? Number(value) : null;
}

/** The OCOP KPI of the default overview, from the same SQL in Node on the same data. */
async function expectedOcopKpi(): Promise<number | null> {
  const years = await availableYears(db, DEFAULT_FILTERS);
  const year = defaultKpiYear(years, null, null);
  const series = await kpiSeries(db, DEFAULT_FILTERS);
  return series.ocopProducts.find((s) => s.year === year)?.value ?? null;
}

/** Applies to the Node database what the page does with a file: the same ingest, the same load. */
async function uploadInNode(loadId: string, bytes: Uint8Array): Promise<void> {
  const { table } = ingestCsv(bytes);
  await insertLoadFromCsv(
    db,
    {
      loadId,
      dataset: table.dataset,
      origin: 'uploaded',
      fileName: loadId,
      loadedAt: new Date().toISOString(),
    },
    table.columns,
    csvForDuckDb(table.columns, table.rows),
    table.rows.length,
  );
}

async function expectClean(watch: PageWatch): Promise<void> {
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  await watch.context.close();
}

describe('importing users’ own CSV exports', () => {
  it('reads a UTF-8-BOM semicolon export with a title and a total row, and loads it after the user says so', async () => {
    const path = writeFile('ocop-2024.csv', SEMICOLON_REPORT);
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1000 } });
    const page = await openDataView(watch);
    await expect
      .poll(() => page.getByText('không có dữ liệu nào được gửi ra khỏi máy', { exact: false }).count())
      .toBe(1);
    const before = await loadsList(page);

    await chooseFiles(page, [path]);
    const item = session(page, 'ocop-2024.csv');
    await expectPhase(item, 'mapping');
    expect(await item.getByLabel('Bộ dữ liệu').inputValue()).toBe('ocop_products');
    expect(await item.textContent()).toContain(
      'Mã hóa: UTF-8 có BOM · Phân cách: dấu chấm phẩy (;) · Dòng tiêu đề: dòng 2',
    );
    expect(await item.getByLabel('Tỉnh/Thành phố').inputValue()).toBe('0');
    expect(await item.locator('table.import-preview tbody tr').count()).toBe(2);
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('data-mapping.png') });
    // Nothing is loaded before the user's choice.
    expect(await loadsList(page)).toEqual(before);

    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    const status = item.getByRole('status');
    expect([
      await figure(item, 'read'),
      await figure(item, 'load'),
      await figure(item, 'skipped'),
      await figure(item, 'rejected'),
    ]).toEqual([2, 2, 2, 0]);
    expect(await status.textContent()).toContain('dòng tiêu đề phía trên: dòng 1');
    expect(await status.textContent()).toContain('dòng tổng cộng: dòng 5');
    expect(await loadsList(page)).toEqual(before);

    await item.getByRole('button', { name: 'Nạp 2 dòng hợp lệ' }).click();
    await expectPhase(item, 'loaded');
    expect(await item.getByRole('status').textContent()).toBe(
      'Đã nạp 2 dòng từ tệp "ocop-2024.csv". Các trang đã dùng dữ liệu mới.',
    );
    await expect.poll(async () => (await loadsList(page)).length).toBe(before.length + 1);
    const after = await loadsList(page);
    expect(after.at(-1)?.slice(0, 4)).toEqual(['Sản phẩm OCOP', 'ocop-2024.csv', 'Tải lên', '2']);
    const illustrative = page.locator('tr[data-load="bundled:illustrative/ocop_products.csv"]');
    expect(await illustrative.textContent()).toContain('Đang ẩn vì dữ liệu của bạn đã được nạp');
    // Only OCOP's illustrative rows make way; the other datasets keep theirs.
    expect(await page.locator('tr[data-load="bundled:illustrative/mous.csv"]').textContent()).toContain(
      'Đang dùng',
    );
    await page.locator('table.data-loads').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('data-loaded.png'), fullPage: true });
    await expectClean(watch);
  });

  it('reads a UTF-16 LE tab-separated file with decomposed (NFD) Vietnamese names, dropped on the page', async () => {
    const watch = await browser.openPage();
    const page = await openDataView(watch);
    await dropFile(page, 'unicode-text.csv', UTF16_TAB_FILE);
    const item = session(page, 'unicode-text.csv');
    await expectPhase(item, 'mapping');
    expect(await item.textContent()).toContain('Mã hóa: UTF-16 LE · Phân cách: tab · Dòng tiêu đề: dòng 1');
    const preview = await item.locator('table.import-preview tbody').textContent();
    expect(preview).toContain('Thừa Thiên Huế'); // composed (NFC) for display and matching
    expect(preview).toContain('Bà Rịa – Vũng Tàu');
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([3, 0]);
    await item.getByRole('button', { name: 'Nạp 3 dòng hợp lệ' }).click();
    await expectPhase(item, 'loaded');
    await expect
      .poll(async () => (await loadsList(page)).at(-1)?.slice(1, 4))
      .toEqual(['unicode-text.csv', 'Tải lên', '3']);
    await expectClean(watch);
  });

  it('reads Vietnamese thousands and five spellings of HCMC; the OCOP KPI changes exactly as the same SQL says', async () => {
    const years = await availableYears(db, DEFAULT_FILTERS);
    const kpiYear = defaultKpiYear(years, null, null) ?? 0;
    const bytes = hcmcFile(kpiYear);
    const path = writeFile('hcmc.csv', bytes);
    const bundledKpi = await expectedOcopKpi();
    await uploadInNode('node:hcmc', bytes);
    const expectedKpi = await expectedOcopKpi();
    await removeLoad(db, 'node:hcmc');
    // The upload is all of that year's real data: its total replaces the illustrative figure.
    expect(expectedKpi).toBe(HCMC_TOTAL);
    expect(expectedKpi).not.toBe(bundledKpi);

    const watch = await browser.openPage();
    const page = await openDataView(watch);
    expect(await shownOcopKpi(page)).toBe(bundledKpi);
    await page.getByRole('button', { name: 'Dữ liệu' }).click();
    const item = await importFile(page, path);
    expect(await item.getByRole('status').textContent()).toContain('Đã nạp 5 dòng');
    await expect.poll(() => shownOcopKpi(page), { timeout: 15_000 }).toBe(expectedKpi);
    expect((await page.getByTestId('kpi-ocopProducts').textContent())?.trim()).toBe('4.220');
    await expectClean(watch);
  });

  it('shows each rejected row with its row number and reason, downloads the report, and loads the valid rows', async () => {
    const path = writeFile('ocop-loi.csv', INVALID_ROWS_FILE);
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1100 } });
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'ocop-loi.csv');
    await expectPhase(item, 'mapping');
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    expect([await figure(item, 'read'), await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([
      4, 1, 3,
    ]);
    const rejected = item.locator('table.import-rejected tbody tr');
    const cells = await rejected.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
    expect(cells.map((c) => c.slice(0, 3))).toEqual([
      ['3', 'province', 'Tỉnh Không Có'],
      ['4', 'star', '7'],
      ['5', 'year', 'abc'],
    ]);
    expect(cells[0]?.[3]).toContain('Không nhận ra tỉnh/thành phố "Tỉnh Không Có"');
    expect(cells[1]?.[3]).toBe(
      'Hạng sao "7" không hợp lệ: chỉ nhận 3 sao, 4 sao, 5 sao, tiềm năng 5 sao hoặc đề nghị công nhận 5 sao.',
    );
    expect(cells[2]?.[3]).toBe('Năm "abc" không hợp lệ: cần bốn chữ số, từ 2000 đến 2100.');
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('data-report.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Tải báo cáo kiểm tra (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-kiem-tra-ocop-loi.csv');
    const report = readFileSync((await download.path()) ?? '');
    expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = report.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('"Dòng";"Cột";"Giá trị";"Kết quả";"Lý do"');
    // How the file was read comes first, then one line per rejected cell.
    expect(lines[1]).toBe('"";"";"";"Ghi chú";"Dòng tiêu đề: dòng 1"');
    expect(lines.find((line) => line.startsWith('"4";'))).toBe(
      '"4";"star";"7";"Bị loại";"Hạng sao ""7"" không hợp lệ: chỉ nhận 3 sao, 4 sao, 5 sao, tiềm năng 5 sao hoặc đề nghị công nhận 5 sao."',
    );

    // The reasons follow the UI language.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect
      .poll(() => item.locator('table.import-rejected tbody tr').nth(1).locator('td').nth(3).textContent())
      .toBe(
        'Star rating "7" is not valid: only 3-star, 4-star, 5-star, potential 5-star or proposed 5-star are accepted.',
      );
    await page.getByLabel('Language').selectOption('vi');

    await item.getByRole('button', { name: 'Nạp 1 dòng hợp lệ' }).click();
    await expectPhase(item, 'loaded');
    await expect
      .poll(async () => (await loadsList(page)).at(-1)?.slice(1, 4))
      .toEqual(['ocop-loi.csv', 'Tải lên', '1']);
    await expectClean(watch);
  });

  it('says plainly what is wrong with an empty, a header-only and a binary file, and changes nothing', async () => {
    const empty = writeFile('trong.csv', '');
    const headerOnly = writeFile('chi-tieu-de.csv', utf8Bom('Tỉnh/Thành phố;Năm công nhận;Số sao\r\n'));
    // An Excel workbook renamed .csv: a zip ("PK\3\4") full of NUL bytes.
    const zip = Buffer.alloc(4096);
    zip.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    for (let i = 8; i < zip.length; i += 7) zip[i] = (i * 31) % 256;
    const binary = writeFile('bao-cao.xlsx.csv', zip);

    const watch = await browser.openPage();
    const page = await openDataView(watch);
    const before = await loadsList(page);
    await chooseFiles(page, [empty, headerOnly, binary]);
    const messages = await Promise.all(
      ['trong.csv', 'chi-tieu-de.csv', 'bao-cao.xlsx.csv'].map(async (name) => {
        const item = session(page, name);
        await expectPhase(item, 'problem');
        return item.getByRole('alert').textContent();
      }),
    );
    expect(messages).toEqual([
      'Tệp "trong.csv" trống: không có dòng nào để đọc. Dữ liệu không thay đổi.',
      'Tệp "chi-tieu-de.csv" chỉ có dòng tiêu đề, không có dòng dữ liệu nào. Dữ liệu không thay đổi.',
      // Read as the workbook its bytes say it is, and found damaged.
      expect.stringContaining('Không đọc được sổ Excel "bao-cao.xlsx.csv": tệp bị hỏng'),
    ]);
    expect(await loadsList(page)).toEqual(before);

    // Missing required columns: said on the mapping screen, and the check cannot start.
    const noStar = writeFile('thieu-cot.csv', 'Tỉnh/Thành phố,Năm công nhận,Số lượng\nHà Nội,2024,3\n');
    await chooseFiles(page, [noStar]);
    const item = session(page, 'thieu-cot.csv');
    await expectPhase(item, 'mapping');
    expect(await item.getByRole('alert').textContent()).toBe(
      'Thiếu cột bắt buộc: Hạng sao. Hãy chọn cột tương ứng trong tệp, hoặc chọn đúng bộ dữ liệu.',
    );
    expect(await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).isDisabled()).toBe(true);
    await item.getByRole('button', { name: 'Hủy' }).click();
    await expectPhase(item, 'cancelled');
    expect(await loadsList(page)).toEqual(before);
    await expectClean(watch);
  });

  it('keeps uploads across a reload, remembers a confirmed mapping, replaces on request, removes and clears', async () => {
    // Headers the dashboard cannot guess: the user maps "Địa bàn" to the province by hand.
    const header = 'Địa bàn;Năm công nhận;Số sao;Số lượng\r\n';
    const first = writeFile('dia-ban-2024.csv', utf8Bom(`${header}Hà Nội;2024;4;10\r\nHuế;2024;3;4\r\n`));
    const second = writeFile('dia-ban-2025.csv', utf8Bom(`${header}Hà Nội;2025;4;11\r\n`));
    const mous = writeFile(
      'mou.csv',
      'Ngày ký,Bên A,Tỉnh bên A,Bên B,Tỉnh bên B,Loại biên bản\n05/03/2024,Sở Công Thương Đồng Tháp,Đồng Tháp,Saigon Co.op,TP.HCM,Chính quyền – doanh nghiệp\n',
    );

    const watch = await browser.openPage();
    const page = await openDataView(watch);
    const bundled = await loadsList(page);

    await chooseFiles(page, [first]);
    let item = session(page, 'dia-ban-2024.csv');
    await expectPhase(item, 'mapping');
    await item.getByLabel('Tỉnh/Thành phố').selectOption({ label: 'Địa bàn' });
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    await item.getByRole('button', { name: 'Nạp 2 dòng hợp lệ' }).click();
    await expectPhase(item, 'loaded');
    await expectSaved(item);
    await importFile(page, mous);

    await page.reload();
    await waitForLoadsList(page);
    const restored = await loadsList(page);
    expect(restored.map((r) => r.slice(1, 4))).toEqual([
      ...bundled.map((r) => r.slice(1, 4)),
      ['dia-ban-2024.csv', 'Tải lên', '2'],
      ['mou.csv', 'Tải lên', '1'],
    ]);
    expect(
      await page.locator('tr[data-load="bundled:illustrative/ocop_products.csv"]').textContent(),
    ).toContain('Đang ẩn');

    // Same header row: the confirmed mapping is applied, and the user is asked replace-or-add.
    await chooseFiles(page, [second]);
    item = session(page, 'dia-ban-2025.csv');
    await expectPhase(item, 'mapping');
    expect(await item.textContent()).toContain('Đã áp dụng cách ghép cột bạn xác nhận trước đây');
    expect(await item.getByLabel('Tỉnh/Thành phố').inputValue()).toBe('0');
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    expect(await item.textContent()).toContain(
      'Bạn đã tải lên 1 tệp "Sản phẩm OCOP". Tệp mới thay thế các tệp đó, hay nạp thêm bên cạnh?',
    );
    await item.getByRole('button', { name: 'Nạp và thay thế tệp cũ' }).click();
    await expectPhase(item, 'loaded');
    await expectSaved(item);
    await expect.poll(async () => (await loadsList(page)).map((r) => r[1])).toContain('dia-ban-2025.csv');
    let files = (await loadsList(page)).map((r) => r[1]);
    expect(files).not.toContain('dia-ban-2024.csv');

    // Remove one upload, with a confirmation.
    const mouRow = page.locator('table.data-loads tr', { hasText: 'mou.csv' });
    await mouRow.getByRole('button', { name: 'Gỡ bỏ' }).click();
    expect(await mouRow.textContent()).toContain(
      'Gỡ bỏ tệp "mou.csv" khỏi bảng điều khiển và khỏi trình duyệt này?',
    );
    await mouRow.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(async () => (await loadsList(page)).map((r) => r[1])).not.toContain('mou.csv');
    await page.reload();
    await waitForLoadsList(page);
    files = (await loadsList(page)).map((r) => r[1]);
    expect(files).not.toContain('mou.csv');
    expect(files).toContain('dia-ban-2025.csv');

    // Clear all: one click, one confirmation; the bundled data is back as it was, also after a reload.
    await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu đã tải lên' }).click();
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => loadsList(page)).toEqual(bundled);
    await page.reload();
    await waitForLoadsList(page);
    expect(await loadsList(page)).toEqual(bundled);
    await expectClean(watch);
  }, 300_000);

  it('reads a 1M-row file in a worker with progress; Cancel midway leaves loads and KPI unchanged', async () => {
    const path = files.path('mot-trieu-dong.csv');
    const provinces = ['Hà Nội', 'TP.HCM', 'Đồng Tháp', 'Sóc Trăng', 'Thừa Thiên Huế', 'Cần Thơ', 'An Giang'];
    const lines: string[] = ['Tỉnh/Thành phố;Năm công nhận;Số sao;Nhóm sản phẩm;Số lượng'];
    for (let i = 0; i < 1_000_000; i++) {
      lines.push(`${provinces[i % 7]};${2019 + (i % 6)};${3 + (i % 3)} sao;Thực phẩm;${1 + (i % 9)}`);
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const sizeMb = statSync(path).size / 1e6;
    expect(sizeMb).toBeGreaterThan(30);

    const watch = await browser.openPage();
    const page = await openDataView(watch);
    const loadsBefore = await loadsList(page);
    const kpiBefore = await shownOcopKpi(page);
    await page.getByRole('button', { name: 'Dữ liệu' }).click();

    const started = Date.now();
    await chooseFiles(page, [path]);
    const item = session(page, 'mot-trieu-dong.csv');
    await expectPhase(item, 'mapping');
    const previewMs = Date.now() - started;
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    const bar = item.getByRole('progressbar');
    await bar.waitFor();
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 })
      .toBeGreaterThan(20);
    const at = Number(await bar.getAttribute('aria-valuenow'));
    expect(at).toBeLessThan(100);
    expect(await item.textContent()).toMatch(/Đã đọc [\d,]+ \/ [\d,]+ MB · [\d.]+ dòng/);
    await item.getByRole('button', { name: 'Hủy' }).click();
    await expectPhase(item, 'cancelled');
    const cancelledMs = Date.now() - started;
    expect(await item.getByRole('status').textContent()).toBe(
      'Đã hủy nhập tệp "mot-trieu-dong.csv". Dữ liệu không thay đổi.',
    );
    expect(await loadsList(page)).toEqual(loadsBefore);
    expect(await shownOcopKpi(page)).toBe(kpiBefore);
    console.info(
      `1M rows (${sizeMb.toFixed(1)} MB): mapping screen after ${previewMs} ms, cancelled at ${at} % after ${cancelledMs} ms`,
    );
    await expectClean(watch);
  });
});

describe('departmental exports as provinces keep them', () => {
  /** A list written as a department's Excel saves it: letterhead, a title with a comma, two header lines. */
  const list = (name: string, options: Parameters<typeof departmentalList>[0]) =>
    writeFile(name, utf8Bom(departmentalList(options)));

  async function check(item: Locator): Promise<void> {
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
  }

  it('finds the header under a title with a comma, lets the user pick another row, and loads the list whole', async () => {
    const rows = listRows({ count: 40, seed: 21, provinces: ['Đồng Tháp'], year: 2023 });
    const path = list('dong-thap-2023.csv', {
      unit: 'ĐỒNG THÁP',
      titleYear: 2023,
      period: 'year',
      rows,
      sectionEvery: 10,
    });
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1400 } });
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'dong-thap-2023.csv');
    await expectPhase(item, 'mapping');
    expect(await item.getByLabel('Dòng tiêu đề', { exact: true }).inputValue()).toBe('6');
    expect(await item.getByLabel('Tên sản phẩm').inputValue()).not.toBe('');
    await item.locator('.import-top').scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('data-mapping-header-row.png') });

    // Another row as header: the file is re-read and re-mapped at once (nothing fits: province missing).
    await item.getByRole('button', { name: 'Dùng dòng 4 làm dòng tiêu đề' }).click();
    await expect.poll(() => item.getByLabel('Dòng tiêu đề', { exact: true }).inputValue()).toBe('4');
    await expect.poll(() => item.locator('.import-error').count()).toBe(1);
    // Back to the real header, by its number.
    const input = item.getByLabel('Dòng tiêu đề', { exact: true });
    await input.fill('6');
    await input.press('Enter');
    await expect.poll(() => item.locator('.import-error').count()).toBe(0);
    expect(await item.getByLabel('Tỉnh/Thành phố', { exact: true }).inputValue()).toBe('3');

    await check(item);
    expect([await figure(item, 'read'), await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([
      40, 40, 0,
    ]);
    expect(await item.textContent()).toContain('Dòng tiêu đề: dòng 6');
    await expectClean(watch);
  }, 120_000);

  it('reads years from the recognition date, every 2023 group spelling and star levels as written', async () => {
    const spellings = groupSpellings();
    const rows = listRows({
      count: spellings.length * 2,
      seed: 22,
      provinces: ['Cần Thơ', 'Hậu Giang'],
      groups: spellings.map((s) => s.spelling),
      stars: STAR_SPELLINGS.map((s) => s.spelling),
      from: '2021-01-01',
      to: '2025-06-30',
    });
    const path = list('can-tho-ngay.csv', {
      unit: 'CẦN THƠ',
      titleYear: 2025,
      period: 'date',
      rows,
      delimiter: ';',
    });
    const watch = await browser.openPage();
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'can-tho-ngay.csv');
    await expectPhase(item, 'mapping');
    expect(await item.locator('.import-year-from-date').textContent()).toContain('Năm ← Ngày công nhận');
    await check(item);
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([rows.length, 0]);
    expect(await item.textContent()).toContain('Năm lấy từ cột ngày "Ngày công nhận"');
    await expectClean(watch);
  }, 120_000);

  it('reads a 2025 year-end list of the merged Vĩnh Long in the 34 layout, and loads it so', async () => {
    const rows = listRows({
      count: 30,
      seed: 23,
      provinces: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
      year: 2025,
    });
    const path = list('vinh-long-2025.csv', { unit: 'VĨNH LONG', titleYear: 2025, period: 'year', rows });
    const watch = await browser.openPage();
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'vinh-long-2025.csv');
    await expectPhase(item, 'mapping');
    expect(await item.getByLabel('Đơn vị hành chính trong tệp').inputValue()).toBe('34');
    expect(await item.textContent()).toContain('Đoán theo tiêu đề tệp: Vĩnh Long sau sáp nhập.');
    await check(item);
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([30, 0]);
    expect(await item.textContent()).toContain('Đơn vị hành chính trong tệp: 34 tỉnh mới');
    expect(await item.textContent()).toContain('20 ô ghi tên tỉnh cũ');
    await item.getByRole('button', { name: 'Nạp 30 dòng hợp lệ' }).click();
    await expectPhase(item, 'loaded');
    await expectSaved(item);
    // The stored upload keeps how it was read, and comes back after a reload with its 30 rows.
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('ocop-dashboard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('uploads').objectStore('uploads').getAll();
            request.onsuccess = () => {
              resolve(
                (request.result as { load: { fileName: string }; readWith?: unknown }[]).map((r) => [
                  r.load.fileName,
                  r.readWith,
                ]),
              );
              open.result.close();
            };
          };
        }),
    );
    expect(stored).toEqual([['vinh-long-2025.csv', { headerRowNumber: 6, layout: '34' }]]);
    await page.reload();
    await waitForLoadsList(page);
    expect((await loadsList(page)).at(-1)?.slice(1, 4)).toEqual(['vinh-long-2025.csv', 'Tải lên', '30']);
    await expectClean(watch);
  }, 120_000);

  it('loads a province’s own list without a province column once the user gives its province', async () => {
    const rows = listRows({ count: 15, seed: 26, provinces: [''], year: 2025 });
    const path = list('vinh-long-khong-cot-tinh.csv', {
      unit: 'VĨNH LONG',
      titleYear: 2025,
      period: 'year',
      rows,
      withoutProvince: true,
    });
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1400 } });
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'vinh-long-khong-cot-tinh.csv');
    await expectPhase(item, 'mapping');
    const check = item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' });
    expect(await check.isDisabled()).toBe(true);
    const oneForAll = item.getByLabel('hoặc một tỉnh cho mọi dòng:');
    // Offered from the title, never chosen for the user.
    expect(await oneForAll.inputValue()).toBe('');
    expect(await oneForAll.locator('optgroup').first().getAttribute('label')).toBe('Nêu trong tiêu đề tệp');
    await oneForAll.selectOption('Vĩnh Long');
    expect(await check.isDisabled()).toBe(false);
    await item.screenshot({ path: screenshotPath('data-mapping-one-province.png') });
    await check.click();
    await expectPhase(item, 'report');
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([15, 0]);
    expect(await item.textContent()).toContain('Tỉnh/Thành phố của mọi dòng: Vĩnh Long');
    expect(await item.textContent()).toContain('Đơn vị hành chính trong tệp: 34 tỉnh mới');
    await expectClean(watch);
  }, 120_000);

  it('loads a decision’s annex once the user gives the province and the year its title names', async () => {
    const path = writeFile('qd-1234-quang-ninh.csv', DECISION_ANNEX.join('\r\n'));
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1400 } });
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'qd-1234-quang-ninh.csv');
    await expectPhase(item, 'mapping');
    const check = item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' });
    await item.getByLabel('hoặc một tỉnh cho mọi dòng:').selectOption('Quảng Ninh');
    expect(await check.isDisabled()).toBe(true);
    const oneYear = item.getByLabel('hoặc một năm cho mọi dòng:');
    // The year of the decision line is offered first, never chosen for the user.
    expect(await oneYear.inputValue()).toBe('');
    expect(await oneYear.locator('optgroup').first().getAttribute('label')).toBe('Nêu trong tiêu đề tệp');
    expect(await oneYear.locator('optgroup').first().locator('option').allTextContents()).toEqual(['2024']);
    await oneYear.selectOption({ label: '2024' });
    expect(await check.isDisabled()).toBe(false);
    await item.screenshot({ path: screenshotPath('data-mapping-one-year.png') });
    await check.click();
    await expectPhase(item, 'report');
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([3, 0]);
    expect(await item.textContent()).toContain('của mọi dòng: 2024');
    await expectClean(watch);
  }, 120_000);

  it('reads the dates of a list saved by Excel on an English Windows month first, as its cells show', async () => {
    const path = writeFile('hoa-binh-en-us.csv', MONTH_FIRST_LIST.join('\r\n'));
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1400 } });
    const page = await openDataView(watch);
    await chooseFiles(page, [path]);
    const item = session(page, 'hoa-binh-en-us.csv');
    await expectPhase(item, 'mapping');
    const order = item.getByLabel('Ngày trong tệp viết theo');
    expect(await order.inputValue()).toBe('mdy');
    expect(await item.textContent()).toContain('Đoán theo ô 9/20/2019');
    await item.screenshot({ path: screenshotPath('data-mapping-month-first.png') });
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expectPhase(item, 'report');
    // Day first, 9/20/2019 would be rejected and 11/5/2020 read as 11 May.
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([4, 0]);
    expect(await item.textContent()).toContain('Ngày đọc theo kiểu tháng/ngày/năm');
    await expectClean(watch);
  }, 120_000);

  it('maps an unknown group once for all its rows, says so in the report, and remembers it for the next file', async () => {
    const groups = ['Thực phẩm', 'Nông sản đặc sản vùng'];
    const first = list('soc-trang-2022.csv', {
      unit: 'SÓC TRĂNG',
      titleYear: 2022,
      period: 'year',
      rows: listRows({ count: 24, seed: 24, provinces: ['Sóc Trăng'], groups, year: 2022 }),
    });
    const second = list('soc-trang-2023.csv', {
      unit: 'SÓC TRĂNG',
      titleYear: 2023,
      period: 'year',
      rows: listRows({ count: 10, seed: 25, provinces: ['Sóc Trăng'], groups, year: 2023 }),
    });
    const watch = await browser.openPage({ viewport: { width: 1280, height: 1200 } });
    const page = await openDataView(watch);
    await chooseFiles(page, [first]);
    let item = session(page, 'soc-trang-2022.csv');
    await expectPhase(item, 'mapping');
    await check(item);
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([12, 12]);
    const unknown = item.locator('tr[data-unknown="Nông sản đặc sản vùng"]');
    expect(await unknown.locator('td.numeric').textContent()).toBe('12');
    await item.getByLabel('Nông sản đặc sản vùng').selectOption('food');
    await item.locator('.import-unknown').scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('data-report-unknown-values.png') });
    await item.getByRole('button', { name: 'Áp dụng và kiểm tra lại' }).click();
    await expectPhase(item, 'reading', 10_000).catch(() => undefined);
    await expectPhase(item, 'report');
    await expect.poll(() => figure(item, 'load')).toBe(24);
    expect(await figure(item, 'rejected')).toBe(0);
    expect(await item.textContent()).toContain("'Nông sản đặc sản vùng' → Thực phẩm: 12 dòng");
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('data-report-mapped.png') });

    // The next file with the same headers reads the value the same way, without asking.
    await chooseFiles(page, [second]);
    item = session(page, 'soc-trang-2023.csv');
    await expectPhase(item, 'mapping');
    await check(item);
    expect([await figure(item, 'load'), await figure(item, 'rejected')]).toEqual([10, 0]);
    expect(await item.textContent()).toContain("'Nông sản đặc sản vùng' → Thực phẩm: 5 dòng");
    await expectClean(watch);
  }, 120_000);
});
