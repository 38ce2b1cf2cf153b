/**
 * The one data table (src/components/DataTable.tsx) in the browser, through the SQL console: a header
 * sorted from the keyboard in Vietnamese order, the CSV that is exactly the rows shown, and a result
 * longer than the table renders at once scrolled to its last row.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/database';
import { startNodeDatabaseWithBundledData } from '../src/db/nodeBundledData';
import { translate } from '../src/i18n/messages';
import { CONSOLE_ROW_LIMIT } from '../src/queries/readOnlySql';
import { launchChromium, openWatchedPage, screenshotPath } from './browser';

let browser: Browser;
let db: Database;
beforeAll(async () => {
  [browser, db] = await Promise.all([launchChromium(), startNodeDatabaseWithBundledData()]);
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

async function runInConsole(page: Page, query: string): Promise<Locator> {
  await page.goto(`${inject('baseUrl')}?view=sql`);
  const editor = page.getByTestId('sql-editor');
  await editor.waitFor({ timeout: 60_000 });
  await page.getByTestId('sql-schema').waitFor({ timeout: 60_000 });
  await editor.fill(query);
  await editor.press('Control+Enter');
  const grid = page.getByTestId('sql-grid');
  await grid.waitFor({ timeout: 60_000 });
  return grid;
}

/** The rendered body rows' cell values, in order. */
const renderedRows = (grid: Locator) =>
  grid
    .locator('tbody tr[data-index]')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.getAttribute('data-value') ?? '')),
    );

describe('the data table', () => {
  it('sorts a column from the keyboard in Vietnamese order, and its CSV is exactly what is shown', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(browser);
    const grid = await runInConsole(page, 'SELECT name, code FROM provinces_63');
    const all = await db.query<{ name: string; code: string }>('SELECT name, code FROM provinces_63');
    const collator = new Intl.Collator('vi');
    const byName = [...all].sort((a, b) => collator.compare(a.name, b.name)).map((r) => [r.name, r.code]);

    // Tab from the CSV button (past the table's scroll region) to the first header's sort button.
    await page.getByRole('button', { name: translate('vi', 'sqlExportCsv'), exact: true }).focus();
    const focusedColumn = () =>
      page.evaluate(() => document.activeElement?.closest('thead th')?.getAttribute('data-column') ?? null);
    for (let i = 0; i < 3 && (await focusedColumn()) === null; i++) await page.keyboard.press('Tab');
    expect(await focusedColumn()).toBe('0');
    const nameHeader = grid.locator('thead th[data-column="0"]');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await renderedRows(grid)).toEqual(byName);
    await page.keyboard.press('Space');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    const shown = await renderedRows(grid);
    expect(shown).toEqual([...byName].reverse());

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: translate('vi', 'sqlExportCsv'), exact: true }).click(),
    ]);
    const text = (await readFile((await download.path()) ?? '')).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = Papa.parse<string[]>(text.slice(1), {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(csv.data).toEqual([['name', 'code'], ...shown]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows every row a long SQL result fetched, virtualised, and scrolls to the last one', async () => {
    const query = 'SELECT province_code, year, star, product_group, count FROM ocop_products ORDER BY ALL';
    const total = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM ocop_products');
    expect(total[0]?.n).toBeGreaterThan(CONSOLE_ROW_LIMIT);
    const fetched = await db.query<Record<string, string | number>>(`${query} LIMIT ${CONSOLE_ROW_LIMIT}`);
    const last = Object.values(fetched.at(-1) ?? {}).map(String);

    const { page, context, consoleErrors } = await openWatchedPage(browser, {
      viewport: { width: 1440, height: 900 },
    });
    const grid = await runInConsole(page, query);
    const scroller = page.getByTestId('sql-grid-scroll');
    expect(await scroller.getAttribute('data-virtual')).toBe('true');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(CONSOLE_ROW_LIMIT + 1));
    // Only a window of the rows is in the page at a time.
    expect((await renderedRows(grid)).length).toBeLessThan(200);

    // Scrolled to the end, again while rows coming into view are measured and the box grows, until the
    // last row sits in the scroll box's view, not under its bottom edge.
    const lastRow = grid.locator(`tbody tr[aria-rowindex="${CONSOLE_ROW_LIMIT + 1}"]`);
    await expect
      .poll(async () => {
        await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        if ((await lastRow.count()) === 0) return false;
        const [box, row] = await Promise.all([scroller.boundingBox(), lastRow.boundingBox()]);
        return Boolean(row && box && row.y + row.height <= box.y + box.height + 1);
      })
      .toBe(true);
    expect(
      await lastRow.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value'))),
    ).toEqual(last);
    await page.screenshot({ path: screenshotPath('data-table-sql-last-row.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
