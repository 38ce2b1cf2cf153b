import type { ChartExportData } from '../../components/ExportMenu';
import { type Lang, translate } from '../../i18n/messages';
import type { PartnerRow, StarYear, YearValue } from '../../queries/overviewMetrics';

/**
 * The rows behind each overview chart, as its CSV export writes them: exactly what the SQL returned
 * for the chart (tests compare them with the queries run in Node), headed in the UI language.
 */

type Column = ChartExportData['columns'][number];
const column = (key: string, label: Parameters<typeof translate>[1], lang: Lang): Column => ({
  key,
  label: translate(lang, label),
});

export function ocopByStarTable(
  rows: readonly StarYear[],
  starLabel: (star: string) => string,
  lang: Lang,
): ChartExportData {
  return {
    columns: [
      column('year', 'exportColYear', lang),
      column('star', 'exportColStar', lang),
      column('products', 'exportColProducts', lang),
      column('illustrative', 'exportColIllustrative', lang),
    ],
    rows: rows.map((r) => ({
      year: r.year,
      star: starLabel(r.star),
      products: r.products,
      illustrative: r.illustrative,
    })),
  };
}

export function linkageTrendTable(
  mous: readonly YearValue[],
  products: readonly YearValue[],
  lang: Lang,
): ChartExportData {
  const years = [...new Set([...mous, ...products].map((p) => p.year))].sort((a, b) => a - b);
  const mouByYear = new Map(mous.map((p) => [p.year, p]));
  const productByYear = new Map(products.map((p) => [p.year, p]));
  return {
    columns: [
      column('year', 'exportColYear', lang),
      column('mous', 'exportColMous', lang),
      column('mousIllustrative', 'exportColMousIllustrative', lang),
      column('products', 'exportColDistribution', lang),
      column('productsIllustrative', 'exportColDistributionIllustrative', lang),
    ],
    // A year without MoUs (or products) in the data stays empty, as the chart leaves a gap.
    rows: years.map((year) => ({
      year,
      mous: mouByYear.get(year)?.value ?? null,
      mousIllustrative: mouByYear.get(year)?.illustrative ?? null,
      products: productByYear.get(year)?.value ?? null,
      productsIllustrative: productByYear.get(year)?.illustrative ?? null,
    })),
  };
}

export function topPartnersTable(
  partners: readonly PartnerRow[],
  partnerLabel: (p: PartnerRow) => string,
  lang: Lang,
): ChartExportData {
  return {
    columns: [
      column('province', 'exportColProvince', lang),
      column('code', 'exportColProvinceCode', lang),
      column('layout', 'exportColLayout', lang),
      column('toHcmc', 'exportColToHcmc', lang),
      column('toHanoi', 'exportColToHanoi', lang),
      column('total', 'exportColTotal', lang),
      column('illustrative', 'exportColIllustrative', lang),
    ],
    rows: partners.map((p) => ({
      province: partnerLabel(p),
      // Text, so Excel keeps the leading zero of codes like "01".
      code: p.unitCode,
      layout: p.unitLayout,
      toHcmc: p.toHcmc,
      toHanoi: p.toHanoi,
      total: p.toHcmc + p.toHanoi,
      illustrative: p.illustrative,
    })),
  };
}
