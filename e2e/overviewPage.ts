import type { Page } from 'playwright-core';

/** The live overview, drawn from DuckDB: not the start-up snapshot that shows while the engine starts. */
export const LIVE_OVERVIEW = '.overview[data-rendered-filters]:not(.overview-snapshot)';

/** Waits for the live overview with its charts on screen. */
export async function waitForOverview(page: Page): Promise<void> {
  await page.locator(LIVE_OVERVIEW).waitFor({ timeout: 60_000 });
  await page.locator(`${LIVE_OVERVIEW} [data-chart="top-partners"] canvas`).first().waitFor();
}
