import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { realSources } from '../../queries/overviewMetrics';
import { provinceTable } from '../../queries/provinceTable';

/** What the provinces page shows, fetched together so the page changes in one step. */
export async function provincesData(db: Database, filters: FilterState) {
  const table = await provinceTable(db, filters);
  const sources = await realSources(db, filters, ['ocop', 'mous', 'distribution']);
  return { ...table, sources };
}

export type ProvincesData = Awaited<ReturnType<typeof provincesData>>;
