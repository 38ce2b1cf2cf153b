import type { Plugin } from 'vite';
import { shippedTablesOf, startNodeDatabaseWithBundledData } from '../../src/db/nodeBundledData.ts';
import { encodeShippedDatabase, SHIPPED_DATABASE_FILE } from '../../src/db/shippedDatabase.ts';

/**
 * Ships the bundled data ready to use: the bundled CSVs go through the same ingest and checks in Node's
 * DuckDB (a rejected row fails the build), the facts are built, and every table is written into one file
 * the page restores without parsing a CSV (src/db/shippedDatabase.ts).
 */
export function shippedData(): Plugin {
  return {
    name: 'ocop:shipped-data',
    apply: 'build',
    // Fetched beside the first scripts, while DuckDB-WASM compiles, instead of after it started.
    transformIndexHtml: (_html, context) =>
      context.path.endsWith('/index.html')
        ? [
            {
              tag: 'link',
              attrs: { rel: 'preload', href: `./${SHIPPED_DATABASE_FILE}`, as: 'fetch', crossorigin: '' },
              injectTo: 'head',
            },
          ]
        : [],
    async generateBundle() {
      const db = await startNodeDatabaseWithBundledData();
      try {
        const source = encodeShippedDatabase(await shippedTablesOf(db));
        this.emitFile({ type: 'asset', fileName: SHIPPED_DATABASE_FILE, source });
      } finally {
        await db.close();
      }
    },
  };
}
