import { type AnyChartSpec, dataOf } from '../../charts/chartSpec';
import { readDepartment } from '../../charts/export/departmentSettings';
import { linkageTrendChart } from '../../charts/linkage-trend/spec';
import { ocopByStarChart } from '../../charts/ocop-by-star/spec';
import { OVERVIEW_CHARTS } from '../../charts/pages/overviewCharts';
import { type ReportData, reportData } from '../../charts/pages/reportData';
import { topPartnersChart } from '../../charts/top-partners/spec';
import { ChartCard } from '../../components/ChartCard';
import { KpiCard } from '../../components/KpiCard';
import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { describeFilters, filterChips } from '../../filters/filterRegistry';
import { defaultKpiYear } from '../../filters/kpiYear';
import { useI18n } from '../../i18n/I18nProvider';
import { compareWithPreviousYear } from '../../queries/kpiComparison';
import { KPI_IDS } from '../../queries/overviewMetrics';
import { YearSummaryBox } from '../../summary/YearSummaryBox';
import { KPI_TEXT } from '../overview/OverviewView';

/**
 * The yearly report for leadership, printable to A4 from the browser: the headline figures against the
 * year before, the key charts (the overview's, same builders), the filters in force, the sources and the
 * date. Three sheets, each one printed page (styles.css, "Yearly report"): a chart is never cut.
 */
export default function ReportView({ db }: { db: Database }) {
  const result = usePageData(db, reportData);
  const { t } = useI18n();
  const data = result.status === 'ready' ? result.data : null;
  return (
    <div className="report">
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {data && data.overview.year !== null && <ReportContent data={data} kpiYear={data.overview.year} />}
      {data && data.overview.year === null && <p className="empty-note">{t('reportNoData')}</p>}
    </div>
  );
}

function ReportContent({ data, kpiYear }: { data: ReportData; kpiYear: number }) {
  const { filters } = useFilters();
  const { t, lang, date } = useI18n();
  const { overview } = data;
  const department = readDepartment();
  const chips = filterChips(filters, lang);
  const latestYear = defaultKpiYear(overview.years, filters.yearFrom, filters.yearTo);
  const comparisons = KPI_IDS.map(
    (id) => [id, compareWithPreviousYear(overview.series[id], kpiYear)] as const,
  );
  const illustrative =
    comparisons.some(([, c]) => (c.current?.illustrative ?? 0) > 0 || (c.previous?.illustrative ?? 0) > 0) ||
    OVERVIEW_CHARTS.some((spec) => spec.illustrative(overview.charts[spec.id]));
  const sources = [...data.sources].sort(new Intl.Collator('vi').compare);

  return (
    <article className="report-document" aria-labelledby="report-title">
      <div className="report-toolbar">
        <button type="button" className="report-print" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
        <p>{t('reportPrintHint')}</p>
      </div>

      <section className="report-sheet" data-report-sheet="1">
        <header className="report-head">
          {(department.logo || department.name) && (
            <div className="report-department">
              {department.logo && <img src={department.logo} alt="" />}
              {department.name && <span>{department.name}</span>}
            </div>
          )}
          <h2 id="report-title">{t('reportTitle', { year: kpiYear })}</h2>
          <p className="report-dates">
            {t('reportPreparedOn', { date: date(new Date()) })}
            {latestYear !== null && <> · {t('exportDataYear', { year: latestYear })}</>}
          </p>
        </header>
        <YearSummaryBox overview={overview} year={kpiYear} />
        <section className="report-scope" aria-labelledby="report-scope">
          <h3 id="report-scope" className="report-heading">
            {t('reportScopeHeading')}
          </h3>
          <p data-testid="report-filters">{describeFilters(filters, lang)}</p>
          {chips.length > 0 ? (
            <p className="report-chips">
              {t('reportFiltersActive')}:{' '}
              {chips.map((chip) => (
                <span key={chip.key} className="report-chip">
                  {chip.label}
                </span>
              ))}
            </p>
          ) : (
            <p className="report-chips">{t('reportNoFilters')}</p>
          )}
        </section>
        <section aria-labelledby="report-kpis">
          <h3 id="report-kpis" className="report-heading">
            {t('reportKpisHeading', { year: kpiYear, previous: kpiYear - 1 })}
          </h3>
          <div className="kpi-row report-kpis">
            {comparisons.map(([id, comparison]) => (
              <KpiCard
                key={id}
                id={`report-${id}`}
                label={t(KPI_TEXT[id].label)}
                unit={t(KPI_TEXT[id].unit)}
                comparison={comparison}
                series={overview.series[id]}
              />
            ))}
          </div>
          {overview.postMergerRows > 0 && <p className="note">{t('postMergerNote')}</p>}
        </section>
      </section>

      <section className="report-sheet" data-report-sheet="2" aria-labelledby="report-trends">
        <h3 id="report-trends" className="report-heading">
          {t('reportChartsHeading')}
        </h3>
        {/* Printed: vector charts, the filters stated under each title. */}
        {[ocopByStarChart, linkageTrendChart].map((spec) => (
          <ChartCard
            key={spec.id}
            spec={spec as AnyChartSpec}
            data={overview.charts[spec.id]}
            subtitle={describeFilters(filters, lang)}
            height={260}
            renderer="svg"
          />
        ))}
      </section>

      <section className="report-sheet" data-report-sheet="3" aria-labelledby="report-partners">
        <h3 id="report-partners" className="report-heading">
          {t('reportPartnersHeading')}
        </h3>
        <ChartCard
          spec={topPartnersChart}
          data={dataOf(overview.charts, topPartnersChart)}
          subtitle={describeFilters(filters, lang)}
          height={Math.max(240, 40 + dataOf(overview.charts, topPartnersChart).partners.length * 30)}
          renderer="svg"
        />
        <section className="report-sources" aria-labelledby="report-sources">
          <h3 id="report-sources" className="report-heading">
            {t('reportSourcesHeading')}
          </h3>
          {sources.length > 0 ? (
            <ol>
              {sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ol>
          ) : (
            <p>{t('reportNoRealSources')}</p>
          )}
          {illustrative && <p className="note">{t('reportIllustrativeNote')}</p>}
        </section>
      </section>
    </article>
  );
}
