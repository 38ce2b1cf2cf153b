import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../src/i18n/format';
import { KPI_IDS, type KpiId } from '../src/queries/overviewMetrics';
import { launchChromium, openWatchedPage, screenshotPath } from './browser';
import { shownKpis } from './kpiCards';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LIVE_SUMMARY =
  '.overview[data-rendered-filters]:not(.overview-snapshot) [data-testid="year-summary"][data-complete="true"]';
const REPORT_SUMMARY = '[data-report-sheet="1"] [data-testid="year-summary"][data-complete="true"]';

/** The KPI figures the paragraph states (`kpi:<id>` figures), by KPI; null where it has no sentence. */
function statedKpis(page: Page, scope: string): Promise<Record<KpiId, number | null>> {
  return page.evaluate(
    ({ scope, ids }) =>
      Object.fromEntries(
        ids.map((id) => {
          const figure = document.querySelector(`${scope} [data-figure="kpi:${id}"]`);
          return [id, figure ? Number(figure.getAttribute('data-value')) : null];
        }),
      ) as Record<KpiId, number | null>,
    { scope, ids: [...KPI_IDS] },
  );
}

/** The paragraph as a reader sees it: its text without the figures' source tips. */
function paragraphText(page: Page, scope: string): Promise<string> {
  return page.evaluate((scope) => {
    const paragraph = document.querySelector(`${scope} [data-testid="year-summary-text"]`);
    if (!paragraph) return '';
    const copy = paragraph.cloneNode(true) as HTMLElement;
    for (const tip of copy.querySelectorAll('.summary-figure-tip')) tip.remove();
    return copy.textContent ?? '';
  }, scope);
}

async function openOverview(search: string) {
  const watch = await openWatchedPage(browser);
  await watch.page.goto(`${inject('baseUrl')}${search}`);
  await watch.page.locator(LIVE_SUMMARY).waitFor({ timeout: 60_000 });
  // The overview opens the box on its lead; the whole paragraph is one click away.
  await watch.page.locator(`${LIVE_SUMMARY} [data-testid="year-summary-toggle"]`).click();
  return watch;
}

describe('the year in words', () => {
  it('states the figures the KPI cards show, for three filter states', async () => {
    for (const search of ['', '?layout=63&year=2025', '?region=DBSCL&star=4&dest=hcmc']) {
      const { page, context, consoleErrors } = await openOverview(search);
      const cards = await shownKpis(page);
      await expect.poll(() => statedKpis(page, LIVE_SUMMARY), { timeout: 15_000 }).toEqual(cards);
      // Every card with a figure has its sentence, written as the card writes the number.
      const text = await paragraphText(page, LIVE_SUMMARY);
      for (const id of KPI_IDS) {
        const value = cards[id];
        if (value !== null && value > 0) expect(text, `${search} ${id}`).toContain(formatNumber('vi', value));
      }
      expect(text).toMatch(/^Năm \d{4}/);
      expect(text).not.toMatch(/∞|NaN|undefined|\{/);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it('shows a figure’s source on focus, and lists the sources under the paragraph', async () => {
    const { page, context } = await openOverview('?layout=63&year=2020&years=2020-2020&province=94');
    const figure = page.locator(`${LIVE_SUMMARY} [data-figure="kpi:ocopProducts"]`);
    await figure.focus();
    const tip = page.locator(`#${await figure.getAttribute('aria-describedby')}`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    // Sóc Trăng's 99 rated products in 2020 are real and sourced (data/real, seed 004).
    expect(await figure.getAttribute('data-value')).toBe('99');
    expect(await tip.innerText()).toMatch(/Nguồn: .+/);
    expect(await tip.innerText()).toContain('Số liệu thực');
    expect(
      await page.locator(`${LIVE_SUMMARY} [data-testid="year-summary-sources"] li`).count(),
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('copies the paragraph as plain text and as rich text (read back from the clipboard)', async () => {
    const { page, context } = await openOverview('');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('baseUrl')).origin,
    });
    const paragraph = await paragraphText(page, LIVE_SUMMARY);
    const kpi = await page.locator(`${LIVE_SUMMARY} [data-figure="kpi:ocopProducts"]`).first();
    const ocopText = (await kpi.evaluate((e) => e.firstChild?.textContent)) ?? '';

    await page.getByTestId('year-summary-copy-text').click();
    await expect
      .poll(() => page.locator('.year-summary-copy-status').innerText())
      .toBe('Đã sao chép văn bản');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain.startsWith(paragraph)).toBe(true);
    expect(plain).toContain('\n\nNguồn: ');

    await page.getByTestId('year-summary-copy-rich').click();
    await expect
      .poll(() => page.locator('.year-summary-copy-status').innerText())
      .toBe('Đã sao chép có định dạng');
    const rich = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const read = async (type: string) =>
        item.types.includes(type) ? (await item.getType(type)).text() : null;
      return { types: [...item.types], html: await read('text/html'), text: await read('text/plain') };
    });
    expect(rich?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(rich?.text).toBe(plain);
    expect(rich?.html).toContain(`<b>${ocopText}</b>`);
    expect(rich?.html).toContain('<ol');
    await context.close();
  });

  it('opens the yearly report, with the report’s KPI figures, and prints it without its buttons', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(browser);
    await page.goto(`${inject('baseUrl')}?view=report&region=DBSCL`);
    const summary = REPORT_SUMMARY;
    await page.locator(summary).waitFor({ timeout: 60_000 });
    const cards = await page.evaluate(
      (ids) =>
        Object.fromEntries(
          ids.map((id) => {
            const value = document
              .querySelector(`[data-testid="kpi-report-${id}"]`)
              ?.getAttribute('data-value');
            return [id, value ? Number(value) : null];
          }),
        ),
      [...KPI_IDS],
    );
    await expect.poll(() => statedKpis(page, summary), { timeout: 15_000 }).toEqual(cards);
    // The report shows the whole paragraph and its sources, no fold.
    expect(await page.locator(`${summary} [data-testid="year-summary-toggle"]`).count()).toBe(0);
    expect(await page.locator(`${summary} [data-testid="year-summary-sources"]`).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${summary} [data-testid="year-summary-text"]`).isVisible()).toBe(true);
    expect(await page.getByTestId('year-summary-copy-text').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('summary-report-print.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the report on three A4 pages with the paragraph on the first, across the merger too', async () => {
    for (const search of ['?view=report', '?view=report&layout=63&year=2025']) {
      const { page, context } = await openWatchedPage(browser);
      await page.goto(`${inject('baseUrl')}${search}`);
      await page.locator(REPORT_SUMMARY).waitFor({ timeout: 60_000 });
      await page.locator('[data-report-sheet="3"] svg').first().waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, search).toBe(3);
      await context.close();
    }
  });
});
