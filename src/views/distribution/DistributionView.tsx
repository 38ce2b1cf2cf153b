import { dataOf } from '../../charts/chartSpec';
import { channelsChart } from '../../charts/distribution-channels/spec';
import { distributorsChart } from '../../charts/distribution-distributors/spec';
import { originsChart, TOP_ORIGINS } from '../../charts/distribution-origins/spec';
import { type DistributionData, distributionData } from '../../charts/pages/distributionData';
import { ChartCard } from '../../components/ChartCard';
import { useDatabase } from '../../components/DatabaseProvider';
import { useQueryResult } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { DESTINATIONS } from '../../filters/filterState';
import { useI18n } from '../../i18n/I18nProvider';
import { KNOWN_DISTRIBUTORS, KNOWN_DISTRIBUTORS_SOURCE } from '../../model/distributors';
import { useElementWidth } from '../useElementWidth';

/** Products of the provinces in HCMC's and Hanoi's shelves: by origin, distributor and channel. */
export default function DistributionView({ db }: { db: Database }) {
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  const result = useQueryResult(db, (d) => distributionData(d, filters), [filters, dataVersion]);
  const { t } = useI18n();
  return (
    <div className="distribution">
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {result.status === 'ready' &&
        (result.data.years.length === 0 ? (
          <p className="empty-note">{t('distributionNoData')}</p>
        ) : (
          <DistributionContent data={result.data} />
        ))}
    </div>
  );
}

/** The chart-grid's column width for a grid `width` px wide (two columns from 2 × 520 px + gap). */
function chartWidth(gridWidth: number): number {
  const column = gridWidth >= 2 * 520 + 16 ? (gridWidth - 16) / 2 : gridWidth;
  return Math.max(200, column - 34); // the card's padding and border
}

function DistributionContent({ data }: { data: DistributionData }) {
  const { t, num } = useI18n();
  const [gridRef, gridWidth] = useElementWidth<HTMLDivElement>();
  const width = gridWidth > 0 ? chartWidth(gridWidth) : undefined;
  const origins = dataOf(data.charts, originsChart);
  const rest = origins.origins.slice(TOP_ORIGINS);
  const restProducts = rest.reduce((sum, p) => sum + p.toHcmc + p.toHanoi, 0);
  const originFooter = (
    <>
      {rest.length > 0 && (
        <p className="distribution-rest">
          {t('distributionOriginRest', { count: num(rest.length), products: num(restProducts) })}
        </p>
      )}
      {origins.withinHub > 0 && (
        <p className="distribution-rest">
          {t('distributionWithinHub', { products: num(origins.withinHub) })}
        </p>
      )}
    </>
  );
  return (
    <>
      <p className="distribution-intro">{t('distributionYearNote')}</p>
      {origins.origins.length === 0 ? (
        <p className="empty-note">{t('distributionNoYearData', { year: data.year ?? '' })}</p>
      ) : (
        <ChartCard spec={originsChart} data={origins} footer={originFooter} />
      )}
      <div className="chart-grid distribution-grid" ref={gridRef}>
        <ChartCard spec={distributorsChart} data={dataOf(data.charts, distributorsChart)} width={width} />
        <ChartCard spec={channelsChart} data={dataOf(data.charts, channelsChart)} width={width} />
      </div>
      <KnownDistributors data={data} />
    </>
  );
}

/** The distributors the seed article names, what the data calls them, and their products in the year. */
function KnownDistributors({ data }: { data: DistributionData }) {
  const { t, num } = useI18n();
  const hubName = (code: string) =>
    code === DESTINATIONS.hcmc ? t('destHcmc') : code === DESTINATIONS.hanoi ? t('destHanoi') : code;
  return (
    <section className="distribution-known" aria-labelledby="distribution-known-title">
      <h3 id="distribution-known-title" className="distribution-known-title">
        {t('distributionKnownTitle')}
      </h3>
      <p>{t('distributionKnownIntro')}</p>
      <table className="data-table" data-testid="distribution-known">
        <thead>
          <tr>
            <th scope="col">{t('distributionKnownArticleName')}</th>
            <th scope="col">{t('distributionKnownDataName')}</th>
            <th scope="col">{t('distributionKnownHubs')}</th>
            <th scope="col" className="numeric">
              {t('distributionKnownProducts', { year: data.year ?? '' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {KNOWN_DISTRIBUTORS.map((d) => {
            const rows = data.byDistributor.filter(
              (r) => r.distributor !== null && r.distributor === d.dataName,
            );
            const hubs = [DESTINATIONS.hcmc, DESTINATIONS.hanoi].filter((c) =>
              rows.some((r) => r.hubCode === c),
            );
            const yearRows = rows.filter((r) => r.year === data.year);
            const inYear = yearRows.reduce((sum, r) => sum + r.products, 0);
            return (
              <tr key={d.articleName}>
                <th scope="row">{d.articleName}</th>
                {d.dataName === null ? (
                  <td colSpan={3} className="distribution-muted">
                    {t('distributionKnownNotUsed')}
                  </td>
                ) : (
                  <>
                    <td>{d.dataName}</td>
                    <td>{hubs.length > 0 ? hubs.map(hubName).join(', ') : '—'}</td>
                    <td className="numeric">{yearRows.length > 0 ? num(inYear) : '—'}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="distribution-muted">{t('distributionKnownHubsAssumed')}</p>
      <p className="chart-source">{t('distributionKnownSource', { source: KNOWN_DISTRIBUTORS_SOURCE })}</p>
    </section>
  );
}
