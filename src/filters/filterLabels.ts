import { type Lang, translate } from '../i18n/messages';
import { choiceLabel, PRODUCT_GROUPS, STAR_LEVELS } from '../model/ocop';
import { type Layout, province34, province63 } from '../model/provinces';
import { REGIONS } from '../model/regions';
import { DEFAULT_FILTERS, type DestinationId, type FilterState } from './filterState';

/** Names of what a filter holds, in the UI language: used by the chips, the description and exports. */
export function provinceLabel(code: string, layout: Layout, lang: Lang): string {
  const province = layout === '63' ? province63(code) : province34(code);
  if (!province) return code;
  return lang === 'vi' ? province.name : province.nameEn;
}

export function regionLabel(id: string, lang: Lang): string {
  const region = REGIONS.find((r) => r.id === id);
  return region ? (lang === 'vi' ? region.nameVi : region.nameEn) : id;
}

export function destinationLabel(id: DestinationId, lang: Lang): string {
  return translate(lang, id === 'hcmc' ? 'destHcmc' : 'destHanoi');
}

/** One removable chip per active filter value. */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
  readonly without: Partial<FilterState>;
}

export function filterChips(filters: FilterState, lang: Lang): FilterChip[] {
  const chips: FilterChip[] = [];
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  if (filters.layout !== DEFAULT_FILTERS.layout) {
    chips.push({
      key: 'layout',
      label: t(filters.layout === '63' ? 'filterLayout63Short' : 'filterLayout34Short'),
      // Province codes mean something only in their layout, so they go with it.
      without: { layout: DEFAULT_FILTERS.layout, provinces: [], focus: null },
    });
  }
  if (filters.year !== null) {
    chips.push({ key: 'year', label: t('kpiInYear', { year: filters.year }), without: { year: null } });
  }
  if (filters.yearFrom !== null || filters.yearTo !== null) {
    chips.push({
      key: 'years',
      label: yearRangeText(filters, lang),
      without: { yearFrom: null, yearTo: null },
    });
  }
  for (const id of filters.regions) {
    chips.push({
      key: `region:${id}`,
      label: regionLabel(id, lang),
      without: { regions: filters.regions.filter((r) => r !== id) },
    });
  }
  for (const code of filters.provinces) {
    chips.push({
      key: `province:${code}`,
      label: provinceLabel(code, filters.layout, lang),
      without: { provinces: filters.provinces.filter((p) => p !== code) },
    });
  }
  for (const id of filters.groups) {
    chips.push({
      key: `group:${id}`,
      label: choiceLabel(PRODUCT_GROUPS, id, lang),
      without: { groups: filters.groups.filter((g) => g !== id) },
    });
  }
  for (const id of filters.stars) {
    chips.push({
      key: `star:${id}`,
      label: choiceLabel(STAR_LEVELS, id, lang),
      without: { stars: filters.stars.filter((s) => s !== id) },
    });
  }
  for (const id of filters.destinations) {
    chips.push({
      key: `dest:${id}`,
      label: destinationLabel(id, lang),
      without: { destinations: filters.destinations.filter((d) => d !== id) },
    });
  }
  return chips;
}

function yearRangeText(filters: FilterState, lang: Lang): string {
  const { yearFrom: from, yearTo: to } = filters;
  if (from !== null && to !== null) return translate(lang, 'describeYears', { from, to });
  if (from !== null) return translate(lang, 'describeYearsFrom', { from });
  return translate(lang, 'describeYearsTo', { to: to ?? '' });
}

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${translate(lang, 'describeAnd')}${items.at(-1)}`;
}

/**
 * The active filters in plain words, e.g. "năm 2020–2024, tại Sóc Trăng và Cần Thơ, hạng 4 sao".
 * The year compared by the KPI cards is not part of it: it is stated where those cards show it.
 */
export function describeFilters(filters: FilterState, lang: Lang): string {
  const parts: string[] = [];
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  if (filters.yearFrom !== null || filters.yearTo !== null) parts.push(yearRangeText(filters, lang));
  if (filters.regions.length > 0) {
    parts.push(
      t('describeRegions', {
        list: list(
          filters.regions.map((r) => regionLabel(r, lang)),
          lang,
        ),
      }),
    );
  }
  if (filters.provinces.length > 0) {
    parts.push(
      t('describeIn', {
        list: list(
          filters.provinces.map((p) => provinceLabel(p, filters.layout, lang)),
          lang,
        ),
      }),
    );
  }
  if (filters.groups.length > 0) {
    parts.push(
      t('describeGroups', {
        list: list(
          filters.groups.map((g) => choiceLabel(PRODUCT_GROUPS, g, lang)),
          lang,
        ),
      }),
    );
  }
  if (filters.stars.length > 0) {
    parts.push(
      t('describeStars', {
        list: list(
          filters.stars.map((s) => choiceLabel(STAR_LEVELS, s, lang)),
          lang,
        ),
      }),
    );
  }
  if (filters.destinations.length > 0) {
    parts.push(
      t('describeDestinations', {
        list: list(
          filters.destinations.map((d) => destinationLabel(d, lang)),
          lang,
        ),
      }),
    );
  }
  if (parts.length === 0 && filters.layout === DEFAULT_FILTERS.layout) return t('describeAll');
  parts.push(t(filters.layout === '34' ? 'describeLayout34' : 'describeLayout63'));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
