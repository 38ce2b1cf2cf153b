import type { ReactNode } from 'react';
import type { OverviewData } from '../../charts/pages/overviewData';
import { KpiCard } from '../../components/KpiCard';
import { useFilters } from '../../filters/FilterProvider';
import { formatPercent } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { choiceLabel, MOU_TYPES, STAR_LEVELS, type StarLevelId } from '../../model/ocop';
import { compareWithPreviousYear } from '../../queries/kpiComparison';
import type { KpiId } from '../../queries/overviewMetrics';
import { YearSummaryBox } from '../../summary/YearSummaryBox';
import { nationalShare } from './nationalShare';
import { TargetProgressPanel } from './TargetProgressPanel';

export const KPI_TEXT: Readonly<Record<KpiId, { label: MessageKey; unit: MessageKey; hint?: MessageKey }>> = {
  linkedProvinces: {
    label: 'kpiLinkedProvinces',
    unit: 'kpiLinkedProvincesUnit',
    hint: 'kpiLinkedProvincesHint',
  },
  ocopProducts: { label: 'kpiOcopProducts', unit: 'kpiOcopProductsUnit' },
  mous: { label: 'kpiMous', unit: 'kpiMousUnit' },
  distributionProducts: { label: 'kpiDistributionProducts', unit: 'kpiDistributionProductsUnit' },
  events: { label: 'kpiEvents', unit: 'kpiEventsUnit' },
};

/** The publication a source line names first ("Thời báo Tài chính Việt Nam (…), bài …" → its name). */
function shortSource(source: string): string {
  return source.split(/ \(|, /)[0] ?? source;
}

/**
 * The overview's page below the filters: the year's headline, the year in words, the KPI cards, the
 * national share and the chart grid. `charts` are the grid's chart cards: live ECharts cards, or the
 * build-time pictures while DuckDB starts (this file draws no chart, so the first screen needs no ECharts).
 */
export function OverviewContent({
  data,
  kpiYear,
  charts,
}: {
  data: OverviewData;
  kpiYear: number | null;
  charts: ReactNode;
}) {
  const { filters } = useFilters();
  const { t, lang, num, date } = useI18n();
  if (kpiYear === null) return null;
  const comparisons = Object.fromEntries(
    (Object.keys(KPI_TEXT) as KpiId[]).map((id) => [id, compareWithPreviousYear(data.series[id], kpiYear)]),
  ) as Record<KpiId, ReturnType<typeof compareWithPreviousYear>>;
  const national = nationalShare(data.series.ocopProducts, data.national, filters);
  const starBreakdown = data.starRows.filter((r) => r.year === kpiYear);
  const typeBreakdown = data.mouTypes.filter((r) => r.year === kpiYear);

  return (
    <>
      <h2 className="section-title">{t('kpiInYear', { year: kpiYear })}</h2>
      <YearSummaryBox overview={data} year={kpiYear} collapsible />
      <div className="kpi-row">
        {(Object.keys(KPI_TEXT) as KpiId[]).map((id) => {
          const text = KPI_TEXT[id];
          const breakdown =
            id === 'ocopProducts' && starBreakdown.length > 0 ? (
              <ul className="kpi-breakdown">
                {starBreakdown.map((r) => (
                  <li key={r.star}>
                    {choiceLabel(STAR_LEVELS, r.star as StarLevelId, lang)}: <b>{num(r.products)}</b>
                  </li>
                ))}
              </ul>
            ) : id === 'mous' && typeBreakdown.length > 0 ? (
              <ul className="kpi-breakdown">
                {typeBreakdown.map((r) => (
                  <li key={r.mouType}>
                    {MOU_TYPES.some((m) => m.id === r.mouType)
                      ? choiceLabel(MOU_TYPES, r.mouType as (typeof MOU_TYPES)[number]['id'], lang)
                      : r.mouType}
                    : <b>{num(r.mous)}</b>
                  </li>
                ))}
              </ul>
            ) : undefined;
          return (
            <KpiCard
              key={id}
              id={id}
              label={t(text.label)}
              unit={t(text.unit)}
              hint={text.hint ? t(text.hint) : undefined}
              comparison={comparisons[id]}
              series={data.series[id]}
              breakdown={breakdown}
            />
          );
        })}
      </div>
      {national && (
        <p className="kpi-national" data-testid="kpi-national" data-cumulative={national.cumulative}>
          {t(national.share === null ? 'kpiNationalBeside' : 'kpiNationalShare', {
            year: national.national.year,
            cumulative: num(national.cumulative),
            share: national.share === null ? '' : formatPercent(lang, national.share),
            national: num(national.national.products),
            date: date(new Date(`${national.national.date}T00:00:00`)),
            source: shortSource(national.national.source ?? ''),
          })}
          {national.illustrative > 0 && ` ${t('kpiNationalIllustrative')}`}
        </p>
      )}
      {data.postMergerRows > 0 && <p className="note">{t('postMergerNote')}</p>}
      <div className="chart-grid">
        {charts}
        {data.targets.length > 0 && <TargetProgressPanel rows={data.targets} year={kpiYear} />}
      </div>
    </>
  );
}
