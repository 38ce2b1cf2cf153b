import { formatNumber } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import { joinList, lowerFirst, withIllustrative } from '../altTextParts';
import type { StarSeriesLabel, StarYearCount } from './option';

/** The OCOP-by-star chart in words (altTextParts.ts says how alt texts are written). */
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
