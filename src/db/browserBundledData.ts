import type { BrowserDatabase } from './browserDatabase';
import { restoreShippedDatabase, SHIPPED_DATABASE_FILE, ShippedDatabaseError } from './shippedDatabase';

/**
 * The build's ready-made tables (scripts/vite/shippedDataPlugin.ts), or null where there is no such file:
 * the dev server has none (it answers with the app's page, which restoring tells apart).
 */
export async function fetchShippedDatabase(): Promise<Uint8Array | null> {
  try {
    // The same request as index.html's preload, so the browser hands over what it already fetched.
    const response = await fetch(new URL(SHIPPED_DATABASE_FILE, document.baseURI));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * The bundled data into the page's DuckDB: the build's ready-made tables when the build shipped them,
 * with the answers the build gave to the first screen's queries; else (the dev server) the bundled CSVs through the ingest, as the build itself reads them. The CSV
 * path's code loads only then, so the built page never downloads the ingest to start.
 */
export async function loadBundledDataInBrowser(
  db: BrowserDatabase,
  shipped: Promise<Uint8Array | null>,
): Promise<void> {
  const bytes = await shipped;
  if (bytes) {
    try {
      db.rememberAnswers(await restoreShippedDatabase(db, bytes));
      return;
    } catch (error) {
      // Checked before any table is made, so the CSV path below starts from an empty database.
      if (!(error instanceof ShippedDatabaseError)) throw error;
    }
  }
  const [{ loadBundledData }, { BUNDLED_FILES, fetchBundledFile }] = await Promise.all([
    import('./loadBundledData'),
    import('./bundledFiles'),
  ]);
  await loadBundledData(db, BUNDLED_FILES, fetchBundledFile);
}
