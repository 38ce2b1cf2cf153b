import { formatNumber } from '../i18n/format';
import { type Lang, translate } from '../i18n/messages';
import { joinList, withIllustrative } from './altTextParts';

/** Partner provinces' bars in words (the overview's top partners, the distribution page's origins). */
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
