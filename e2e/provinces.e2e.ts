import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runSql, sql } from '../src/db/sql';
import type { FilterState } from '../src/filters/filterState';
import { defaultKpiYear } from '../src/filters/kpiYear';
import { parseFilterState } from '../src/filters/urlState';
import { translate } from '../src/i18n/messages';
import { availableYears, KPI_IDS, type KpiId, kpiSeries } from '../src/queries/overviewMetrics';
import { provinceTable, provinceTableSql } from '../src/queries/provinceTable';
import { screenshotPath } from './browser';
import { pageStill } from './charts';
import { bundledDatabaseForFile, chromiumForFile } from './fixtures';
import { shownKpis } from './kpiCards';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();

const PROVINCES = '?view=provinces';
const vi = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('vi', key, params);

interface ShownRow {
  readonly index: number;
  readonly kind: string;
  readonly unitKey: string | null;
  readonly region: string | null;
  readonly values: Record<string, string>;
}

/**
 * Whether the virtualized table has drawn the rows in view: no placeholder row (the height of the rows
 * not drawn) shows in the scrolling container. It draws them when the scroll event reaches it.
 */
function rowsInView(scroller: HTMLElement): boolean {
  const view = scroller.getBoundingClientRect();
  return [...scroller.querySelectorAll('tr.provinces-pad')].every((pad) => {
    const box = pad.getBoundingClientRect();
    return box.bottom <= view.top || box.top >= view.bottom;
  });
}

/** Every row of the (virtualized) table, scrolling its container from top to bottom to see them all. */
async function tableRows(page: Page): Promise<ShownRow[]> {
  const scroller = page.getByTestId('provinces-scroll');
  const total = Number(await page.getByTestId('provinces-table').getAttribute('aria-rowcount')) - 2;
  const seen = new Map<number, ShownRow>();
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  for (let step = 0; step < 200 && seen.size < total; step++) {
    const rows = await scroller.evaluate((el) =>
      [...el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row-index]')].map((tr) => ({
        index: Number(tr.dataset.rowIndex),
        kind: tr.dataset.rowKind ?? '',
        unitKey: tr.dataset.unitKey ?? null,
        region: tr.dataset.region ?? null,
        values: Object.fromEntries(
          [...tr.querySelectorAll<HTMLElement>('[data-column]')].map((cell) => [
            cell.dataset.column ?? '',
            cell.dataset.value ?? cell.textContent?.trim() ?? '',
          ]),
        ),
      })),
    );
    for (const row of rows) seen.set(row.index, row);
    await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
    await expect.poll(() => scroller.evaluate(rowsInView)).toBe(true);
  }
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  expect(seen.size).toBe(total);
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

async function openProvinces(page: Page, search = PROVINCES) {
  await page.goto(`${inject('baseUrl')}${search}`);
  await page.getByTestId('provinces-table').waitFor({ timeout: 60_000 });
  await page.locator('tbody tr[data-row-kind]').first().waitFor();
}

/** A CSV as the dashboard writes it (quoted text, bare numbers), split into cells. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function expectedKpis(filters: FilterState): Promise<Record<KpiId, number | null>> {
  const years = await availableYears(db, filters);
  const year = defaultKpiYear(years, filters.yearFrom, filters.yearTo);
  const series = await kpiSeries(db, filters);
  return Object.fromEntries(
    KPI_IDS.map((id) => [id, series[id].find((s) => s.year === year)?.value ?? null]),
  ) as Record<KpiId, number | null>;
}

describe('the provinces table', () => {
  it('lists the provinces in the Node SQL’s order and sorts by OCOP total as ORDER BY does', async () => {
    // The 63 layout: 63 old units plus the post-merger units with data, more than 40 rows, so only a
    // window of them is in the DOM.
    const filters = parseFilterState(`${PROVINCES}&layout=63`);
    const expected = await provinceTable(db, filters);
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage({
      viewport: { width: 1440, height: 1000 },
    });
    await openProvinces(page, `${PROVINCES}&layout=63`);
    expect(await page.getByTestId('provinces-scroll').getAttribute('data-virtual')).toBe('true');
    expect(await page.locator('tbody tr[data-row-index]').count()).toBeLessThan(expected.rows.length);
    const shown = await tableRows(page);
    expect(shown.map((r) => r.unitKey)).toEqual(expected.rows.map((r) => r.unitKey));
    expect(shown.map((r) => Number(r.values.ocopTotal))).toEqual(expected.rows.map((r) => r.ocopTotal));
    expect(shown.map((r) => r.values.mous)).toEqual(expected.rows.map((r) => String(r.mous)));
    expect(
      await page
        .getByRole('columnheader', { name: vi('provincesColOcopYear', { year: expected.year ?? 0 }) })
        .count(),
    ).toBe(1);
    await pageStill(page);
    await page.screenshot({ path: screenshotPath('provinces.png'), fullPage: true });

    await page.getByRole('button', { name: vi('provincesColOcopTotal'), exact: true }).click();
    await expect
      .poll(() => page.locator('th[data-column="ocopTotal"]').getAttribute('aria-sort'))
      .toBe('descending');
    const inSql = await runSql<{ unitKey: string; ocopTotal: number }>(
      db,
      sql`SELECT "unitKey", "ocopTotal" FROM (${provinceTableSql(filters, expected.year, {
        orderBy: sql`"ocopTotal" DESC`,
      })})`,
    );
    const sorted = await tableRows(page);
    expect(sorted.map((r) => r.unitKey)).toEqual(inSql.map((r) => r.unitKey));
    expect(sorted.map((r) => Number(r.values.ocopTotal))).toEqual(inSql.map((r) => r.ocopTotal));

    // Names in Vietnamese order: Đ after D, before G.
    await page.getByRole('button', { name: vi('provincesColName'), exact: true }).click();
    const byName = (await tableRows(page)).map(
      (r) => expected.rows.find((e) => e.unitKey === r.unitKey)?.name ?? '',
    );
    expect(byName).toEqual([...byName].sort(new Intl.Collator('vi').compare));
    expect(byName.indexOf('Đồng Tháp')).toBeLessThan(byName.indexOf('Gia Lai'));
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('groups by region with subtotals equal to the sums SQL gives in Node', async () => {
    const filters = parseFilterState(PROVINCES);
    const { year } = await provinceTable(db, filters);
    const sums = await runSql<{ region: string; n: number; ocop: number; mous: number }>(
      db,
      sql`SELECT region, count(*)::INTEGER AS n, sum("ocopTotal")::INTEGER AS ocop, sum(mous)::INTEGER AS mous
        FROM (${provinceTableSql(filters, year)}) GROUP BY region`,
    );
    const { page, context, consoleErrors } = await browser.openPage();
    await openProvinces(page);
    await page.getByLabel(vi('provincesGroupByRegion')).check();
    await page.locator('tr[data-row-kind="group"]').first().waitFor();
    const shown = await tableRows(page);
    const groups = shown.filter((r) => r.kind === 'group');
    expect(groups.map((g) => g.region)).toEqual(['TDMNPB', 'DBSH', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL']);
    for (const group of groups) {
      const expected = sums.find((s) => s.region === group.region);
      expect(Number(group.values.ocopTotal), group.region ?? '').toBe(expected?.ocop);
      expect(Number(group.values.mous), group.region ?? '').toBe(expected?.mous);
      const members = shown
        .filter((r) => r.kind === 'province' && r.index > group.index)
        .slice(0, expected?.n);
      expect(members.reduce((n, r) => n + Number(r.values.ocopTotal), 0)).toBe(expected?.ocop);
    }
    const totals = page.locator('tfoot tr[data-row-kind="total"]');
    expect(Number(await totals.locator('[data-column="ocopTotal"]').getAttribute('data-value'))).toBe(
      sums.reduce((n, s) => n + s.ocop, 0),
    );
    // Collapsing a region leaves its subtotal row only.
    const north = 'Trung du và miền núi phía Bắc';
    await page.getByRole('button', { name: vi('provincesCollapseGroup', { region: north }) }).click();
    await page.getByRole('button', { name: vi('provincesExpandGroup', { region: north }) }).waitFor();
    const collapsed = await tableRows(page);
    expect(collapsed.length).toBe(shown.length - (sums.find((s) => s.region === 'TDMNPB')?.n ?? 0));
    expect(collapsed.filter((r) => r.kind === 'group')).toHaveLength(6);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('exports exactly what is shown as a CSV with a BOM and a Vietnamese header', async () => {
    const filters = parseFilterState(PROVINCES);
    const expected = await provinceTable(db, filters);
    const { page, context, consoleErrors } = await browser.openPage();
    await openProvinces(page);
    const columnsMenu = page.locator('.provinces-columns summary');
    await columnsMenu.click();
    await page.getByLabel(vi('provincesColStar5'), { exact: true }).uncheck();
    await columnsMenu.click();
    await page.getByRole('button', { name: vi('provincesColMous'), exact: true }).click(); // descending first
    const shown = await tableRows(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: vi('provincesExportCsv') }).click(),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...body] = parseCsv(text, ';');
    const year = expected.year ?? 0;
    expect(header).toEqual([
      vi('provincesColName'),
      vi('provincesColRegion'),
      vi('provincesColStar3'),
      vi('provincesColStar4'),
      vi('provincesColPotential5'),
      vi('provincesColProposed5'),
      vi('provincesColOcopTotal'),
      vi('provincesColOcopYear', { year }),
      vi('provincesColOcopChange', { year: year - 1 }),
      vi('provincesColMous'),
      vi('provincesColToHcmc', { year }),
      vi('provincesColToHanoi', { year }),
      vi('provincesColIllustrative'),
    ]);
    const provinces = body.slice(0, -1);
    const total = body.at(-1);
    expect(provinces).toHaveLength(shown.length);
    const mousColumn = header?.indexOf(vi('provincesColMous')) ?? -1;
    for (const [i, row] of shown.entries()) {
      const csv = provinces[i] ?? [];
      const unit = expected.rows.find((r) => r.unitKey === row.unitKey);
      expect(csv[0]).toBe(unit?.postMerger ? `${unit.name} (${vi('postMergerMark')})` : unit?.name);
      expect(csv[mousColumn]).toBe(row.values.mous);
      expect(csv[header?.indexOf(vi('provincesColOcopTotal')) ?? -1]).toBe(row.values.ocopTotal);
    }
    expect(total?.[0]).toBe(
      `${vi('provincesTotal')} (${vi('provincesTotalCount', { count: expected.rows.length })})`,
    );
    expect(Number(total?.[mousColumn])).toBe(expected.rows.reduce((n, r) => n + r.mous, 0));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens a province’s page from its name, with its real 2020 conference', async () => {
    const { page, context, consoleErrors } = await browser.openPage({
      viewport: { width: 1440, height: 1000 },
    });
    await openProvinces(page, `${PROVINCES}&layout=63&region=DBSCL`);
    await page.getByRole('link', { name: 'Sóc Trăng', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('province');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('94');
    await expect.poll(() => page.getByTestId('province-name').textContent()).toBe('Sóc Trăng');
    const mergedInto = page.getByTestId('province-merged-into');
    expect(await mergedInto.textContent()).toContain('Cần Thơ');
    const conference = page.locator('[data-section="province-events"] tr[data-event-role="host"]', {
      hasText: 'Sóc Trăng năm 2020',
    });
    expect(await conference.count()).toBe(1);
    expect(await conference.textContent()).toContain('27/10/2020');
    expect(await conference.textContent()).toContain(vi('provinceDetailReal'));
    await page.locator('[data-chart="province-ocop"] canvas').first().waitFor();
    await pageStill(page);
    await page.screenshot({ path: screenshotPath('province-detail.png'), fullPage: true });
    // From an old unit to its new one: the 34 layout, where Sóc Trăng's figures roll up into Cần Thơ.
    await mergedInto.getByRole('link', { name: 'Cần Thơ' }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBeNull();
    expect(await page.getByTestId('province-constituents').textContent()).toContain('Sóc Trăng');
    await page.goBack();
    await expect.poll(() => page.getByTestId('province-name').textContent()).toBe('Sóc Trăng');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('marks the page’s figures illustrative when generated rows feed them, and only then', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    const badge = page.getByTestId('province-figures-illustrative');
    // Sóc Trăng's 2020 figures are all real (seed 004); its later years are illustrative.
    await page.goto(`${inject('baseUrl')}?view=province&focus=94&layout=63&years=2020-2020`);
    await expect.poll(() => page.getByTestId('province-name').textContent()).toBe('Sóc Trăng');
    await page.getByTestId('province-ocop-total').waitFor();
    expect(await badge.count()).toBe(0);
    await page.goto(`${inject('baseUrl')}?view=province&focus=94&layout=63`);
    await page.getByTestId('province-ocop-total').waitFor();
    await expect.poll(() => badge.count()).toBe(1);
    expect(await badge.textContent()).toBe(vi('illustrativeBadge'));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the SQL console', () => {
  it('answers a GROUP BY as Node does, and refuses DROP TABLE while the data stays as it was', async () => {
    const query = 'SELECT region, count(*) FROM provinces_63 GROUP BY region ORDER BY region';
    const expected = await db.query<{ region: string; n: number }>(
      'SELECT region, count(*)::INTEGER AS n FROM provinces_63 GROUP BY region ORDER BY region',
    );
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage({
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(`${inject('baseUrl')}?view=sql`);
    const editor = page.getByTestId('sql-editor');
    await editor.waitFor({ timeout: 60_000 });
    await page.getByTestId('sql-schema').waitFor();
    expect(await page.getByTestId('sql-schema').textContent()).toContain('ocop_products');
    await editor.fill(query);
    await editor.press('Control+Enter');
    const grid = page.getByTestId('sql-grid');
    await grid.waitFor();
    const cells = await grid
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value'))),
      );
    expect(cells).toEqual(expected.map((r) => [r.region, String(r.n)]));
    expect(await page.getByTestId('sql-count').getAttribute('data-total')).toBe(String(expected.length));
    await page.screenshot({ path: screenshotPath('sql.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: vi('sqlExportCsv') }).click(),
    ]);
    const csv = parseCsv((await readFile((await download.path()) ?? '')).toString('utf8').slice(1), ';');
    expect(csv).toEqual([['region', 'count_star()'], ...expected.map((r) => [r.region, String(r.n)])]);

    await editor.fill('DROP TABLE ocop_products');
    await page.getByRole('button', { name: new RegExp(vi('sqlRun')) }).click();
    const refused = page.getByTestId('sql-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(vi('sqlRefusedNotReadOnly', { keyword: 'DROP' }));
    await editor.fill("SELECT * FROM read_csv('data/real/ocop_products.csv')");
    await editor.press('Control+Enter');
    await expect.poll(() => refused.textContent()).toContain(vi('sqlRefusedExternal', { name: 'read_csv' }));

    // The overview still shows what the untouched data gives.
    await page.getByRole('button', { name: vi('viewOverview') }).click();
    await page.getByTestId('kpi-ocopProducts').waitFor({ timeout: 30_000 });
    const kpis = await expectedKpis(parseFilterState(''));
    await expect.poll(() => shownKpis(page), { timeout: 15_000 }).toEqual(kpis);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
