import type { Page } from 'playwright-core';
import { KPI_IDS, type KpiId } from '../src/queries/overviewMetrics';

/** The figures the overview's KPI cards show, read from their data-value (null where a card has none). */
export async function shownKpis(page: Page): Promise<Record<KpiId, number | null>> {
  const entries = await Promise.all(
    KPI_IDS.map(async (id) => {
      const value = await page.getByTestId(`kpi-${id}`).getAttribute('data-value');
      return [id, value ? Number(value) : null] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<KpiId, number | null>;
}
