import { dataOf } from '../../charts/chartSpec';
import { OVERVIEW_CHARTS } from '../../charts/pages/overviewCharts';
import { type OverviewData, overviewData } from '../../charts/pages/overviewData';
import { ChartCard } from '../../components/ChartCard';
import { KpiCard } from '../../components/KpiCard';
import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
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

/** Leadership's screen: the year against the one before, the trends, the partners; every chart filters. */
export default function OverviewView({ db }: { db: Database }) {
  const result = usePageData(db, overviewData);
  const { t } = useI18n();
  const data = result.status === 'ready' ? result.data : null;
  return (
    <div className="overview" data-rendered-filters={data?.key}>
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {data && <OverviewContent data={data} kpiYear={data.year} />}
      {data && data.years.length === 0 && <p className="empty-note">{t('overviewNoData')}</p>}
    </div>
  );
}

export function OverviewContent({ data, kpiYear }: { data: OverviewData; kpiYear: number | null }) {
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
        {OVERVIEW_CHARTS.map((spec) => (
          <ChartCard key={spec.id} spec={spec} data={dataOf(data.charts, spec)} />
        ))}
        {data.targets.length > 0 && <TargetProgressPanel rows={data.targets} year={kpiYear} />}
      </div>
    </>
  );
}
