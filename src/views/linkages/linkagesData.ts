import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { mouFlows, tradeEvents, undrawnMous } from '../../queries/linkages';
import { realSources } from '../../queries/overviewMetrics';

/** Everything the linkages page shows, fetched together so the page changes in one step. */
export async function linkagesData(db: Database, filters: FilterState) {
  // DuckDB-WASM answers one query at a time per connection: sequential awaits cost nothing extra.
  const flows = await mouFlows(db, filters);
  const undrawn = await undrawnMous(db, filters);
  const events = await tradeEvents(db, filters);
  const mouSources = await realSources(db, filters, ['mous']);
  return { flows, undrawn, events, mouSources };
}

export type LinkagesData = Awaited<ReturnType<typeof linkagesData>>;
