import type { Database } from '../db/database';
import type { FilterState } from '../filters/filterState';
import { type TradeEvent, tradeEvents } from './linkages';
import { type GroupProducts, ocopByGroup } from './ocopByGroup';
import { type FactSet, realSources } from './overviewMetrics';

/** What the year in words (src/summary/) needs beyond the overview's own figures: the year's groups and events, and its sources. */
export interface SummaryExtras {
  readonly groups: readonly GroupProducts[];
  readonly events: readonly TradeEvent[];
  /** The real sources of each dataset for the compared year and the one before. */
  readonly sources: Readonly<Record<FactSet, readonly string[]>>;
}

export async function summaryExtras(
  db: Database,
  filters: FilterState,
  year: number,
): Promise<SummaryExtras> {
  // The paragraph speaks of the year and the one before it (its comparison), within the chosen range.
  const years: FilterState = {
    ...filters,
    yearFrom: Math.max(filters.yearFrom ?? year - 1, year - 1),
    yearTo: Math.min(filters.yearTo ?? year, year),
  };
  const [groups, events, ocop, mous, distribution, eventSources] = await Promise.all([
    ocopByGroup(db, filters, year),
    tradeEvents(db, years),
    realSources(db, years, ['ocop']),
    realSources(db, years, ['mous']),
    realSources(db, years, ['distribution']),
    realSources(db, years, ['events']),
  ]);
  return {
    groups,
    events: events.filter((e) => e.date.startsWith(`${year}-`)),
    sources: { ocop, mous, distribution, events: eventSources },
  };
}
