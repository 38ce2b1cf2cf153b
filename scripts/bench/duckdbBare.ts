import { startBrowserDatabase } from '../../src/db/browserDatabase';

// The floor for the dashboard's start-up: the same DuckDB bundles, instantiated and answering SELECT 1,
// with nothing else on the page. `npm run bench` reads the mark; the dashboard never links here.
const db = await startBrowserDatabase();
await db.query('SELECT 1 AS one');
performance.mark('ocop:duckdb-bare-ready');
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
