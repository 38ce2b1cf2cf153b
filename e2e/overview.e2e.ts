import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNodeDatabaseWithBundledData } from '../src/db/nodeBundledData';
import { formatNumber } from '../src/i18n/format';
import { ocopTotal } from '../src/queries/ocopOverview';
import { launchChromium, openWatchedPage, screenshotPath } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('the dashboard opens on the bundled data', () => {
  it('starts DuckDB, shows the KPI the same SQL gives in Node, draws a chart, stays on localhost', async () => {
    const db = await startNodeDatabaseWithBundledData();
    const expected = await ocopTotal(db);
    await db.close();
    expect(expected.products).toBeGreaterThan(0);

    const { page, context, consoleErrors, foreignRequests } = await openWatchedPage(browser);
    await page.goto(inject('baseUrl'));
    const kpi = page.getByTestId('kpi-ocop-total');
    await kpi.waitFor({ timeout: 60_000 });
    expect(await kpi.getAttribute('data-value')).toBe(String(expected.products));
    expect((await kpi.textContent())?.trim()).toBe(formatNumber('vi', expected.products));

    // A real chart: ECharts drew onto a canvas with a non-empty size.
    const canvas = page.locator('[data-chart="ocop-by-star"] canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(200);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Liên kết thương mại & sản phẩm OCOP');
    await page.waitForTimeout(500); // let the bar animation finish before the screenshot
    await page.screenshot({ path: screenshotPath('overview-vi.png'), fullPage: true });

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('switches to English and remembers it after a reload', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(browser);
    await page.goto(inject('baseUrl'));
    await page.getByTestId('kpi-ocop-total').waitFor({ timeout: 60_000 });
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Trade linkage & OCOP products');
    await page.reload();
    await page.getByTestId('kpi-ocop-total').waitFor({ timeout: 60_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Trade linkage & OCOP products');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows a translated error panel when WebAssembly is disabled', async () => {
    // As under a policy that disables WebAssembly: the global is gone before any script runs.
    const { page, context } = await openWatchedPage(browser);
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
