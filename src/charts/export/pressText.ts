import { describeFilters } from '../../filters/filterRegistry';
import type { FilterState } from '../../filters/filterState';
import { formatDate } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import { clipText, isolateBidi } from '../escapeHtml';

/** A dataset's address as a press image shows it: addresses come from links, so a long one is clipped. */
const DATA_URL_LIMIT = 120;

/**
 * The words a press image carries besides its title, from the same state the dashboard shows: the
 * filters (plus a chart's own note, e.g. the compared year), the sources, and the dates.
 */
export function pressSubtitle(filters: FilterState, lang: Lang, note?: string): string {
  // A dataset opened by URL (?data=) is named too: the figures are the publisher's, not the bundled ones.
  const dataset = filters.data
    ? translate(lang, 'exportDatasetFrom', { url: isolateBidi(clipText(filters.data, DATA_URL_LIMIT)) })
    : null;
  return [describeFilters(filters, lang), note, dataset].filter(Boolean).join('; ');
}

/** One source's share of a source line, in characters (real sources run to about 150). */
const SOURCE_LIMIT = 200;
/** All sources together: beyond this "…" stands for the rest, so the footer never crowds out the chart. */
const SOURCES_LIMIT = 600;

/**
 * A source as a source line shows it, on screen and in press images: sources come from users' files, so
 * one is clipped (a 5,000-character source would bury the chart) and its bidi controls isolated (an
 * override would reorder the sources after it).
 */
export function shownSource(source: string): string {
  return isolateBidi(clipText(source, SOURCE_LIMIT));
}

/**
 * "Nguồn: A; B; dữ liệu minh họa (…)": real sources first, illustrative data named when it feeds the
 * chart — always, however many sources come before it: past SOURCES_LIMIT "…" stands for the rest.
 */
export function pressSourceLine(sources: readonly string[], illustrative: boolean, lang: Lang): string {
  const kept: string[] = [];
  let length = 0;
  for (const source of sources) {
    const text = shownSource(source);
    if (kept.length > 0 && length + text.length > SOURCES_LIMIT) {
      kept.push('…');
      break;
    }
    kept.push(text);
    length += text.length + 2;
  }
  const parts = [...kept, ...(illustrative ? [translate(lang, 'exportIllustrativeSource')] : [])];
  return parts.length > 0 ? translate(lang, 'sourceLine', { sources: parts.join('; ') }) : '';
}

/** "Số liệu đến năm 2026 · Xuất ngày 22/11/2026": when the figures run to, and when the image was made. */
export function pressDateLine(latestYear: number | null, exportedOn: Date, lang: Lang): string {
  const exported = translate(lang, 'exportExportedOn', { date: formatDate(lang, exportedOn) });
  return latestYear === null
    ? exported
    : `${translate(lang, 'exportDataYear', { year: latestYear })} · ${exported}`;
}

/** The latest year in the rows behind a chart, when they have a year column. */
export function latestYearIn(
  rows: readonly Readonly<Record<string, unknown>>[],
  // A chart table's year column is keyed by its heading's message key (chartWords.ts tableOf).
  column = 'exportColYear',
): number | null {
  let latest: number | null = null;
  for (const row of rows) {
    const year = row[column];
    if (typeof year === 'number' && Number.isInteger(year) && (latest === null || year > latest))
      latest = year;
  }
  return latest;
}
