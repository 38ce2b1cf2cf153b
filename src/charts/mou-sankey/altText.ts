import { formatNumber } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import { byCountDesc, joinList, withIllustrative } from '../altTextParts';

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
