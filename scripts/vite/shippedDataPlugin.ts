import type { Plugin } from 'vite';
import { overviewData } from '../../src/charts/pages/overviewData.ts';
import type { Database } from '../../src/db/database.ts';
import {
  recordAnswers,
  shippedTablesOf,
  startNodeDatabaseWithBundledData,
} from '../../src/db/nodeBundledData.ts';
import { encodeShippedDatabase, SHIPPED_DATABASE_FILE } from '../../src/db/shippedDatabase.ts';
import { DEFAULT_FILTERS } from '../../src/filters/filterState.ts';
import { availableYears } from '../../src/queries/overviewMetrics.ts';
import { preloadFetch } from './preloadFetch.ts';

/**
 * What the first screen (the overview with the default filters) asks DuckDB: the filter bar's years,
 * the overview's figures, charts and year in words. Asked of the build's database, their answers
 * ship with the tables; a query not listed here is simply asked in the page.
 */
async function firstScreenQueries(db: Database): Promise<void> {
  await Promise.all([overviewData(db, DEFAULT_FILTERS), availableYears(db, DEFAULT_FILTERS)]);
}

/**
 * Ships the bundled data ready to use: the bundled CSVs go through the same ingest and checks in Node's
 * DuckDB (a rejected row fails the build), the facts are built, and every table is written into one file
 * the page restores without parsing a CSV (src/db/shippedDatabase.ts), with the answers to the first
 * screen's queries.
 */
export function shippedData(): Plugin {
  return {
    name: 'ocop:shipped-data',
    apply: 'build',
    // Fetched beside the first scripts, while DuckDB-WASM compiles, instead of after it started.
    transformIndexHtml: preloadFetch(SHIPPED_DATABASE_FILE),
    async generateBundle() {
      const db = await startNodeDatabaseWithBundledData();
      try {
        const source = encodeShippedDatabase({
          tables: await shippedTablesOf(db),
          answers: await recordAnswers(db, firstScreenQueries),
        });
        this.emitFile({ type: 'asset', fileName: SHIPPED_DATABASE_FILE, source });
      } finally {
        await db.close();
      }
    },
  };
}
