import {
  PRODUCT_GROUPS,
  type ProductGroupId,
  resolveChoice,
  STAR_LEVELS,
  type StarLevelId,
} from '../model/ocop';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { REGIONS, type RegionId } from '../model/regions';
import {
  DEFAULT_FILTERS,
  DESTINATIONS,
  type DestinationId,
  type FilterState,
  VIEW_IDS,
  type ViewId,
} from './filterState';

/**
 * FilterState ⇄ URL query string. Only what differs from the defaults is written, with short readable
 * keys and codes rather than names (?layout=34&year=2024&region=DBSCL,TN&province=92&star=4,5).
 * Unknown or malformed values are dropped, never guessed: an old link still opens, with what it can.
 */
const KEYS = {
  view: 'view',
  layout: 'layout',
  year: 'year',
  years: 'years',
  regions: 'region',
  provinces: 'province',
  groups: 'group',
  stars: 'star',
  destinations: 'dest',
  focus: 'focus',
  chart: 'chart',
  embed: 'embed',
} as const;

const MIN_YEAR = 2000;
/** Chart ids are ours (kebab-case); anything else in a link is dropped rather than put in the page. */
const CHART_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

function parseChartId(text: string | null | undefined): string | null {
  return text && CHART_ID.test(text) ? text : null;
}

const MAX_YEAR = 2100;

function parseYear(text: string | null | undefined): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function parseList<T extends string>(text: string | null, allowed: readonly T[]): T[] {
  if (!text) return [];
  const chosen = new Set(text.split(','));
  // Canonical order (the order of `allowed`), so equal states give equal URLs.
  return allowed.filter((value) => chosen.has(value));
}

const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);
const GROUP_IDS: readonly ProductGroupId[] = PRODUCT_GROUPS.map((g) => g.id);
const STAR_IDS: readonly StarLevelId[] = STAR_LEVELS.map((s) => s.id);
const DESTINATION_IDS = Object.keys(DESTINATIONS) as DestinationId[];
const PROVINCE_CODES = {
  '63': PROVINCES_63.map((p) => p.code),
  '34': PROVINCES_34.map((p) => p.code),
} as const;

export function parseFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const asked = params.get(KEYS.layout);
  const layout = asked === '34' || asked === '63' ? asked : DEFAULT_FILTERS.layout;
  const view = VIEW_IDS.find((v) => v === params.get(KEYS.view)) ?? DEFAULT_FILTERS.view;
  const [from, to] = (params.get(KEYS.years) ?? '').split('-');
  let yearFrom = parseYear(from);
  let yearTo = parseYear(to);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    view: view as ViewId,
    layout,
    year: parseYear(params.get(KEYS.year)),
    yearFrom,
    yearTo,
    regions: parseList(params.get(KEYS.regions), REGION_IDS),
    provinces: parseList(params.get(KEYS.provinces), PROVINCE_CODES[layout]),
    // Group ids of before 2023 (textile, souvenir_decor) resolve to the group that took them over.
    groups: parseList(
      (params.get(KEYS.groups) ?? '')
        .split(',')
        .map((g) => resolveChoice(PRODUCT_GROUPS, g) ?? g)
        .join(','),
      GROUP_IDS,
    ),
    stars: parseList(params.get(KEYS.stars), STAR_IDS),
    destinations: parseList(params.get(KEYS.destinations), DESTINATION_IDS),
    focus: parseList(params.get(KEYS.focus), PROVINCE_CODES[layout])[0] ?? null,
    chart: parseChartId(params.get(KEYS.chart)),
    embed: params.get(KEYS.embed) === '1',
  };
}

export function serializeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_FILTERS.view) params.set(KEYS.view, state.view);
  if (state.layout !== DEFAULT_FILTERS.layout) params.set(KEYS.layout, state.layout);
  if (state.year !== null) params.set(KEYS.year, String(state.year));
  if (state.yearFrom !== null || state.yearTo !== null) {
    params.set(KEYS.years, `${state.yearFrom ?? ''}-${state.yearTo ?? ''}`);
  }
  const lists = [
    [KEYS.regions, parseList(state.regions.join(','), REGION_IDS)],
    [KEYS.provinces, parseList(state.provinces.join(','), PROVINCE_CODES[state.layout])],
    [KEYS.groups, parseList(state.groups.join(','), GROUP_IDS)],
    [KEYS.stars, parseList(state.stars.join(','), STAR_IDS)],
    [KEYS.destinations, parseList(state.destinations.join(','), DESTINATION_IDS)],
  ] as const;
  for (const [key, values] of lists) if (values.length > 0) params.set(key, values.join(','));
  const focus = parseList(state.focus ?? '', PROVINCE_CODES[state.layout])[0];
  if (focus) params.set(KEYS.focus, focus);
  const chart = parseChartId(state.chart);
  if (chart) params.set(KEYS.chart, chart);
  if (state.embed) params.set(KEYS.embed, '1');
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
