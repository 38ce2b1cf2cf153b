import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterState } from '../src/filters/filterState';
import { comparedYear } from '../src/filters/kpiYear';
import { parseFilterState } from '../src/filters/urlState';
import { productsByChannel, productsByOrigin } from '../src/queries/distribution';
import { mouFlows, tradeEvents } from '../src/queries/linkages';
import { availableYears, KPI_IDS, type KpiId, kpiSeries } from '../src/queries/overviewMetrics';
import { screenshotPath } from './browser';
import { chartsStill, pageStill } from './charts';
import { bundledDatabaseForFile, chromiumForFile } from './fixtures';
import { shownKpis } from './kpiCards';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();

/** The MoUs the diagram must draw for these filters, from the same SQL run in Node. */
async function expectedSankeyTotal(filters: FilterState): Promise<number> {
  return (await mouFlows(db, filters)).reduce((sum, f) => sum + f.mous, 0);
}

interface ShownChart {
  readonly types: string[];
  /** Sum of the sankey's link values (0 for other charts). */
  readonly linkTotal: number;
  /** Per series: id and data values (bars: numbers; scatter: [date, lane]). */
  readonly series: { id: string; data: unknown[] }[];
  readonly categories: string[];
}

/** What the chart instance on the page holds, read through ECharts' own getOption(). */
async function shownChart(page: Page, chartId: string): Promise<ShownChart> {
  return page.evaluate((chartId) => {
    const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`) as HTMLElement & {
      ocopChart: {
        getOption(): {
          series: { type: string; id: string; data: unknown[]; links?: { value: number }[] }[];
          yAxis?: { data?: string[] }[];
        };
      };
    };
    const option = dom.ocopChart.getOption();
    const plain = (value: unknown) =>
      value !== null && typeof value === 'object' && 'value' in value
        ? (value as { value: unknown }).value
        : value;
    return {
      types: option.series.map((s) => s.type),
      linkTotal: option.series.reduce(
        (sum, s) => sum + (s.links ?? []).reduce((t, l) => t + Number(l.value), 0),
        0,
      ),
      series: option.series.map((s) => ({ id: String(s.id), data: (s.data ?? []).map(plain) })),
      categories: option.yAxis?.[0]?.data ?? [],
    };
  }, chartId);
}

/** Clicks the middle of a sankey node, at the pixel ECharts laid it out. */
async function clickSankeyNode(page: Page, chartId: string, nodeName: string) {
  await page.locator(`[data-chart="${chartId}"] canvas`).first().scrollIntoViewIfNeeded();
  const point = await page.evaluate(
    ({ chartId, nodeName }) => {
      type Layout = { x: number; y: number; dx: number; dy: number };
      const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`) as HTMLElement & {
        ocopChart: {
          getModel(): {
            getSeriesByIndex(i: number): {
              layoutInfo: { x: number; y: number };
              getData(): { count(): number; getName(i: number): string; getItemLayout(i: number): Layout };
            };
          };
        };
      };
      const series = dom.ocopChart.getModel().getSeriesByIndex(0);
      const data = series.getData();
      let index = -1;
      for (let i = 0; i < data.count(); i++) if (data.getName(i) === nodeName) index = i;
      if (index < 0) throw new Error(`no node ${nodeName}`);
      const layout = data.getItemLayout(index);
      const rect = dom.getBoundingClientRect();
      return {
        x: rect.left + series.layoutInfo.x + layout.x + layout.dx / 2,
        y: rect.top + series.layoutInfo.y + layout.y + layout.dy / 2,
      };
    },
    { chartId, nodeName },
  );
  await page.mouse.click(point.x, point.y);
}

/** The node names of the diagram, top to bottom as laid out. */
async function sankeyNodes(page: Page, chartId: string): Promise<string[]> {
  const shown = await page.evaluate((chartId) => {
    const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`) as HTMLElement & {
      ocopChart: { getOption(): { series: { data: { name: string }[] }[] } };
    };
    return dom.ocopChart.getOption().series[0]?.data.map((n) => n.name) ?? [];
  }, chartId);
  return shown;
}

async function waitForChart(page: Page, chartId: string) {
  await page.locator(`[data-chart="${chartId}"] canvas`).first().waitFor({ timeout: 60_000 });
}

/** KPIs of the overview for these filters, from the same SQL run in Node (as e2e/overview.e2e.ts). */
async function expectedKpis(filters: FilterState): Promise<Record<KpiId, number | null>> {
  const years = await availableYears(db, filters);
  const year = comparedYear(filters, years);
  const series = await kpiSeries(db, filters);
  return Object.fromEntries(
    KPI_IDS.map((id) => [id, series[id].find((s) => s.year === year)?.value ?? null]),
  ) as Record<KpiId, number | null>;
}

// History before the 2025 merger, in its own layout; the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

describe('the linkages page', () => {
  it('draws the MoU flows and the events the same SQL gives in Node', async () => {
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage({
      viewport: { width: 1440, height: 900 },
    });
    // The 63 layout: the real 2020 events' counterparts are named there as the articles name them.
    await page.goto(`${inject('baseUrl')}?view=linkages&layout=63`);
    await waitForChart(page, 'mou-sankey');
    await waitForChart(page, 'event-timeline');
    expect(await page.getByRole('button', { name: 'Liên kết' }).getAttribute('aria-current')).toBe('page');

    const sankey = await shownChart(page, 'mou-sankey');
    expect(sankey.types).toEqual(['sankey']);
    const total = await expectedSankeyTotal(FILTERS_63);
    expect(total).toBeGreaterThan(0);
    expect(sankey.linkTotal).toBe(total);
    const nodes = await sankeyNodes(page, 'mou-sankey');
    expect(nodes.filter((n) => n.startsWith('partner:'))).toHaveLength(15);
    expect(nodes).toContain('others');
    expect(nodes.filter((n) => n.startsWith('hub:'))).toEqual(['hub:hcmc', 'hub:hanoi']);

    // The 175 + 56 MoUs whose counterpart the articles do not name: counted, not drawn, and said so.
    const undrawn = page.getByTestId('linkages-undrawn');
    expect(await undrawn.textContent()).toContain('231 biên bản được tính trong tổng số nhưng không vẽ');
    expect(await undrawn.textContent()).toContain(
      '175 biên bản tại “Sự kiện giới thiệu, quảng bá sản phẩm OCOP',
    );
    expect(await undrawn.textContent()).toContain('(Hà Nội, 24/07/2020)');
    expect(await undrawn.textContent()).toContain('56 biên bản tại');

    const timeline = await shownChart(page, 'event-timeline');
    expect(timeline.types).toEqual(['scatter', 'scatter']);
    const events = await tradeEvents(db, FILTERS_63);
    expect(timeline.series.find((s) => s.id === 'real')?.data).toHaveLength(3);
    expect(timeline.series.reduce((n, s) => n + s.data.length, 0)).toBe(events.length);
    const rows = page.getByTestId('linkages-events').locator('tbody tr');
    expect(await rows.count()).toBe(events.length);
    const hanoiRow = rows.filter({ hasText: 'văn hóa các tỉnh miền núi phía Bắc' });
    expect(await hanoiRow.locator('td').first().textContent()).toBe('24/07/2020');
    expect(await hanoiRow.textContent()).toContain('Thực');
    expect(await hanoiRow.textContent()).toContain('Kinh tế & Đô thị');

    await pageStill(page);
    await page.screenshot({ path: screenshotPath('linkages.png'), fullPage: true });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws for a filtered URL exactly what the same SQL gives', async () => {
    const search = '?view=linkages&layout=34&years=2022-2025&region=DBSCL,TN';
    const filters = parseFilterState(search);
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForChart(page, 'mou-sankey');
    const total = await expectedSankeyTotal(filters);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(await expectedSankeyTotal(DEFAULT_FILTERS));
    await expect.poll(async () => (await shownChart(page, 'mou-sankey')).linkTotal).toBe(total);
    const events = await tradeEvents(db, filters);
    await expect
      .poll(() => page.getByTestId('linkages-events').locator('tbody tr').count())
      .toBe(events.length);
    expect(new URL(page.url()).search).toBe(search);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('filters by a partner when its node is clicked, and the overview follows', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(`${inject('baseUrl')}?view=linkages`);
    await waitForChart(page, 'mou-sankey');
    await chartsStill(page, '[data-chart="mou-sankey"]'); // the nodes stand where they are clicked
    const partner = (await sankeyNodes(page, 'mou-sankey')).find((n) => n.startsWith('partner:'));
    if (!partner) throw new Error('no partner node');
    const [layout, code] = partner.slice('partner:'.length).split(':');
    expect(layout).toBe('34');
    await clickSankeyNode(page, 'mou-sankey', partner);
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe(code);
    const filtered = { ...DEFAULT_FILTERS, view: 'linkages' as const, provinces: [code ?? ''] };
    const total = await expectedSankeyTotal(filtered);
    await expect.poll(async () => (await shownChart(page, 'mou-sankey')).linkTotal).toBe(total);
    expect((await sankeyNodes(page, 'mou-sankey')).filter((n) => n.startsWith('partner:'))).toEqual([
      partner,
    ]);

    // A click on a hub sets the destination filter on top, once the redrawn diagram stands still.
    await chartsStill(page, '[data-chart="mou-sankey"]');
    await clickSankeyNode(page, 'mou-sankey', 'hub:hcmc');
    await expect.poll(() => new URL(page.url()).searchParams.get('dest')).toBe('hcmc');

    // The overview's KPIs now describe that partner with HCMC.
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await page.getByTestId('kpi-ocopProducts').waitFor({ timeout: 60_000 });
    const expected = await expectedKpis({ ...filtered, view: 'overview', destinations: ['hcmc'] });
    expect(expected).not.toEqual(await expectedKpis(DEFAULT_FILTERS));
    await expect.poll(() => shownKpis(page), { timeout: 15_000 }).toEqual(expected);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the distribution page', () => {
  it('shows products by origin, distributor and channel as the same SQL gives, and filters on a click', async () => {
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage({
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(`${inject('baseUrl')}?view=distribution`);
    for (const chart of ['distribution-origins', 'distribution-distributors', 'distribution-channels']) {
      await waitForChart(page, chart);
      expect(
        (await shownChart(page, chart)).types.every((t) => t === 'bar'),
        chart,
      ).toBe(true);
    }
    const years = [...new Set((await productsByChannel(db, DEFAULT_FILTERS)).map((r) => r.year))].sort();
    const year = comparedYear(DEFAULT_FILTERS, years) ?? 0;
    const origins = (await productsByOrigin(db, DEFAULT_FILTERS, year)).slice(0, 15);
    const shown = await shownChart(page, 'distribution-origins');
    // Largest on top: ECharts lists categories bottom-up. Rows keyed by a new unit (from 1 July 2025)
    // are marked in the 63 layout.
    const label = (o: (typeof origins)[number]) => (o.postMerger ? `${o.name} (sau sáp nhập)` : o.name);
    expect([...shown.categories].reverse()).toEqual(origins.map(label));
    expect([...(shown.series.find((s) => s.id === 'hcmc')?.data ?? [])].reverse()).toEqual(
      origins.map((o) => o.toHcmc),
    );
    expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toContain(String(year));
    const distributors = await shownChart(page, 'distribution-distributors');
    expect(distributors.series.map((s) => s.id)).toEqual(
      expect.arrayContaining(['Saigon Co.op', 'BRG Retail', 'Bách Hóa Xanh']),
    );
    const known = page.getByTestId('distribution-known');
    expect(await known.textContent()).toContain('Liên hiệp HTX Thương mại TP. Hồ Chí Minh (Saigon Co.op)');
    expect(await page.locator('.distribution-known').textContent()).toContain('Báo Sóc Trăng');

    await pageStill(page);
    await page.screenshot({ path: screenshotPath('distribution.png'), fullPage: true });

    // A click on the largest province's bar filters by it.
    const top = origins[0];
    if (!top) throw new Error('no origin');
    await page.locator('[data-chart="distribution-origins"] canvas').first().scrollIntoViewIfNeeded();
    const point = await page.evaluate(
      ({ count, middle }) => {
        const dom = document.querySelector(
          '[data-chart="distribution-origins"] .echarts-for-react',
        ) as HTMLElement & {
          ocopChart: { convertToPixel(f: object, v: number[]): number[] };
        };
        // The middle of the stacked bar (HCMC then Hanoi); the largest province is the top category.
        const [x, y] = dom.ocopChart.convertToPixel({ seriesId: 'hcmc' }, [middle, count - 1]);
        const rect = dom.getBoundingClientRect();
        return { x: rect.left + (x ?? 0), y: rect.top + (y ?? 0) };
      },
      { count: origins.length, middle: (top.toHcmc + top.toHanoi) / 2 },
    );
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe(top.unitCode);
    await expect
      .poll(async () => (await shownChart(page, 'distribution-origins')).categories)
      .toEqual([top.name]); // a post-merger unit is selected in the 34 layout, where it is unmarked
    expect(new URL(page.url()).searchParams.get('layout')).toBe(top.postMerger ? '34' : null);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  for (const view of ['linkages', 'distribution']) {
    it(`keeps the ${view} page within the screen`, async () => {
      const { page, context, consoleErrors } = await browser.openPage({
        viewport: { width: 390, height: 844 },
      });
      await page.goto(`${inject('baseUrl')}?view=${view}`);
      await waitForChart(page, view === 'linkages' ? 'mou-sankey' : 'distribution-origins');
      // This page's own content stays within the screen (the app's navigation bar is the shell's).
      const overflowing = await page.evaluate((view) => {
        const root = document.querySelector(`.${view}`);
        if (!root) return ['no page'];
        return [root, ...root.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .filter((el) => !el.closest('.linkages-table-scroll, .distribution-known') || el.matches('section'))
          .map((el) => `${el.tagName}.${el.className}`);
      }, view);
      expect(overflowing).toEqual([]);
      await pageStill(page);
      await page.screenshot({ path: screenshotPath(`${view}-390.png`), fullPage: true });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
