import { describe, expect, inject, it } from 'vitest';
import { translate } from '../src/i18n/messages';
import { screenshotPath } from './browser';
import { pageStill } from './charts';
import { chromiumForFile } from './fixtures';
import { LIVE_OVERVIEW } from './overviewPage';

const browser = chromiumForFile();

const CHARTS = ['ocop-by-star', 'linkage-trend', 'top-partners'] as const;
const PICTURE = '[data-chart] svg[data-snapshot-chart]';

/** What a card shows in words: its title, its alt text and its source line. */
const cardWords = (id: string) => `
  (() => {
    const card = document.querySelector('.overview [data-chart="${id}"]');
    return card && [
      card.querySelector('h3')?.textContent,
      card.querySelector('#${id}-alt')?.textContent,
      card.querySelector('.chart-source')?.textContent,
    ];
  })()`;

describe('the first screen before DuckDB is up', () => {
  it('draws the overview with its charts from the build-time snapshot, without ECharts or the engine', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, context, consoleErrors } = await browser.openPage({ viewport });
      // Neither the engine nor ECharts' code ever arrives: the first screen does without both.
      await page.route(/\.wasm$/, () => new Promise(() => {}));
      await page.route(/\/echarts-[^/]*\.js$/, (route) => route.abort());
      await page.goto(inject('baseUrl'));
      await page
        .locator(PICTURE)
        .nth(CHARTS.length - 1)
        .waitFor({ timeout: 30_000 });
      for (const id of CHARTS) {
        const picture = page.locator(`[data-chart="${id}"] svg[data-snapshot-chart]`);
        const box = await picture.boundingBox();
        expect(box?.width, id).toBeGreaterThan(200);
        // The picture has the chart's drawing in it, not an empty frame.
        expect(await picture.locator('path, rect').count(), id).toBeGreaterThan(10);
        const [title, alt] = (await page.evaluate(cardWords(id))) as string[];
        expect(title?.length, id).toBeGreaterThan(5);
        expect(alt?.length, id).toBeGreaterThan(20);
      }
      expect(await page.locator('.overview-snapshot .echarts-for-react').count()).toBe(0);
      expect(await page.getByTestId('kpi-linkedProvinces').getAttribute('data-value')).not.toBeNull();
      await page.screenshot({ path: screenshotPath(`snapshot-first-screen-${viewport.width}.png`) });
      // The aborted ECharts chunk is the live page's, asked for after the pictures: not a first-screen error.
      expect(
        consoleErrors.filter((e) => !/echarts|Failed to fetch dynamically|net::ERR_FAILED/i.test(e)),
      ).toEqual([]);
      await context.close();
    }
  });

  it('is in English for a reader who chose English', async () => {
    const { page, context } = await browser.openPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => localStorage.setItem('ocop-dashboard.lang', 'en'));
    await page.route(/\.wasm$/, () => new Promise(() => {}));
    await page.goto(inject('baseUrl'));
    await page.locator(PICTURE).first().waitFor({ timeout: 30_000 });
    const [title] = (await page.evaluate(cardWords('linkage-trend'))) as string[];
    expect(title).toBe(translate('en', 'chartLinkageTitle'));
    // The picture's own words are English too (the year axis name).
    expect(await page.locator('[data-chart="ocop-by-star"] svg').textContent()).toContain(
      translate('en', 'axisYear'),
    );
    await context.close();
  });
});

describe('the hand-over to the live overview', () => {
  it('replaces each picture by its live chart in place, with the same words, never leaving a card empty', async () => {
    const { page, context, consoleErrors } = await browser.openPage({
      viewport: { width: 1440, height: 900 },
    });
    // Every frame, whether each chart box holds a picture or a live chart, from the first picture on.
    await page.addInitScript(`
      window.__gaps = [];
      window.__seen = false;
      const watch = () => {
        const ids = ${JSON.stringify(CHARTS)};
        for (const id of ids) {
          const card = document.querySelector('[data-chart="' + id + '"]');
          const drawn = !!card && !!(card.querySelector('svg[data-snapshot-chart]') || card.querySelector('canvas'));
          if (drawn) window.__seen = true;
          else if (window.__seen) window.__gaps.push(id);
        }
        if (!document.querySelector('${LIVE_OVERVIEW} [data-chart="top-partners"] canvas')) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    `);
    await page.goto(inject('baseUrl'));
    await page
      .locator(PICTURE)
      .nth(CHARTS.length - 1)
      .waitFor({ timeout: 30_000 });
    const before = await Promise.all(CHARTS.map((id) => page.evaluate(cardWords(id))));
    await page.locator(`${LIVE_OVERVIEW} [data-chart="top-partners"] canvas`).waitFor({ timeout: 60_000 });
    await pageStill(page);
    const after = await Promise.all(CHARTS.map((id) => page.evaluate(cardWords(id))));
    expect(after).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __gaps: string[] }).__gaps)).toEqual([]);
    expect(await page.locator(PICTURE).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
