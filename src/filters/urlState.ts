import { allowedList, FILTER_DIMENSIONS, PROVINCE_CODES } from './filterRegistry';
import { DEFAULT_FILTERS, type FilterState, VIEW_IDS, type ViewId } from './filterState';

/**
 * FilterState ⇄ URL query string. Only what differs from the defaults is written, with short readable
 * keys and codes rather than names (?layout=34&year=2024&region=DBSCL,TN&province=92&star=4,5).
 * Unknown or malformed values are dropped, never guessed: an old link still opens, with what it can.
 * The filters' keys and codecs are declared in filterRegistry.ts; the navigation (the page, the
 * focused province, the chart a link points at, embed mode, the dataset opened by URL) is read here.
 */
const NAVIGATION_KEYS = {
  view: 'view',
  focus: 'focus',
  chart: 'chart',
  embed: 'embed',
  data: 'data',
} as const;

/** A dataset URL is kept as the link wrote it; an unreasonably long one is dropped (src/remote/ resolves it). */
const MAX_DATA_URL = 2048;

function parseDataUrl(text: string | null): string | null {
  const trimmed = text?.trim();
  return trimmed && trimmed.length <= MAX_DATA_URL ? trimmed : null;
}

/** Chart ids are ours (kebab-case); anything else in a link is dropped rather than put in the page. */
const CHART_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

function parseChartId(text: string | null | undefined): string | null {
  return text && CHART_ID.test(text) ? text : null;
}

export function parseFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  let state: FilterState = { ...DEFAULT_FILTERS };
  // The layout first (it leads the registry): province codes are read in it.
  for (const dimension of FILTER_DIMENSIONS) {
    state = { ...state, ...dimension.read(params.get(dimension.urlKey), state.layout) };
  }
  const view = VIEW_IDS.find((v) => v === params.get(NAVIGATION_KEYS.view)) ?? DEFAULT_FILTERS.view;
  return {
    ...state,
    view: view as ViewId,
    focus: allowedList(params.get(NAVIGATION_KEYS.focus), PROVINCE_CODES[state.layout])[0] ?? null,
    chart: parseChartId(params.get(NAVIGATION_KEYS.chart)),
    embed: params.get(NAVIGATION_KEYS.embed) === '1',
    data: parseDataUrl(params.get(NAVIGATION_KEYS.data)),
  };
}

export function serializeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_FILTERS.view) params.set(NAVIGATION_KEYS.view, state.view);
  for (const dimension of FILTER_DIMENSIONS) {
    const text = dimension.write(state);
    if (text !== null) params.set(dimension.urlKey, text);
  }
  const focus = allowedList(state.focus ?? '', PROVINCE_CODES[state.layout])[0];
  if (focus) params.set(NAVIGATION_KEYS.focus, focus);
  const chart = parseChartId(state.chart);
  if (chart) params.set(NAVIGATION_KEYS.chart, chart);
  if (state.embed) params.set(NAVIGATION_KEYS.embed, '1');
  const data = parseDataUrl(state.data);
  if (data) params.set(NAVIGATION_KEYS.data, data);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
