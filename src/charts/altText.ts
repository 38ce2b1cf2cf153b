import { provinceLabel, regionLabel } from '../filters/filterLabels';
import type { FilterState } from '../filters/filterState';
import { formatNumber } from '../i18n/format';
import { type Lang, translate } from '../i18n/messages';
import type { YearPoint } from './linkageTrendOption';
import type { StarSeriesLabel, StarYearCount } from './ocopByStarOption';

/**
 * A chart said in one or two sentences, from its data: the alt text of exported images and the text a
 * screen reader gets for the chart ("Hà Nội có 301 sản phẩm OCOP năm 2020, trong đó 207 sản phẩm 4 sao,
 * 88 sản phẩm 3 sao và 6 sản phẩm tiềm năng 5 sao."). Pure: data in, text out.
 */

function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${translate(lang, 'describeAnd')}${items.at(-1)}`;
}

const lowerFirst = (text: string, lang: Lang) =>
  text.charAt(0).toLocaleLowerCase(lang === 'vi' ? 'vi' : 'en') + text.slice(1);

function withIllustrative(text: string, illustrative: boolean, lang: Lang): string {
  return illustrative ? `${text} ${translate(lang, 'exportAltIllustrative')}` : text;
}

/**
 * Who the figures are about, as the subject of a sentence: the chosen provinces (named up to three),
 * else the chosen regions; null when nothing narrows the place (the sentence then says "in total").
 */
export function altPlace(filters: FilterState, lang: Lang): string | null {
  const { provinces, regions, layout } = filters;
  if (provinces.length > 3) return translate(lang, 'exportAltPlaceMany', { count: provinces.length });
  if (provinces.length > 0)
    return joinList(
      provinces.map((code) => provinceLabel(code, layout, lang)),
      lang,
    );
  if (regions.length > 0) {
    const names = joinList(
      regions.map((id) => regionLabel(id, lang)),
      lang,
    );
    return lang === 'vi' ? `Vùng ${names}` : names;
  }
  return null;
}

export interface OcopByStarAltInput {
  readonly rows: readonly StarYearCount[];
  readonly stars: readonly StarSeriesLabel[];
  readonly place: string | null;
  /** The year whose star breakdown is told when the chart spans several years (the compared year). */
  readonly focusYear: number | null;
  readonly illustrative: boolean;
  readonly lang: Lang;
}

export function ocopByStarAltText(input: OcopByStarAltInput): string {
  const { rows, stars, place, lang } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const byYear = new Map<number, number>();
  for (const row of rows) byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.products);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const total = [...byYear.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return translate(lang, 'exportAltNoData');

  const starOrder = stars.map((s) => s.star);
  const parts = (year: number) =>
    joinList(
      rows
        .filter((r) => r.year === year && r.products > 0)
        .sort((a, b) => b.products - a.products || starOrder.indexOf(a.star) - starOrder.indexOf(b.star))
        .map((r) =>
          translate(lang, 'exportAltOcopPart', {
            count: fmt(r.products),
            star: lowerFirst(stars.find((s) => s.star === r.star)?.label ?? r.star, lang),
          }),
        ),
      lang,
    );

  const [only] = years;
  if (years.length === 1 && only !== undefined) {
    const params = { place: place ?? '', total: fmt(total), year: only, parts: parts(only) };
    return withIllustrative(
      translate(lang, place ? 'exportAltOcopYear' : 'exportAltOcopYearAll', params),
      input.illustrative,
      lang,
    );
  }
  let maxYear = years[0] ?? 0;
  for (const year of years) if ((byYear.get(year) ?? 0) > (byYear.get(maxYear) ?? 0)) maxYear = year;
  const sentences = [
    translate(lang, place ? 'exportAltOcopYears' : 'exportAltOcopYearsAll', {
      place: place ?? '',
      total: fmt(total),
      from: years[0] ?? '',
      to: years.at(-1) ?? '',
      maxYear,
      max: fmt(byYear.get(maxYear) ?? 0),
    }),
  ];
  const focus = input.focusYear;
  if (focus !== null && (byYear.get(focus) ?? 0) > 0) {
    sentences.push(
      translate(lang, 'exportAltOcopLatest', {
        year: focus,
        total: fmt(byYear.get(focus) ?? 0),
        parts: parts(focus),
      }),
    );
  }
  return withIllustrative(sentences.join(' '), input.illustrative, lang);
}

export interface LinkageAltInput {
  readonly mous: readonly YearPoint[];
  readonly products: readonly YearPoint[];
  readonly illustrative: boolean;
  readonly lang: Lang;
}

export function linkageTrendAltText(input: LinkageAltInput): string {
  const { lang } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const sentence = (
    points: readonly YearPoint[],
    many: 'exportAltLinkageMous' | 'exportAltLinkageProducts',
    one: 'exportAltLinkageMousOne' | 'exportAltLinkageProductsOne',
  ): string | null => {
    const sorted = [...points].sort((a, b) => a.year - b.year);
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last) return null;
    if (sorted.length === 1) return translate(lang, one, { year: first.year, value: fmt(first.value) });
    const max = sorted.reduce((best, p) => (p.value > best.value ? p : best), first);
    return translate(lang, many, {
      first: fmt(first.value),
      from: first.year,
      last: fmt(last.value),
      to: last.year,
      max: fmt(max.value),
      maxYear: max.year,
    });
  };
  const sentences = [
    sentence(input.mous, 'exportAltLinkageMous', 'exportAltLinkageMousOne'),
    sentence(input.products, 'exportAltLinkageProducts', 'exportAltLinkageProductsOne'),
  ].filter((s): s is string => s !== null);
  if (sentences.length === 0) return translate(lang, 'exportAltNoData');
  return withIllustrative(sentences.join(' '), input.illustrative, lang);
}

export interface PartnersAltInput {
  /** Largest first, as the chart ranks them. */
  readonly partners: readonly { readonly label: string; readonly toHcmc: number; readonly toHanoi: number }[];
  /** The year the chart shows. */
  readonly year: number | null;
  readonly illustrative: boolean;
  readonly lang: Lang;
  /** How many are named: the rest are in the chart and the CSV. */
  readonly named?: number;
}

export function topPartnersAltText(input: PartnersAltInput): string {
  const { lang } = input;
  const named = input.partners.slice(0, input.named ?? 3);
  if (named.length === 0) return translate(lang, 'exportAltNoData');
  const list = joinList(
    named.map((p) =>
      translate(lang, 'exportAltPartnerItem', {
        name: p.label,
        total: formatNumber(lang, p.toHcmc + p.toHanoi),
      }),
    ),
    lang,
  );
  const text =
    input.year === null
      ? translate(lang, 'exportAltPartners', { list })
      : translate(lang, 'exportAltPartnersYear', { list, year: input.year });
  return withIllustrative(text, input.illustrative, lang);
}

/** Largest first; ties keep the order given. */
const byCountDesc = <T extends { readonly count: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.count - a.count);

export interface MouFlowsAltInput {
  /** MoUs per partner province (all of them, also those the diagram merges into "other provinces"). */
  readonly partners: readonly { readonly label: string; readonly count: number }[];
  /** MoUs per hub, with the hub's full name. */
  readonly hubs: readonly { readonly label: string; readonly count: number }[];
  readonly illustrative: boolean;
  readonly lang: Lang;
  readonly named?: number;
}

/** The MoU flow diagram in words: the total, how it splits between the hubs, the partners that signed most. */
export function mouFlowsAltText(input: MouFlowsAltInput): string {
  const { lang } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const total = input.hubs.reduce((sum, h) => sum + h.count, 0);
  const partners = byCountDesc(input.partners.filter((p) => p.count > 0));
  if (total === 0 || partners.length === 0) return translate(lang, 'exportAltNoData');
  const hubs = joinList(
    byCountDesc(input.hubs.filter((h) => h.count > 0)).map((h) =>
      translate(lang, 'a11yAltMouHub', { count: fmt(h.count), hub: h.label }),
    ),
    lang,
  );
  const top = joinList(
    partners
      .slice(0, input.named ?? 3)
      .map((p) => translate(lang, 'a11yAltMouPartner', { name: p.label, count: fmt(p.count) })),
    lang,
  );
  const sentences = [
    translate(lang, partners.length === 1 ? 'a11yAltMouFlowsOne' : 'a11yAltMouFlows', {
      total: fmt(total),
      partners: fmt(partners.length),
      hubs,
    }),
    translate(lang, 'a11yAltMouTop', { list: top }),
  ];
  return withIllustrative(sentences.join(' '), input.illustrative, lang);
}

export interface EventsAltInput {
  readonly events: readonly {
    /** yyyy-mm-dd */
    readonly date: string;
    readonly name: string;
    /** The lane's label ("Tại TP.HCM"), said in lower case inside the sentence. */
    readonly laneLabel: string;
    readonly productsShown: number | null;
  }[];
  /** Formats a yyyy-mm-dd day as the UI does. */
  readonly formatDay: (isoDate: string) => string;
  readonly illustrative: boolean;
  readonly lang: Lang;
}

/** The event timeline in words: how many events, when, where, and the one that showed most products. */
export function eventsAltText(input: EventsAltInput): string {
  const { lang, events } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  if (events.length === 0) return translate(lang, 'exportAltNoData');
  const dates = events.map((e) => e.date).sort();
  const lanes = new Map<string, number>();
  for (const e of events) lanes.set(e.laneLabel, (lanes.get(e.laneLabel) ?? 0) + 1);
  const laneText = joinList(
    byCountDesc([...lanes].map(([label, count]) => ({ label, count }))).map((l) =>
      translate(lang, 'a11yAltEventLane', { count: fmt(l.count), lane: lowerFirst(l.label, lang) }),
    ),
    lang,
  );
  const from = input.formatDay(dates[0] ?? '');
  const to = input.formatDay(dates.at(-1) ?? '');
  const sentences = [
    events.length === 1
      ? translate(lang, 'a11yAltEventsOne', { from, lanes: laneText })
      : translate(lang, 'a11yAltEvents', { count: fmt(events.length), from, to, lanes: laneText }),
  ];
  let most: (typeof events)[number] | null = null;
  for (const e of events) if ((e.productsShown ?? 0) > (most?.productsShown ?? 0)) most = e;
  if (most?.productsShown) {
    sentences.push(
      translate(lang, 'a11yAltEventsMostProducts', {
        name: most.name,
        date: input.formatDay(most.date),
        count: fmt(most.productsShown),
      }),
    );
  }
  return withIllustrative(sentences.join(' '), input.illustrative, lang);
}

export interface StackedByYearAltInput {
  /** Products per year and category, with the category's label ("Saigon Co.op", "Siêu thị"). */
  readonly rows: readonly { readonly year: number; readonly label: string; readonly products: number }[];
  /** The year whose breakdown is told (the year the page shows); else the latest. */
  readonly year: number | null;
  readonly illustrative: boolean;
  readonly lang: Lang;
  readonly named?: number;
}

/** A stacked bar per year (distribution by distributor or channel) in words: the trend, then one year's largest parts. */
export function stackedByYearAltText(input: StackedByYearAltInput): string {
  const { lang } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const totals = new Map<number, number>();
  for (const r of input.rows) totals.set(r.year, (totals.get(r.year) ?? 0) + r.products);
  const years = [...totals.keys()].filter((y) => (totals.get(y) ?? 0) > 0).sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return translate(lang, 'exportAltNoData');
  const sentences = [
    years.length === 1
      ? translate(lang, 'exportAltLinkageProductsOne', { year: first, value: fmt(totals.get(first) ?? 0) })
      : translate(lang, 'exportAltLinkageProducts', {
          first: fmt(totals.get(first) ?? 0),
          from: first,
          last: fmt(totals.get(last) ?? 0),
          to: last,
        }),
  ];
  const year = input.year !== null && totals.has(input.year) ? input.year : last;
  const parts = new Map<string, number>();
  for (const r of input.rows) {
    if (r.year === year) parts.set(r.label, (parts.get(r.label) ?? 0) + r.products);
  }
  const largest = byCountDesc([...parts].map(([label, count]) => ({ label, count })))
    .filter((p) => p.count > 0)
    .slice(0, input.named ?? 3);
  if (largest.length > 0) {
    sentences.push(
      translate(lang, 'a11yAltStackYear', {
        year,
        total: fmt(totals.get(year) ?? 0),
        parts: joinList(
          largest.map((p) => translate(lang, 'a11yAltStackPart', { label: p.label, count: fmt(p.count) })),
          lang,
        ),
      }),
    );
  }
  return withIllustrative(sentences.join(' '), input.illustrative, lang);
}
