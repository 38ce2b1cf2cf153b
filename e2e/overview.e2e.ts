import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { OVERVIEW_CHARTS } from '../src/charts/pages/overviewCharts';
import { DEFAULT_FILTERS, type FilterState } from '../src/filters/filterState';
import { defaultKpiYear } from '../src/filters/kpiYear';
import { parseFilterState } from '../src/filters/urlState';
import { formatNumber } from '../src/i18n/format';
import { availableYears, KPI_IDS, type KpiId, kpiSeries } from '../src/queries/overviewMetrics';
import { screenshotPath } from './browser';
import { chartsStill, pageStill } from './charts';
import { bundledDatabaseForFile, chromiumForFile } from './fixtures';
import { shownKpis } from './kpiCards';
import { waitForOverview } from './overviewPage';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();

/** What the overview must show for these filters, from the same SQL run in Node. */
async function expectedKpis(
  filters: FilterState,
): Promise<{ year: number; values: Record<KpiId, number | null> }> {
  const years = await availableYears(db, filters);
  const year = filters.year ?? defaultKpiYear(years, filters.yearFrom, filters.yearTo);
  if (year === null) throw new Error('no year with data');
  const series = await kpiSeries(db, filters);
  const values = Object.fromEntries(
    KPI_IDS.map((id) => [id, series[id].find((s) => s.year === year)?.value ?? null]),
  );
  return { year, values: values as Record<KpiId, number | null> };
}

/** Waits until the KPI cards show `expected` (they update after the URL changes). */
async function expectKpis(page: Page, expected: Record<KpiId, number | null>) {
  await expect.poll(() => shownKpis(page), { timeout: 15_000 }).toEqual(expected);
}

/** Clicks the middle of one segment of a stacked bar, at the pixel ECharts computes for it. */
async function clickStackedBar(page: Page, chartId: string, seriesId: string, categoryIndex: number) {
  await page.locator(`[data-chart="${chartId}"] canvas`).first().scrollIntoViewIfNeeded();
  const point = await page.evaluate(
    ({ chartId, seriesId, categoryIndex }) => {
      const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`) as HTMLElement & {
        ocopChart: {
          getOption(): { series: { id: string; data: number[] }[] };
          convertToPixel(f: object, v: number[]): number[];
        };
      };
      const { series } = dom.ocopChart.getOption();
      const index = series.findIndex((s) => s.id === seriesId);
      const base = series.slice(0, index).reduce((sum, s) => sum + (s.data[categoryIndex] ?? 0), 0);
      const own = series[index]?.data[categoryIndex] ?? 0;
      const [x, y] = dom.ocopChart.convertToPixel({ seriesId }, [categoryIndex, base + own / 2]);
      const rect = dom.getBoundingClientRect();
      return { x: rect.left + (x ?? 0), y: rect.top + (y ?? 0) };
    },
    { chartId, seriesId, categoryIndex },
  );
  await page.mouse.click(point.x, point.y);
}

describe('the overview', () => {
  it('opens on the bundled data with the KPIs the same SQL gives in Node, on localhost only', async () => {
    const expected = await expectedKpis(DEFAULT_FILTERS);
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage({
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    await expectKpis(page, expected.values);
    const ocop = expected.values.ocopProducts ?? 0;
    expect((await page.getByTestId('kpi-ocopProducts').textContent())?.trim()).toBe(formatNumber('vi', ocop));
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(`Năm ${expected.year}`);
    for (const chart of ['ocop-by-star', 'linkage-trend', 'top-partners']) {
      const box = await page.locator(`[data-chart="${chart}"] canvas`).first().boundingBox();
      expect(box?.width, chart).toBeGreaterThan(300);
    }
    // Illustrative data feeds these figures, and the page says so.
    expect(await page.getByText('Có dữ liệu minh họa').count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await pageStill(page);
    await page.screenshot({ path: screenshotPath('overview-1440.png'), fullPage: true });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('restores a filtered URL exactly and shows what the same SQL gives for it', async () => {
    const search = '?layout=34&year=2024&years=2020-2025&region=DBSCL,TN&star=3,4';
    const filters = parseFilterState(search);
    const expected = await expectedKpis(filters);
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForOverview(page);
    await expectKpis(page, expected.values);
    expect(new URL(page.url()).search).toBe(search);
    expect(await page.getByRole('radio', { name: '34 tỉnh' }).isChecked()).toBe(true);
    expect(await page.getByTestId('filter-year').inputValue()).toBe('2024');
    expect(await page.getByTestId('filter-year-from').inputValue()).toBe('2020');
    expect(await page.getByRole('button', { name: '4 sao', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByTestId('filter-description').textContent()).toBe(
      'Năm 2020–2025, vùng Tây Nguyên và Đồng bằng sông Cửu Long, hạng 3 sao và 4 sao, theo 34 tỉnh, thành mới',
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('filters every chart when a bar is clicked, and Back undoes it', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    const all = await expectedKpis(DEFAULT_FILTERS);
    await expectKpis(page, all.values);
    // 2024, a full year with many 4-star products: its segment is tall enough to hit (2026 is half a year).
    const yearIndex = (await availableYears(db, DEFAULT_FILTERS)).indexOf(2024);
    expect(yearIndex).toBeGreaterThanOrEqual(0);
    await chartsStill(page, '[data-chart="ocop-by-star"]'); // the bars stand where they are clicked
    await clickStackedBar(page, 'ocop-by-star', '4', yearIndex);
    await expect.poll(() => new URL(page.url()).searchParams.get('star')).toBe('4');
    const fourStar = await expectedKpis({ ...DEFAULT_FILTERS, stars: ['4'] });
    await expectKpis(page, fourStar.values);
    expect(fourStar.values.ocopProducts).toBeLessThan(all.values.ocopProducts ?? 0);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expectKpis(page, all.values);
    await page.goForward();
    await expectKpis(page, fourStar.values);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws each chart once per filter change, when its answer comes', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    await chartsStill(page);
    const before = await page
      .locator('.overview[data-rendered-filters]')
      .getAttribute('data-rendered-filters');
    const charts = await page.evaluate(() => {
      const doms = [...document.querySelectorAll('[data-chart] .echarts-for-react')];
      for (const dom of doms) {
        const chart = (dom as unknown as { ocopChart: { setOption(...args: unknown[]): void } }).ocopChart;
        const setOption = chart.setOption.bind(chart);
        const counted = dom as unknown as { setOptionCalls: number };
        counted.setOptionCalls = 0;
        chart.setOption = (...args: unknown[]) => {
          counted.setOptionCalls++;
          setOption(...args);
        };
      }
      history.pushState(null, '', `${location.pathname}?region=DBSCL`);
      dispatchEvent(new PopStateEvent('popstate'));
      return doms.length;
    });
    expect(charts).toBe(OVERVIEW_CHARTS.length);
    await expect
      .poll(() => page.locator('.overview[data-rendered-filters]').getAttribute('data-rendered-filters'))
      .not.toBe(before);
    await chartsStill(page);
    // Not first with the old figures under the new filters, then again with the new ones.
    const calls = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart] .echarts-for-react')].map(
        (dom) => (dom as unknown as { setOptionCalls: number }).setOptionCalls,
      ),
    );
    expect(calls).toEqual(Array.from({ length: charts }, () => 1));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('regroups Sóc Trăng under Cần Thơ in the 34 layout', async () => {
    // In the 63 layout, Cần Thơ (92), Hậu Giang (93) and Sóc Trăng (94) are three provinces; in the 34, one.
    const year = { year: 2020, yearFrom: 2020, yearTo: 2020 };
    const old = await Promise.all(
      ['92', '93', '94'].map(
        async (code) =>
          (await expectedKpis({ ...DEFAULT_FILTERS, layout: '63', ...year, provinces: [code] })).values
            .ocopProducts ?? 0,
      ),
    );
    expect(old[2]).toBe(99); // Sóc Trăng's real 2020 figure: 75 three-star + 24 four-star
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(`${inject('baseUrl')}?layout=63&year=2020&years=2020-2020&province=94`);
    await waitForOverview(page);
    await expect.poll(() => page.getByTestId('kpi-ocopProducts').getAttribute('data-value')).toBe('99');
    await page.getByRole('radio', { name: '34 tỉnh' }).check();
    await page.getByTestId('filter-provinces').locator('summary').click();
    await page.getByRole('searchbox').fill('can tho');
    await page.getByRole('checkbox', { name: 'Cần Thơ' }).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2020&years=2020-2020&province=92');
    await expect
      .poll(() => page.getByTestId('kpi-ocopProducts').getAttribute('data-value'))
      .toBe(String(old.reduce((a, b) => a + b, 0)));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads well on a phone', async () => {
    const { page, context, consoleErrors } = await browser.openPage({
      viewport: { width: 390, height: 844 },
    });
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await pageStill(page);
    await page.screenshot({ path: screenshotPath('overview-390.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('start-up', () => {
  it('switches to English and remembers it after a reload', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    expect(await page.title()).toBe('Liên kết thương mại & sản phẩm OCOP');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Trade linkage & OCOP products');
    await page.reload();
    await waitForOverview(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Trade linkage & OCOP products');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Trade linkage & OCOP products');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows a translated error panel when WebAssembly is disabled', async () => {
    // As under a policy that disables WebAssembly: the global is gone before any script runs.
    const { page, context } = await browser.openPage();
    await page.addInitScript(() => {
      Reflect.deleteProperty(globalThis, 'WebAssembly');
    });
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getByRole('heading').textContent()).toBe('Không khởi động được bảng điều khiển');
    expect(await alert.textContent()).toContain('không chạy được WebAssembly');
    await page.screenshot({ path: screenshotPath('error-no-wasm.png') });
    await context.close();
  });
});
