import type { OverviewData } from './overviewData';

/** Written by scripts/vite/snapshotPlugin.ts into dist/ at build time; absent under the dev server. */
export const OVERVIEW_SNAPSHOT_FILE = 'overview-snapshot.json';

/** The build-time figures for the default filters, or null when there are none to show. */
export async function fetchOverviewSnapshot(): Promise<OverviewData | null> {
  try {
    const response = await fetch(new URL(OVERVIEW_SNAPSHOT_FILE, document.baseURI));
    if (!response.ok) return null;
    return (await response.json()) as OverviewData;
  } catch {
    return null;
  }
}
