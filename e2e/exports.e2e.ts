import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { altPlace } from '../src/charts/altTextParts';
import { PNG_PRESETS } from '../src/charts/export/presets';
import { ocopByStarAltText } from '../src/charts/ocop-by-star/altText';
import { describeFilters } from '../src/filters/filterRegistry';
import { parseFilterState } from '../src/filters/urlState';
import { translate } from '../src/i18n/messages';
import { choiceLabel, STAR_LEVELS, type StarLevelId } from '../src/model/ocop';
import { kpiSeries, ocopByYearAndStar } from '../src/queries/overviewMetrics';
import { screenshotPath } from './browser';
import { pageStill } from './charts';
import { bundledDatabaseForFile, chromiumForFile } from './fixtures';
import { waitForOverview } from './overviewPage';

const browser = chromiumForFile();
const db = bundledDatabaseForFile();

// Titles as the dictionary has them today ("Sản phẩm OCOP theo năm và hạng sao"): Vietnamese with diacritics.
const STAR_TITLE = translate('vi', 'chartOcopByStarTitle');
const PARTNERS_TITLE = translate('vi', 'chartTopPartnersTitle');
const DEPARTMENT = 'Sở Công Thương tỉnh Sóc Trăng';

async function openMenu(page: Page, chartId: string) {
  const card = page.locator(`[data-chart="${chartId}"]`);
  await card.locator('.export-menu-button').click();
  const panel = card.getByRole('dialog');
  await panel.waitFor();
  return panel;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ bytes: Buffer; file: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await file.path();
  return { bytes: readFileSync(path), file };
}

/** Width and height from a PNG's IHDR chunk, the first after the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface LastExport {
  format: string;
  width?: number;
  height?: number;
  texts?: string[];
}

/** The press texts of the option ECharts drew for the last export of a card (test hook on the card). */
function lastExport(page: Page, chartId: string): Promise<LastExport | undefined> {
  return page.evaluate(
    (id) =>
      (document.querySelector(`[data-chart="${id}"]`) as HTMLElement & { ocopLastExport?: LastExport })
        .ocopLastExport,
    chartId,
  );
}

async function withDepartment(context: BrowserContext) {
  await context.addInitScript((name) => {
    localStorage.setItem('ocop-dashboard.department', JSON.stringify({ name, logo: null }));
  }, DEPARTMENT);
}

describe('press images', () => {
  it('renders every PNG preset at exactly its size times the pixel ratio, with title and source inside', async () => {
    const { page, context, consoleErrors, foreignRequests } = await browser.openPage();
    await page.goto(inject('baseUrl'));
    await waitForOverview(page);
    for (const ratio of [2, 3] as const) {
      for (const preset of PNG_PRESETS) {
        // 3× is checked on the article size; the print preset at 3× is 7440 px wide and slow to encode.
        if (ratio === 3 && preset.id !== 'article') continue;
        const panel = await openMenu(page, 'ocop-by-star');
        await panel.getByRole('radio', { name: `${ratio}×` }).check();
        const { bytes, file } = await download(page, () =>
          panel.locator(`[data-preset="${preset.id}"]`).click(),
        );
        expect(pngSize(bytes), `${preset.id} @${ratio}x`).toEqual({
          width: preset.width * ratio,
          height: preset.height * ratio,
        });
        expect(file.suggestedFilename()).toBe(`ocop-by-star-${preset.id}@${ratio}x.png`);
        const last = await lastExport(page, 'ocop-by-star');
        expect(last).toMatchObject({
          format: 'png',
          width: preset.width * ratio,
          height: preset.height * ratio,
        });
        const texts = (last?.texts ?? []).join('\n').replaceAll('\n', ' ');
        expect(texts).toContain(STAR_TITLE);
        expect(texts).toContain('Toàn bộ dữ liệu'); // the filters in words
        expect(texts).toContain('Nguồn: Báo Sóc Trăng');
        expect(texts).toContain('dữ liệu minh họa');
        expect(texts).toMatch(/Số liệu đến năm 20\d\d · Xuất ngày \d\d\/\d\d\/20\d\d/);
        if (ratio === 2 && preset.id === 'article')
          writeFileSync(screenshotPath('export-article.png'), bytes);
      }
    }
    // A custom size, through the same menu.
    const panel = await openMenu(page, 'ocop-by-star');
    await panel.getByRole('radio', { name: '2×' }).check();
    await panel.getByRole('button', { name: 'Cỡ tùy chọn…' }).click();
    await panel.getByLabel('Rộng (px)').fill('1600');
    await panel.getByLabel('Cao (px)').fill('900');
    const custom = await download(page, () => panel.getByRole('button', { name: 'Tải PNG cỡ này' }).click());
    expect(pngSize(custom.bytes)).toEqual({ width: 3200, height: 1800 });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('exports a second chart for social media with the department name, filters stated in words', async () => {
    const search = '?years=2020-2026&region=DBSCL';
    const { page, context, consoleErrors } = await browser.openPage();
    await withDepartment(context);
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForOverview(page);
    const panel = await openMenu(page, 'top-partners');
    await panel.getByLabel('Thêm họa tiết để in đen trắng').check();
    const social = PNG_PRESETS[1];
    const { bytes } = await download(page, () => panel.locator('[data-preset="social"]').click());
    expect(pngSize(bytes)).toEqual({ width: social.width * 2, height: social.height * 2 });
    writeFileSync(screenshotPath('export-social.png'), bytes);
    const texts = (await lastExport(page, 'top-partners'))?.texts ?? [];
    const joined = texts.join(' ').replaceAll('\n', ' ');
    // The card's title (with the year it shows), as the dictionary words it.
    const title = (await page.locator('[data-chart="top-partners"] h3').textContent()) ?? '';
    expect(title.startsWith(PARTNERS_TITLE.split('{')[0] ?? '')).toBe(true);
    expect(joined).toContain(title);
    expect(joined).toContain(describeFilters(parseFilterState(search), 'vi'));
    expect(joined).toContain(DEPARTMENT);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('exports an SVG that parses, carries the Vietnamese title, the source, the alt text and the font', async () => {
    // Sóc Trăng's 2020 figures are real and whole (seed 004): the alt text says the article's numbers.
    const search = '?layout=63&province=94&years=2020-2020';
    const filters = parseFilterState(search);
    const { page, context, consoleErrors } = await browser.openPage();
    await withDepartment(context);
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForOverview(page);
    const panel = await openMenu(page, 'ocop-by-star');
    const { bytes, file } = await download(page, () => panel.locator('[data-export="svg"]').click());
    expect(file.suggestedFilename()).toBe('ocop-by-star-1200x675.svg');
    const svg = bytes.toString('utf8');
    const altText = ocopByStarAltText({
      rows: await ocopByYearAndStar(db, filters),
      stars: STAR_LEVELS.map((s) => ({ star: s.id, label: choiceLabel(STAR_LEVELS, s.id, 'vi') })),
      place: altPlace(filters, 'vi'),
      focusYear: 2020,
      illustrative: false,
      lang: 'vi',
    });
    expect(altText).toBe(
      'Sóc Trăng có 99 sản phẩm OCOP năm 2020, trong đó 75 sản phẩm 3 sao và 24 sản phẩm 4 sao.',
    );
    // Parsed by the browser's XML parser, then drawn as an image: a file any viewer opens.
    const parsed = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await image.decode();
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.nodeName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        title: doc.querySelector('svg > title')?.textContent,
        desc: doc.querySelector('svg > desc')?.textContent,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        style: doc.querySelector('style')?.textContent ?? '',
        drawn: { width: image.naturalWidth, height: image.naturalHeight },
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(STAR_TITLE).toMatch(/[ảẩăạ]/); // the title checked below carries Vietnamese diacritics
    expect(parsed).toMatchObject({
      root: 'svg',
      width: '1200',
      height: '675',
      title: STAR_TITLE,
      desc: altText,
    });
    expect(parsed.drawn).toEqual({ width: 1200, height: 675 });
    const drawnText = parsed.texts.join('\n');
    expect(drawnText).toContain(STAR_TITLE);
    expect(drawnText).toContain('Năm 2020–2020, tại Sóc Trăng, theo 63 tỉnh, thành cũ');
    expect(drawnText).toContain('Nguồn: Báo Sóc Trăng');
    expect(drawnText).not.toContain('dữ liệu minh họa'); // Sóc Trăng 2020 is all real, sourced figures
    expect(drawnText).toContain('Số liệu đến năm 2020');
    expect(drawnText).toContain(DEPARTMENT);
    // Both subsets of Be Vietnam Pro, both weights, embedded: the diacritics render without the font installed.
    expect(parsed.style.match(/@font-face/g)).toHaveLength(4);
    expect(parsed.style).toContain('U+1EA0-1EF9');
    expect(parsed.style).toMatch(/base64,d09GMg/); // "wOF2", the woff2 signature
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the data behind a chart', () => {
  it('downloads CSV with a BOM, a Vietnamese header and exactly the rows of the SQL', async () => {
    const search = '?years=2019-2024&star=3,4';
    const filters = parseFilterState(search);
    const { page, context, consoleErrors } = await browser.openPage();
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForOverview(page);

    let panel = await openMenu(page, 'ocop-by-star');
    const stars = await download(page, () => panel.locator('[data-export="csv"]').click());
    expect(stars.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const parsed = Papa.parse<string[]>(stars.bytes.toString('utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['Năm', 'Hạng sao', 'Số sản phẩm', 'Trong đó dữ liệu minh họa']);
    const expected = (await ocopByYearAndStar(db, filters)).map((r) => [
      String(r.year),
      choiceLabel(STAR_LEVELS, r.star as StarLevelId, 'vi'),
      String(r.products),
      String(r.illustrative),
    ]);
    expect(expected.length).toBeGreaterThan(5);
    expect(rows).toEqual(expected);

    panel = await openMenu(page, 'linkage-trend');
    const linkage = await download(page, () => panel.locator('[data-export="csv"]').click());
    expect(linkage.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const linkageRows = Papa.parse<string[]>(linkage.bytes.toString('utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    const series = await kpiSeries(db, filters);
    expect(linkageRows[0]?.[0]).toBe('Năm');
    for (const row of linkageRows.slice(1)) {
      const year = Number(row[0]);
      expect(row[1]).toBe(String(series.mous.find((p) => p.year === year)?.value ?? ''));
      expect(row[3]).toBe(String(series.distributionProducts.find((p) => p.year === year)?.value ?? ''));
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('links, embedding and alt text', () => {
  it('copies a link that reopens the same chart with the same filters in a fresh browser', async () => {
    // Canonical order, as the dashboard writes links (regions in their list order).
    const search = '?layout=63&years=2021-2025&region=TN,DBSCL&star=4';
    const { page, context, consoleErrors } = await browser.openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForOverview(page);
    const panel = await openMenu(page, 'top-partners');
    await panel.locator('[data-export="link"]').click();
    await expect
      .poll(() => page.locator('[data-chart="top-partners"] .export-status').textContent())
      .toBe('Đã chép vào bộ nhớ tạm.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.searchParams.get('chart')).toBe('top-partners');
    expect(url.searchParams.get('embed')).toBeNull();
    await context.close();

    const fresh = await browser.openPage();
    await fresh.page.goto(link);
    await waitForOverview(fresh.page);
    const card = fresh.page.locator('[data-chart="top-partners"]');
    await expect.poll(() => card.getAttribute('class')).toContain('chart-card-targeted');
    // Scrolled to: the card is in the viewport, below the sticky filter bar.
    await expect
      .poll(() =>
        card.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight / 2 && window.scrollY > 0;
        }),
      )
      .toBe(true);
    expect(await fresh.page.getByTestId('filter-description').textContent()).toBe(
      describeFilters(parseFilterState(search), 'vi'),
    );
    const reopened = new URL(fresh.page.url()).searchParams;
    for (const [key, value] of new URLSearchParams(search)) expect(reopened.get(key)).toBe(value);
    await pageStill(fresh.page);
    await fresh.page.screenshot({ path: screenshotPath('export-link-reopened.png') });
    expect(consoleErrors).toEqual([]);
    expect(fresh.consoleErrors).toEqual([]);
    await fresh.context.close();
  });

  it('shows only the chart in embed mode, with its source and a link to the full dashboard', async () => {
    const search = '?years=2020-2026&chart=linkage-trend&embed=1';
    const { page, context, consoleErrors } = await browser.openPage({
      viewport: { width: 720, height: 560 },
    });
    await page.goto(`${inject('baseUrl')}${search}`);
    const card = page.locator('[data-chart="linkage-trend"]');
    await card.locator('canvas').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.chart-card:visible').count()).toBe(1);
    expect(await card.isVisible()).toBe(true);
    for (const hidden of ['.app-header', '.app-nav', '.filter-bar', '.kpi-row', '.app-footer']) {
      expect(await page.locator(`${hidden}:visible`).count(), hidden).toBe(0);
    }
    expect(await card.locator('.chart-source').textContent()).toMatch(/^Nguồn: .*dữ liệu minh họa/);
    expect(await card.locator('.export-menu').count()).toBe(0);
    const full = card.getByRole('link', { name: 'Xem đầy đủ' });
    const href = new URL((await full.getAttribute('href')) ?? '');
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('years')).toBe('2020-2026');
    // The card fills the frame: the chart takes the height the title and source leave, nothing scrolls.
    const box = await card.boundingBox();
    expect(box?.width).toBeGreaterThan(680);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(560);
    expect(await full.isVisible()).toBe(true);
    await pageStill(page);
    await page.screenshot({ path: screenshotPath('export-embed.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('copies the alt text and works from the keyboard', async () => {
    // Sóc Trăng's 2020 figures are real and whole (seed 004): the alt text says the article's numbers.
    const search = '?layout=63&province=94&years=2020-2020';
    const { page, context, consoleErrors } = await browser.openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${inject('baseUrl')}${search}`);
    await waitForOverview(page);
    const button = page.locator('[data-chart="ocop-by-star"] .export-menu-button');
    expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // Focus moves into the panel; Escape closes it and returns to the button.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // Reach "copy alt text" with the arrow keys only.
    await page.keyboard.press('Enter');
    const alt = page.locator('[data-chart="ocop-by-star"] [data-export="alt"]');
    for (let i = 0; i < 20 && !(await alt.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const expected =
      'Sóc Trăng có 99 sản phẩm OCOP năm 2020, trong đó 75 sản phẩm 3 sao và 24 sản phẩm 4 sao.';
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // The same sentence describes the chart to screen readers.
    expect(await page.locator('#ocop-by-star-alt').textContent()).toBe(expected);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the yearly report', () => {
  it('prints to A4 through Chromium with every chart whole on its page', async () => {
    // The printed content width: A4 210 mm minus two 12 mm margins, at 96 px per inch.
    const mm = 96 / 25.4;
    const pageContent = { width: Math.floor(186 * mm), height: 273 * mm };
    const { page, context, consoleErrors } = await browser.openPage({
      viewport: { width: 1280, height: 900 },
    });
    await withDepartment(context);
    await page.goto(`${inject('baseUrl')}?view=report&years=2019-2026`);
    await page.locator('.report-document').waitFor({ timeout: 60_000 });
    for (const chart of ['ocop-by-star', 'linkage-trend', 'top-partners']) {
      await page.locator(`.report [data-chart="${chart}"] svg`).first().waitFor();
    }
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(
      /^Báo cáo kết quả kết nối cung cầu và sản phẩm OCOP năm 20\d\d$/,
    );
    expect(await page.getByTestId('report-filters').textContent()).toBe(
      'Năm 2019–2026, theo 34 tỉnh, thành mới',
    );
    expect(await page.locator('.report-department').textContent()).toBe(DEPARTMENT);
    expect(await page.locator('.report .kpi-card').count()).toBe(5);
    expect(await page.locator('.report-sources li').count()).toBeGreaterThan(2);
    await pageStill(page);
    await page.screenshot({ path: screenshotPath('report-screen.png'), fullPage: true });

    // Print layout: each sheet fits one page, each chart card lies inside one sheet.
    await page.setViewportSize({ width: pageContent.width, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, width: r.width };
      };
      return {
        sheets: [...document.querySelectorAll('.report-sheet')].map(box),
        cards: [...document.querySelectorAll('.report .chart-card')].map((el) => ({
          id: el.getAttribute('data-chart'),
          ...box(el),
        })),
        headerShown: [
          ...document.querySelectorAll('.app-header, .app-nav, .filter-bar, .report-toolbar'),
        ].some((el) => getComputedStyle(el).display !== 'none'),
        breaks: [...document.querySelectorAll('.report-sheet')].map((el) => getComputedStyle(el).breakBefore),
      };
    });
    expect(layout.headerShown).toBe(false);
    expect(layout.sheets).toHaveLength(3);
    expect(layout.breaks).toEqual(['auto', 'page', 'page']);
    layout.sheets.forEach((sheet, i) => {
      expect(sheet.bottom - sheet.top, `sheet ${i + 1} height`).toBeLessThanOrEqual(pageContent.height);
    });
    expect(layout.cards.map((c) => c.id)).toEqual(['ocop-by-star', 'linkage-trend', 'top-partners']);
    for (const card of layout.cards) {
      const sheet = layout.sheets.find((s) => card.top >= s.top && card.bottom <= s.bottom);
      expect(sheet, `${card.id} lies within one printed page`).toBeDefined();
      expect(card.width).toBeLessThanOrEqual(pageContent.width);
    }

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(screenshotPath('report.pdf'), pdf);
    // One page per sheet: had a sheet spilled over, Chromium would have added a page and cut it.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(layout.sheets.length);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
