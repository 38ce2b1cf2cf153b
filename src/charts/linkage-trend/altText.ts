import { formatNumber } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import { withIllustrative } from '../altTextParts';
import type { YearPoint } from './option';

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
