import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { realSources } from '../../queries/overviewMetrics';
import { overviewData } from './overviewData';

/** The yearly report: the overview's figures, and the sources of every real figure behind them (events too). */
export async function reportData(db: Database, filters: FilterState) {
  const overview = await overviewData(db, filters);
  const sources = await realSources(db, filters, ['ocop', 'mous', 'distribution', 'events']);
  return { overview, sources };
}

export type ReportData = Awaited<ReturnType<typeof reportData>>;
