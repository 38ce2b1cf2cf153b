import type { Plugin } from 'vite';
import { overviewData } from '../../src/charts/pages/overviewData.ts';
import {
  OVERVIEW_SNAPSHOT_FILE,
  type OverviewSnapshot,
  snapshotPicturesFile,
} from '../../src/charts/pages/overviewSnapshot.ts';
import { startNodeDatabaseWithBundledData } from '../../src/db/nodeBundledData.ts';
import { DEFAULT_FILTERS } from '../../src/filters/filterState.ts';
import type { Lang } from '../../src/i18n/messages.ts';
import { preloadFetch } from './preloadFetch.ts';
import { renderOverviewCharts } from './snapshotCharts.ts';

/**
 * Emits the overview's figures for the default filters, computed at build time by the same SQL on the
 * same bundled CSVs in DuckDB's Node build, with its charts drawn as SVG by ECharts' server-side
 * renderer (snapshotCharts.ts). The page draws them while DuckDB-WASM and ECharts' code are still on
 * their way (the first chart in a fraction of the engine's start-up), then hands over to the live charts.
 */
export function overviewSnapshot(): Plugin {
  return {
    name: 'ocop:overview-snapshot',
    apply: 'build',
    // The page asks for the snapshot only after its own scripts ran and IndexedDB answered; a preload
    // lets the browser fetch it beside the first scripts instead (measured: ~500 ms later otherwise).
    transformIndexHtml: preloadFetch(OVERVIEW_SNAPSHOT_FILE),
    async generateBundle() {
      const db = await startNodeDatabaseWithBundledData();
      try {
        const data = await overviewData(db, DEFAULT_FILTERS);
        const { words, pictures } = renderOverviewCharts(data);
        const snapshot: OverviewSnapshot = { data, charts: words };
        this.emitFile({ type: 'asset', fileName: OVERVIEW_SNAPSHOT_FILE, source: JSON.stringify(snapshot) });
        for (const [key, charts] of Object.entries(pictures)) {
          const [lang, width] = key.split('-');
          this.emitFile({
            type: 'asset',
            fileName: snapshotPicturesFile(lang as Lang, Number(width)),
            source: JSON.stringify(charts),
          });
        }
      } finally {
        await db.close();
      }
    },
  };
}
