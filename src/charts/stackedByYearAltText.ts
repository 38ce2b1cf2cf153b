import { formatNumber } from '../i18n/format';
import { type Lang, translate } from '../i18n/messages';
import { byCountDesc, joinList, withIllustrative } from './altTextParts';

/** A stacked chart by year in words (distributors, channels). */
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
