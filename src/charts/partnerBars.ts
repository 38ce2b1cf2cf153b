import type { OriginProducts } from '../queries/distribution';
import {
  anyIllustrative,
  type ChartClick,
  type ChartContext,
  type ChartTable,
  type SourcedYearData,
} from './chartSpec';
import { sourceLabels, tableOf, unitLabel } from './chartWords';
import { clickedLabel, toggleProvince } from './clicks';
import { topPartnersAltText } from './partnerBarsAltText';
import { topPartnersOption } from './partnerBarsOption';

/**
 * Partner provinces as bars split by hub, from `productsByOrigin` (the one partner definition): the
 * overview's top partners and the distribution page's origins share the drawing, the table, the words
 * and the click.
 */

export function partnerBarsOption(
  partners: readonly OriginProducts[],
  ctx: ChartContext,
  words: { readonly total: string; readonly ariaTitle: string },
) {
  const { filters } = ctx;
  return topPartnersOption({
    partners: partners.map((p) => ({
      label: unitLabel(p, ctx),
      toHcmc: p.toHcmc,
      toHanoi: p.toHanoi,
      illustrative: p.illustrative,
      selected: p.unitLayout === filters.layout && filters.provinces.includes(p.unitCode),
    })),
    lang: ctx.lang,
    labels: {
      hcmc: ctx.t('destHcmc'),
      hanoi: ctx.t('destHanoi'),
      unit: ctx.t('unitProducts'),
      total: words.total,
      ...sourceLabels(ctx),
    },
    ariaTitle: words.ariaTitle,
  });
}

export function partnerTable(partners: readonly OriginProducts[], ctx: ChartContext): ChartTable {
  return tableOf(
    partners,
    (p) => ({
      exportColProvince: unitLabel(p, ctx),
      // Text, so Excel keeps the leading zero of codes like "01".
      exportColProvinceCode: p.unitCode,
      exportColLayout: p.unitLayout,
      exportColToHcmc: p.toHcmc,
      exportColToHanoi: p.toHanoi,
      exportColTotal: p.toHcmc + p.toHanoi,
      exportColIllustrative: p.illustrative,
    }),
    ctx,
  );
}

export function partnerAltText(partners: readonly OriginProducts[], year: number | null, ctx: ChartContext) {
  return topPartnersAltText({
    partners: partners.map((p) => ({ label: unitLabel(p, ctx), toHcmc: p.toHcmc, toHanoi: p.toHanoi })),
    year,
    illustrative: partners.some((p) => p.illustrative > 0),
    lang: ctx.lang,
  });
}

/** A click on a bar or a province's name selects that province (a post-merger unit: in the 34 layout). */
export function partnerClick(click: ChartClick, partners: readonly OriginProducts[], ctx: ChartContext) {
  const label = clickedLabel(click, 'yAxis');
  const partner = partners.find((p) => unitLabel(p, ctx) === label);
  return partner ? toggleProvince(ctx.filters, { code: partner.unitCode, layout: partner.unitLayout }) : null;
}

/** The parts of a spec drawn over partner bars: its table, words, sources, flag, click and year. */
export function partnerSpecParts<D extends SourcedYearData>(
  partnersOf: (data: D) => readonly OriginProducts[],
) {
  return {
    table: (data: D, ctx: ChartContext) => partnerTable(partnersOf(data), ctx),
    altText: (data: D, ctx: ChartContext) => partnerAltText(partnersOf(data), data.year, ctx),
    sources: (data: D) => data.sources,
    illustrative: (data: D) => anyIllustrative(partnersOf(data)),
    click: (click: ChartClick, data: D, ctx: ChartContext) => partnerClick(click, partnersOf(data), ctx),
    // The chart shows one year: stocks are never added over years.
    dataYear: (data: D) => data.year,
  };
}
