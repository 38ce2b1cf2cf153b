import { provinceLabel, regionLabel } from '../filters/filterNames';
import type { FilterState } from '../filters/filterState';
import { type Lang, translate } from '../i18n/messages';

/**
 * A chart said in one or two sentences, from its data: the alt text of exported images and the text a
 * screen reader gets for the chart ("Hà Nội có 301 sản phẩm OCOP năm 2020, trong đó 207 sản phẩm 4 sao,
 * 88 sản phẩm 3 sao và 6 sản phẩm tiềm năng 5 sao."). Pure: data in, text out.
 */

export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${translate(lang, 'describeAnd')}${items.at(-1)}`;
}

export const lowerFirst = (text: string, lang: Lang) =>
  text.charAt(0).toLocaleLowerCase(lang === 'vi' ? 'vi' : 'en') + text.slice(1);

export function withIllustrative(text: string, illustrative: boolean, lang: Lang): string {
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

/** Largest first; ties keep the order given. */
export const byCountDesc = <T extends { readonly count: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.count - a.count);
