import { dataOf } from '../../charts/chartSpec';
import { channelsChart } from '../../charts/distribution-channels/spec';
import { distributorsChart } from '../../charts/distribution-distributors/spec';
import { originsChart, TOP_ORIGINS } from '../../charts/distribution-origins/spec';
import { type DistributionData, distributionData } from '../../charts/pages/distributionData';
import { ChartCard } from '../../components/ChartCard';
import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useI18n } from '../../i18n/I18nProvider';
import { useElementWidth } from '../useElementWidth';
import { KnownDistributors } from './KnownDistributors';

/** Products of the provinces in HCMC's and Hanoi's shelves: by origin, distributor and channel. */
export default function DistributionView({ db }: { db: Database }) {
  const result = usePageData(db, distributionData);
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
