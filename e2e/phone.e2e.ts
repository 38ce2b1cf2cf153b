import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_FILTERS } from '../src/filters/filterState';
import { serializeFilterState } from '../src/filters/urlState';
import { screenshotPath } from './browser';
import { pageStill } from './charts';
import { chromiumForFile } from './fixtures';
import { LIVE_OVERVIEW } from './overviewPage';

/** A director's phone held upright, a tablet, the tablet turned, a desktop. */
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };
const DESKTOP = { width: 1440, height: 900 };
const MIN_TARGET = 44;

const browser = chromiumForFile();

const LIVE_CHARTS = `${LIVE_OVERVIEW} [data-chart="top-partners"] canvas`;

/** Records layout shifts from the first paint on (as the browser scores them: not after input). */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // The total so far, with the shifts of the last frames the observer has not been handed yet.
    (window as unknown as { __layoutShift: () => number }).__layoutShift = () => {
      record(observer.takeRecords());
      return shifts.reduce((sum, v) => sum + v, 0);
    };
  });
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __layoutShift: () => number }).__layoutShift());

/** Visible controls smaller than a fingertip: what a 44 × 44 px check finds. */
function smallTargets(page: Page, scope: string) {
  return page.evaluate(
    ({ scope, min }) => {
      const root = document.querySelector(scope);
      if (!root) return [`no ${scope}`];
      const controls = root.querySelectorAll<HTMLElement>(
        'button, select, input:not([type="radio"]):not([type="checkbox"]), summary, a[href], label:has(> input[type="radio"])',
      );
      const small: string[] = [];
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || control.closest('[hidden], [inert]')) continue;
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          small.push(
            `${control.tagName.toLowerCase()} "${control.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
      return small;
    },
    { scope, min: MIN_TARGET },
  );
}

/**
 * Opens the default page at `viewport` and checks the layout shift from the first paint until the live
 * page has taken over and settled (web fonts in, every chart drawn and still).
 */
async function openLive(viewport: { width: number; height: number }) {
  const watch = await browser.openPage({ viewport });
  await recordLayoutShifts(watch.page);
  await watch.page.goto(inject('baseUrl'));
  await watch.page.locator(LIVE_CHARTS).first().waitFor({ timeout: 60_000 });
  await pageStill(watch.page);
  const shift = await layoutShift(watch.page);
  expect(shift, `layout shift at ${viewport.width} px`).toBeLessThanOrEqual(0.05);
  expect(
    await watch.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  return watch;
}

describe('on a phone', () => {
  it('shows the figures on the first screen, without a jump when the live page takes over', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, context, consoleErrors } = await openLive(viewport);
      if (viewport === PHONE) {
        const top = await page
          .getByTestId('kpi-linkedProvinces')
          .evaluate((e) => e.getBoundingClientRect().top);
        expect(top).toBeLessThan(600);
        // The filter bar folds behind one button.
        expect(await page.locator('.filter-bar').count()).toBe(0);
        expect(await smallTargets(page, '.app-header')).toEqual([]);
        expect(await smallTargets(page, '.app-nav')).toEqual([]);
        expect(await smallTargets(page, '.filter-sheet-bar')).toEqual([]);
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it('filters through the sheet as the desktop bar does, and Back closes it', async () => {
    const { page, context, consoleErrors } = await browser.openPage({ viewport: PHONE });
    await page.goto(inject('baseUrl'));
    await page.locator(LIVE_CHARTS).first().waitFor({ timeout: 60_000 });
    const button = page.getByTestId('filter-sheet-button');
    await button.click();
    const sheet = page.getByTestId('filter-sheet');
    expect(await sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await smallTargets(page, '.filter-sheet')).toEqual([]);
    await page.screenshot({ path: screenshotPath('phone-filter-sheet.png') });

    await sheet.getByTestId('filter-regions').locator('summary').click();
    await sheet.getByRole('checkbox', { name: 'Tây Nguyên' }).check();
    await sheet.getByRole('button', { name: '4 sao', exact: true }).click();
    await sheet.getByRole('button', { name: 'Xem kết quả' }).click();
    expect(await sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    // The same URL the desktop filter bar writes for these filters.
    const expected = serializeFilterState({ ...DEFAULT_FILTERS, regions: ['TN'], stars: ['4'] });
    await expect.poll(() => new URL(page.url()).search).toBe(expected);
    await expect
      .poll(() => page.getByTestId('filter-sheet-count').locator('[aria-hidden="true"]').textContent())
      .toBe('2');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'filter-sheet-button',
    );

    // Back closes the sheet and undoes what was chosen in it; Escape closes it keeping the choice.
    await button.click();
    await sheet.getByRole('button', { name: '5 sao', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('star')).toBe('4,5');
    await page.goBack();
    await expect.poll(() => sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await expect.poll(() => new URL(page.url()).search).toBe(expected);
    await button.click();
    await sheet.getByRole('button', { name: 'Xóa mọi bộ lọc' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('filter-sheet-count').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the current page in sight in the navigation strip, on every page', async () => {
    const { page, context, consoleErrors } = await browser.openPage({ viewport: PHONE });
    const pages = ['overview', 'map', 'linkages', 'distribution', 'report', 'provinces', 'sql', 'data'];
    for (const view of pages) {
      await page.goto(`${inject('baseUrl')}?view=${view}`);
      const current = page.locator(`.app-nav [data-view="${view}"]`);
      await current.waitFor();
      await page
        .locator('main :is(h2, h3, table, canvas, textarea):visible')
        .first()
        .waitFor({ timeout: 60_000 });
      // The strip scrolls its current page into sight again once the web font has changed the widths.
      await pageStill(page);
      const box = await current.evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right };
      });
      expect(box.left, view).toBeGreaterThanOrEqual(0);
      expect(box.right, view).toBeLessThanOrEqual(PHONE.width + 1);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        view,
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`phone-${view}.png`), fullPage: true });
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('folds language and department settings into a menu', async () => {
    const { page, context } = await browser.openPage({ viewport: PHONE });
    await page.goto(inject('baseUrl'));
    await page.locator(LIVE_CHARTS).first().waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('Ngôn ngữ').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Trade linkage & OCOP products');
    await context.close();
  });
});

describe('on a tablet', () => {
  it('keeps the filter bar, with no jump at hand-over, upright and turned', async () => {
    for (const viewport of [TABLET, LANDSCAPE]) {
      const { page, context, consoleErrors } = await openLive(viewport);
      expect(await page.locator('.filter-bar').count()).toBe(1);
      await page.screenshot({ path: screenshotPath(`tablet-${viewport.width}.png`), fullPage: true });
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });
});
