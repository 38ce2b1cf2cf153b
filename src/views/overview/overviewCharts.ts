import { useCallback, useMemo } from 'react';
import { altPlace, linkageTrendAltText, ocopByStarAltText, topPartnersAltText } from '../../charts/altText';
import { linkageTrendOption } from '../../charts/linkageTrendOption';
import { ocopByStarOption } from '../../charts/ocopByStarOption';
import { topPartnersOption } from '../../charts/topPartnersOption';
import { useFilters } from '../../filters/FilterProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { choiceLabel, STAR_LEVELS, type StarLevelId } from '../../model/ocop';
import type { OverviewData } from './overviewData';
import { linkageTrendTable, ocopByStarTable, topPartnersTable } from './overviewTables';

const anyIllustrative = (points: readonly { illustrative: number }[]) =>
  points.some((p) => p.illustrative > 0);

/**
 * The overview's three charts: their options (the same builders wherever they are drawn: the overview,
 * the yearly report) and what their exports carry (the rows behind each chart, its alt text, the year
 * its figures run to).
 */
export function useOverviewCharts(data: OverviewData, kpiYear: number | null) {
  const { filters } = useFilters();
  const { t, lang } = useI18n();
  const sourceLabels = useMemo(
    () => ({ sourceReal: t('tooltipSourceReal'), sourceIllustrative: t('tooltipSourceIllustrative') }),
    [t],
  );
  const stars = useMemo(
    () => STAR_LEVELS.map((s) => ({ star: s.id, label: choiceLabel(STAR_LEVELS, s.id, lang) })),
    [lang],
  );

  const starOption = useMemo(
    () =>
      ocopByStarOption({
        rows: data.starRows,
        stars,
        lang,
        labels: {
          year: t('axisYear'),
          products: t('axisProducts'),
          unit: t('unitProducts'),
          ...sourceLabels,
        },
        ariaTitle: t('chartOcopByStarTitle'),
      }),
    [data.starRows, stars, lang, t, sourceLabels],
  );
  const linkageOption = useMemo(
    () =>
      linkageTrendOption({
        mous: data.series.mous,
        products: data.series.distributionProducts,
        selectedYear: kpiYear,
        lang,
        labels: {
          mous: t('chartLinkageMous'),
          products: t('chartLinkageProducts'),
          mouAxis: t('unitMousAxis'),
          productAxis: t('axisProducts'),
          mouUnit: t('unitMous'),
          productUnit: t('unitProducts'),
          ...sourceLabels,
        },
        ariaTitle: t('chartLinkageTitle'),
      }),
    [data.series, kpiYear, lang, t, sourceLabels],
  );
  const partnerLabel = useCallback(
    (p: OverviewData['partners'][number]) =>
      `${lang === 'vi' ? p.name : p.nameEn}${p.postMerger ? ` (${t('postMergerMark')})` : ''}`,
    [lang, t],
  );
  const partnersOption = useMemo(
    () =>
      topPartnersOption({
        partners: data.partners.map((p) => ({
          label: partnerLabel(p),
          toHcmc: p.toHcmc,
          toHanoi: p.toHanoi,
          illustrative: p.illustrative,
          selected: p.unitLayout === filters.layout && filters.provinces.includes(p.unitCode),
        })),
        lang,
        labels: {
          hcmc: t('destHcmc'),
          hanoi: t('destHanoi'),
          unit: t('unitProducts'),
          total: t('axisProducts'),
          ...sourceLabels,
        },
        ariaTitle: t('chartTopPartnersTitle'),
      }),
    [data.partners, filters.layout, filters.provinces, lang, t, partnerLabel, sourceLabels],
  );

  const exports = useMemo(() => {
    const starLabel = (star: string) => choiceLabel(STAR_LEVELS, star as StarLevelId, lang);
    const starIllustrative = anyIllustrative(data.starRows);
    const linkageIllustrative =
      anyIllustrative(data.series.mous) || anyIllustrative(data.series.distributionProducts);
    const partnersIllustrative = anyIllustrative(data.partners);
    return {
      ocopByStar: {
        illustrative: starIllustrative,
        exportData: ocopByStarTable(data.starRows, starLabel, lang),
        altText: ocopByStarAltText({
          rows: data.starRows,
          stars,
          place: altPlace(filters, lang),
          focusYear: kpiYear,
          illustrative: starIllustrative,
          lang,
        }),
      },
      linkageTrend: {
        illustrative: linkageIllustrative,
        exportData: linkageTrendTable(data.series.mous, data.series.distributionProducts, lang),
        altText: linkageTrendAltText({
          mous: data.series.mous,
          products: data.series.distributionProducts,
          illustrative: linkageIllustrative,
          lang,
        }),
        // The chart shades the year the KPI cards compare; the export says which.
        exportNote: kpiYear === null ? undefined : t('exportComparedYear', { year: kpiYear }),
      },
      topPartners: {
        illustrative: partnersIllustrative,
        exportData: topPartnersTable(data.partners, partnerLabel, lang),
        altText: topPartnersAltText({
          partners: data.partners.map((p) => ({
            label: partnerLabel(p),
            toHcmc: p.toHcmc,
            toHanoi: p.toHanoi,
          })),
          year: kpiYear,
          illustrative: partnersIllustrative,
          lang,
        }),
        // The chart shows one year, the compared one.
        dataYear: kpiYear,
      },
    };
  }, [data, stars, filters, kpiYear, lang, t, partnerLabel]);

  return { starOption, linkageOption, partnersOption, partnerLabel, exports };
}
