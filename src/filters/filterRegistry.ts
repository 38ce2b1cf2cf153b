import type { Lang, MessageKey } from '../i18n/messages';
import { translate } from '../i18n/messages';
import {
  choiceLabel,
  PRODUCT_GROUPS,
  type ProductGroupId,
  resolveChoice,
  STAR_LEVELS,
  type StarLevelId,
} from '../model/ocop';
import { type Layout, PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { REGIONS, type RegionId } from '../model/regions';
import { destinationLabel, provinceLabel, regionLabel } from './filterNames';
import { DEFAULT_FILTERS, DESTINATIONS, type DestinationId, type FilterState } from './filterState';

/**
 * Every filter dimension, declared once: its URL key and codec, its default (what "clear all" sets),
 * its label and control, its chips and words, and the SQL condition it puts on the facts. The URL
 * state, the chips, the description, "clear all", the filter bar and queries/facts.ts derive from this
 * list; navigation (the page, the focused province, the shared chart, embed mode) is not in it.
 * Order matters: the layout comes first, since province codes are read in it.
 */

/** One removable chip per active filter value. */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
  readonly without: Partial<FilterState>;
}

/** A condition on a column of the facts, as data; queries/facts.ts writes it as SQL with bound values. */
export type FilterCondition =
  | {
      readonly kind: 'in';
      readonly column: 'unit_code' | 'region' | 'product_group' | 'star' | 'hub_code';
      readonly values: readonly string[];
      /** Province codes mean something only in their layout. */
      readonly layout?: Layout;
    }
  | {
      readonly kind: 'range';
      readonly column: 'year';
      readonly from: number | null;
      readonly to: number | null;
    };

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  readonly title?: string;
}

/** How the filter bar shows a dimension. */
export type FilterControl =
  | {
      /** Radio buttons side by side: one value. */
      readonly kind: 'segmented';
      readonly options: (lang: Lang) => readonly FilterOption[];
      readonly selected: (state: FilterState) => string;
      readonly change: (value: string) => Partial<FilterState>;
    }
  | {
      /** A dropdown of checkboxes: several values. */
      readonly kind: 'multi';
      readonly testId: string;
      readonly searchable?: boolean;
      readonly options: (state: FilterState, lang: Lang) => readonly FilterOption[];
      readonly selected: (state: FilterState) => readonly string[];
      readonly change: (values: readonly string[]) => Partial<FilterState>;
    }
  | {
      /** Toggle buttons: several values, each on or off. */
      readonly kind: 'toggles';
      readonly options: (lang: Lang) => readonly FilterOption[];
      readonly selected: (state: FilterState) => readonly string[];
      readonly change: (values: readonly string[]) => Partial<FilterState>;
    }
  | {
      /** Year dropdowns over the years with data (the KPI year; the range's two ends). */
      readonly kind: 'years';
      readonly selects: readonly {
        readonly testId: string;
        readonly label: MessageKey;
        /** Words of the empty choice; `latest` is the latest year with data in the range. */
        readonly empty: (lang: Lang, latest: number | null) => string;
        readonly selected: (state: FilterState) => number | null;
        readonly change: (year: number | null) => Partial<FilterState>;
      }[];
    };

export type FilterDimensionId =
  | 'layout'
  | 'year'
  | 'years'
  | 'destinations'
  | 'regions'
  | 'provinces'
  | 'groups'
  | 'stars';

export interface FilterDimension {
  readonly id: FilterDimensionId;
  readonly urlKey: string;
  readonly label: MessageKey;
  /** The dimension at its default: what "clear all" and its chip's removal set. */
  readonly cleared: Partial<FilterState>;
  /** Its part of the state from its URL text (null when absent); `layout` is already read. */
  read(text: string | null, layout: Layout): Partial<FilterState>;
  /** Its URL text, or null when it is at its default. */
  write(state: FilterState): string | null;
  chips(state: FilterState, lang: Lang): readonly FilterChip[];
  /** Its part of the description in words ("tại Sóc Trăng và Cần Thơ"), or null when unset. */
  words(state: FilterState, lang: Lang): string | null;
  /** The rows it keeps, on facts that have the dimension; null when it keeps every row. */
  condition?(state: FilterState): FilterCondition | null;
  readonly control: FilterControl;
  /** The row of the filter bar it sits in. */
  readonly row: 1 | 2;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function parseYear(text: string | null | undefined): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** Values of a list that are allowed, in the canonical order (`allowed`'s), so equal states give equal URLs. */
export function allowedList<T extends string>(text: string | null, allowed: readonly T[]): T[] {
  if (!text) return [];
  const chosen = new Set(text.split(','));
  return allowed.filter((value) => chosen.has(value));
}

export function joinWords(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${translate(lang, 'describeAnd')}${items.at(-1)}`;
}

export const PROVINCE_CODES: Readonly<Record<Layout, readonly string[]>> = {
  '63': PROVINCES_63.map((p) => p.code),
  '34': PROVINCES_34.map((p) => p.code),
};

const collator = new Intl.Collator('vi');

type ListKey = 'regions' | 'provinces' | 'groups' | 'stars' | 'destinations';

const lowerFirst = (name: string, lang: Lang) => `${name.charAt(0).toLocaleLowerCase(lang)}${name.slice(1)}`;

/** "nhóm đồ uống", not "nhóm Đồ uống": a Vietnamese common noun is not capitalised mid-sentence. */
function commonNoun(name: string, lang: Lang): string {
  return lang === 'vi' ? lowerFirst(name, lang) : name;
}

/**
 * A filter that holds a list of ids: the codec, the chips and the words are the same for all of them;
 * what differs is the allowed ids, their names, the words around them and the column they filter.
 */
function listDimension<K extends ListKey>(spec: {
  id: K;
  urlKey: string;
  label: MessageKey;
  allowed: (layout: Layout) => readonly FilterState[K][number][];
  /** Old ids still found in links, to the id that took them over. */
  alias?: (value: string) => string;
  name: (value: FilterState[K][number], state: FilterState, lang: Lang) => string;
  describe: MessageKey;
  /** A name as it reads inside a sentence, when that differs from the chip's (a common noun in Vietnamese). */
  inSentence?: (name: string, lang: Lang) => string;
  condition: (values: readonly FilterState[K][number][], state: FilterState) => FilterCondition;
  control: FilterControl;
  row: 1 | 2;
}): FilterDimension {
  const values = (state: FilterState) => state[spec.id] as readonly FilterState[K][number][];
  return {
    id: spec.id,
    urlKey: spec.urlKey,
    label: spec.label,
    cleared: { [spec.id]: [] },
    read: (text, layout) => {
      const aliased = spec.alias && text ? text.split(',').map(spec.alias).join(',') : text;
      return { [spec.id]: allowedList(aliased, spec.allowed(layout)) };
    },
    write: (state) => {
      const list = allowedList(values(state).join(','), spec.allowed(state.layout));
      return list.length > 0 ? list.join(',') : null;
    },
    chips: (state, lang) =>
      values(state).map((value) => ({
        key: `${spec.urlKey}:${value}`,
        label: spec.name(value, state, lang),
        without: { [spec.id]: values(state).filter((v) => v !== value) },
      })),
    words: (state, lang) =>
      values(state).length === 0
        ? null
        : translate(lang, spec.describe, {
            list: joinWords(
              values(state).map((v) => {
                const name = spec.name(v, state, lang);
                return spec.inSentence ? spec.inSentence(name, lang) : name;
              }),
              lang,
            ),
          }),
    condition: (state) => (values(state).length > 0 ? spec.condition(values(state), state) : null),
    control: spec.control,
    row: spec.row,
  };
}

const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);
const GROUP_IDS: readonly ProductGroupId[] = PRODUCT_GROUPS.map((g) => g.id);
const STAR_IDS: readonly StarLevelId[] = STAR_LEVELS.map((s) => s.id);
const DESTINATION_IDS = Object.keys(DESTINATIONS) as DestinationId[];

function yearRangeText(state: FilterState, lang: Lang): string {
  const { yearFrom: from, yearTo: to } = state;
  if (from !== null && to !== null) return translate(lang, 'describeYears', { from, to });
  if (from !== null) return translate(lang, 'describeYearsFrom', { from });
  return translate(lang, 'describeYearsTo', { to: to ?? '' });
}

const layoutShort = (layout: Layout): MessageKey =>
  layout === '63' ? 'filterLayout63Short' : 'filterLayout34Short';

export const FILTER_DIMENSIONS: readonly FilterDimension[] = [
  {
    id: 'layout',
    urlKey: 'layout',
    label: 'filterLayout',
    // Province codes belong to a layout (80 is Long An in one, Tây Ninh in the other): they go with it.
    cleared: { layout: DEFAULT_FILTERS.layout },
    read: (text) => ({ layout: text === '34' || text === '63' ? text : DEFAULT_FILTERS.layout }),
    write: (state) => (state.layout === DEFAULT_FILTERS.layout ? null : state.layout),
    chips: (state, lang) =>
      state.layout === DEFAULT_FILTERS.layout
        ? []
        : [
            {
              key: 'layout',
              label: translate(lang, layoutShort(state.layout)),
              without: { layout: DEFAULT_FILTERS.layout, provinces: [], focus: null },
            },
          ],
    // Always said when anything else is (describeFilters): every figure depends on it.
    words: (state, lang) => translate(lang, state.layout === '34' ? 'describeLayout34' : 'describeLayout63'),
    control: {
      kind: 'segmented',
      options: (lang) =>
        (['34', '63'] as const).map((layout) => ({
          value: layout,
          label: translate(lang, layoutShort(layout)),
          title: translate(lang, layout === '63' ? 'filterLayout63' : 'filterLayout34'),
        })),
      selected: (state) => state.layout,
      change: (value) => ({ layout: value === '63' ? '63' : '34', provinces: [], focus: null }),
    },
    row: 1,
  },
  {
    id: 'year',
    urlKey: 'year',
    label: 'filterYear',
    cleared: { year: null },
    read: (text) => ({ year: parseYear(text) }),
    write: (state) => (state.year === null ? null : String(state.year)),
    chips: (state, lang) =>
      state.year === null
        ? []
        : [
            {
              key: 'year',
              label: translate(lang, 'kpiInYear', { year: state.year }),
              without: { year: null },
            },
          ],
    // The year compared by the KPI cards is stated where those cards show it, not in the description.
    words: () => null,
    control: {
      kind: 'years',
      selects: [
        {
          testId: 'filter-year',
          label: 'filterYear',
          empty: (lang, latest) => translate(lang, 'filterYearLatest', { year: latest ?? '—' }),
          selected: (state) => state.year,
          change: (year) => ({ year }),
        },
      ],
    },
    row: 1,
  },
  {
    id: 'years',
    urlKey: 'years',
    label: 'filterYearFrom',
    cleared: { yearFrom: null, yearTo: null },
    read: (text) => {
      const [from, to] = (text ?? '').split('-');
      let yearFrom = parseYear(from);
      let yearTo = parseYear(to);
      if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
      return { yearFrom, yearTo };
    },
    write: (state) =>
      state.yearFrom === null && state.yearTo === null
        ? null
        : `${state.yearFrom ?? ''}-${state.yearTo ?? ''}`,
    chips: (state, lang) =>
      state.yearFrom === null && state.yearTo === null
        ? []
        : [{ key: 'years', label: yearRangeText(state, lang), without: { yearFrom: null, yearTo: null } }],
    words: (state, lang) =>
      state.yearFrom === null && state.yearTo === null ? null : yearRangeText(state, lang),
    condition: (state) =>
      state.yearFrom === null && state.yearTo === null
        ? null
        : { kind: 'range', column: 'year', from: state.yearFrom, to: state.yearTo },
    control: {
      kind: 'years',
      selects: [
        {
          testId: 'filter-year-from',
          label: 'filterYearFrom',
          empty: (lang) => translate(lang, 'filterAny'),
          selected: (state) => state.yearFrom,
          change: (yearFrom) => ({ yearFrom }),
        },
        {
          testId: 'filter-year-to',
          label: 'filterYearTo',
          empty: (lang) => translate(lang, 'filterAny'),
          selected: (state) => state.yearTo,
          change: (yearTo) => ({ yearTo }),
        },
      ],
    },
    row: 1,
  },
  listDimension({
    id: 'regions',
    urlKey: 'region',
    label: 'filterRegions',
    allowed: () => REGION_IDS,
    name: (id, _state, lang) => regionLabel(id, lang),
    describe: 'describeRegions',
    condition: (ids) => ({ kind: 'in', column: 'region', values: ids }),
    control: {
      kind: 'multi',
      testId: 'filter-regions',
      options: (_state, lang) => REGIONS.map((r) => ({ value: r.id, label: regionLabel(r.id, lang) })),
      selected: (state) => state.regions,
      change: (values) => ({ regions: REGION_IDS.filter((id) => values.includes(id)) }),
    },
    row: 2,
  }),
  listDimension({
    id: 'provinces',
    urlKey: 'province',
    label: 'filterProvinces',
    allowed: (layout) => PROVINCE_CODES[layout],
    name: (code, state, lang) => provinceLabel(code, state.layout, lang),
    describe: 'describeIn',
    // Codes are those of the active layout: in the 63 layout a post-merger unit is not selectable.
    condition: (codes, state) => ({ kind: 'in', column: 'unit_code', values: codes, layout: state.layout }),
    control: {
      kind: 'multi',
      testId: 'filter-provinces',
      searchable: true,
      options: (state, lang) =>
        (state.layout === '63' ? PROVINCES_63 : PROVINCES_34)
          .map((p) => ({ value: p.code, label: lang === 'vi' ? p.name : p.nameEn }))
          .sort((a, b) => collator.compare(a.label, b.label)),
      selected: (state) => state.provinces,
      change: (values) => ({ provinces: [...values] }),
    },
    row: 2,
  }),
  listDimension({
    id: 'groups',
    urlKey: 'group',
    label: 'filterGroups',
    allowed: () => GROUP_IDS,
    // Group ids of before 2023 (textile, souvenir_decor) resolve to the group that took them over.
    alias: (value) => resolveChoice(PRODUCT_GROUPS, value) ?? value,
    name: (id, _state, lang) => choiceLabel(PRODUCT_GROUPS, id, lang),
    describe: 'describeGroups',
    inSentence: commonNoun,
    condition: (ids) => ({ kind: 'in', column: 'product_group', values: ids }),
    control: {
      kind: 'multi',
      testId: 'filter-groups',
      options: (_state, lang) =>
        PRODUCT_GROUPS.map((g) => ({ value: g.id, label: choiceLabel(PRODUCT_GROUPS, g.id, lang) })),
      selected: (state) => state.groups,
      change: (values) => ({ groups: GROUP_IDS.filter((id) => values.includes(id)) }),
    },
    row: 2,
  }),
  listDimension({
    id: 'stars',
    urlKey: 'star',
    label: 'filterStars',
    allowed: () => STAR_IDS,
    name: (id, _state, lang) => choiceLabel(STAR_LEVELS, id, lang),
    describe: 'describeStars',
    // "hạng tiềm năng 5 sao", "potential 5-star products": lower case in both languages.
    inSentence: lowerFirst,
    condition: (ids) => ({ kind: 'in', column: 'star', values: ids }),
    control: {
      kind: 'toggles',
      options: (lang) =>
        STAR_LEVELS.map((s) => ({ value: s.id, label: choiceLabel(STAR_LEVELS, s.id, lang) })),
      selected: (state) => state.stars,
      change: (values) => ({ stars: STAR_IDS.filter((id) => values.includes(id)) }),
    },
    row: 2,
  }),
  listDimension({
    id: 'destinations',
    urlKey: 'dest',
    label: 'filterDestination',
    allowed: () => DESTINATION_IDS,
    name: (id, _state, lang) => destinationLabel(id, lang),
    describe: 'describeDestinations',
    condition: (ids) => ({ kind: 'in', column: 'hub_code', values: ids.map((d) => DESTINATIONS[d]) }),
    control: {
      kind: 'segmented',
      options: (lang) => [
        { value: '', label: translate(lang, 'filterDestinationAll') },
        ...DESTINATION_IDS.map((id) => ({ value: id, label: destinationLabel(id, lang) })),
      ],
      // Both hubs chosen (from a link) reads as "all": the control offers one or both.
      selected: (state) => (state.destinations.length === 1 ? (state.destinations[0] ?? '') : ''),
      change: (value) => ({ destinations: DESTINATION_IDS.filter((id) => id === value) }),
    },
    row: 1,
  }),
];

/** What "clear all filters" sets: every dimension back to its default; the page stays. */
export const CLEARED_FILTERS: Partial<FilterState> = Object.assign(
  {},
  ...FILTER_DIMENSIONS.map((d) => d.cleared),
);

export function filterChips(state: FilterState, lang: Lang): FilterChip[] {
  return FILTER_DIMENSIONS.flatMap((d) => d.chips(state, lang));
}

/**
 * The active filters in plain words, e.g. "Năm 2020–2024, tại Sóc Trăng và Cần Thơ, hạng 4 sao, theo 34
 * tỉnh, thành". The layout is said whenever anything else is, or when it is not the default.
 */
export function describeFilters(state: FilterState, lang: Lang): string {
  const layout = FILTER_DIMENSIONS.find((d) => d.id === 'layout');
  const parts = FILTER_DIMENSIONS.filter((d) => d !== layout).flatMap((d) => d.words(state, lang) ?? []);
  if (parts.length === 0 && state.layout === DEFAULT_FILTERS.layout) return translate(lang, 'describeAll');
  if (layout) parts.push(layout.words(state, lang) ?? '');
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
