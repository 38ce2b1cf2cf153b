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
