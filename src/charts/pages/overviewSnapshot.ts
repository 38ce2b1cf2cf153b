import type { Lang } from '../../i18n/messages';
import type { CardWords } from '../cardWords';
import type { OverviewData } from './overviewData';

/**
 * The build-time snapshot of the overview for the default filters (scripts/vite/snapshotPlugin.ts),
 * absent under the dev server: its figures and its cards' words in both languages in one file, and the
 * charts as SVG pictures in one file per language and width, so the first screen is drawn without
 * ECharts' code (the live charts take over once DuckDB answers).
 */
export const OVERVIEW_SNAPSHOT_FILE = 'overview-snapshot.json';

/** The widths the pictures are drawn at, 10 % apart: the nearest is never stretched more than 5 %. */
export const SNAPSHOT_CHART_WIDTHS: readonly number[] = Array.from({ length: 16 }, (_, i) =>
  Math.round(300 * 1.1 ** i),
);

export type SnapshotChartWords = Readonly<Record<Lang, readonly CardWords[]>>;

/** One language and width: each overview chart's SVG by its id. */
export type SnapshotPictures = Readonly<Record<string, string>>;

export interface OverviewSnapshot {
  readonly data: OverviewData;
  readonly charts: SnapshotChartWords;
}

export const snapshotPicturesFile = (lang: Lang, width: number) => `overview-snapshot/${lang}-${width}.json`;

/** The drawn width nearest to a chart box's width. */
export function nearestSnapshotWidth(width: number): number {
  let best = SNAPSHOT_CHART_WIDTHS[0] ?? 300;
  for (const w of SNAPSHOT_CHART_WIDTHS) if (Math.abs(w - width) < Math.abs(best - width)) best = w;
  return best;
}

async function fetchJson<T>(file: string): Promise<T | null> {
  try {
    const response = await fetch(new URL(file, document.baseURI));
    if (!response.ok) return null;
    return (await response.json()) as T;
  } catch {
    return null;
  }
}

/** The build-time figures and words, or null when there are none (dev server, a fetch that failed). */
export const fetchOverviewSnapshot = () => fetchJson<OverviewSnapshot>(OVERVIEW_SNAPSHOT_FILE);

/** The charts' pictures for one language and drawn width, or null. */
export const fetchSnapshotPictures = (lang: Lang, width: number) =>
  fetchJson<SnapshotPictures>(snapshotPicturesFile(lang, width));
