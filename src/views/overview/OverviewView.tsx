import { useEffect } from 'react';
import { dataOf } from '../../charts/chartSpec';
import { OVERVIEW_CHARTS } from '../../charts/pages/overviewCharts';
import { overviewData } from '../../charts/pages/overviewData';
import { ChartCard } from '../../components/ChartCard';
import { useDatabase } from '../../components/DatabaseProvider';
import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { serializeFilterState } from '../../filters/urlState';
import { useI18n } from '../../i18n/I18nProvider';
import { OverviewContent } from './OverviewContent';
import { loadedSnapshot, SnapshotBody, shownSnapshotPictures } from './SnapshotOverview';

export { KPI_TEXT } from './OverviewContent';

let warmed = false;

/**
 * Once per visit, when the browser is idle after the first live overview: the overview's queries for the
 * other layout. The first screen is answered from the build's answers, so the engine has not run the
 * queries' code yet; without this the user's first filter change pays for that (its answer is kept, so
 * switching layouts is then instant too).
 */
function useWarmEngine(db: Database, ready: boolean): void {
  const { filters } = useFilters();
  const { uploadsSettled } = useDatabase();
  useEffect(() => {
    if (!ready || !uploadsSettled || warmed) return;
    warmed = true;
    const other = {
      ...filters,
      layout: filters.layout === '34' ? '63' : '34',
      provinces: [],
      focus: null,
    } as const;
    const run = () => void overviewData(db, other).catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 500);
  }, [db, ready, uploadsSettled, filters]);
}

/** Leadership's screen: the year against the one before, the trends, the partners; every chart filters. */
export default function OverviewView({ db }: { db: Database }) {
  const result = usePageData(db, overviewData);
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  const { t, lang } = useI18n();
  const data = result.status === 'ready' ? result.data : null;
  useWarmEngine(db, data !== null);
  // Until DuckDB's first answer, the build-time snapshot stays on screen (it shows the same figures for
  // the default filters on the bundled data), so the live charts replace its pictures in place.
  const snapshot =
    result.status === 'loading' && dataVersion === 0 && serializeFilterState(filters) === ''
      ? loadedSnapshot()
      : null;
  if (snapshot) return <SnapshotBody snapshot={snapshot} />;
  // The live charts take the snapshot's pictures' place: each card keeps its picture until drawn.
  const pictures =
    data && data.key === loadedSnapshot()?.data.key && dataVersion === 0 ? shownSnapshotPictures(lang) : null;
  return (
    <div className="overview" data-rendered-filters={data?.key}>
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {data && (
        <OverviewContent
          data={data}
          kpiYear={data.year}
          charts={OVERVIEW_CHARTS.map((spec) => (
            <ChartCard
              key={spec.id}
              spec={spec}
              data={dataOf(data.charts, spec)}
              picture={pictures?.[spec.id]}
            />
          ))}
        />
      )}
      {data && data.years.length === 0 && <p className="empty-note">{t('overviewNoData')}</p>}
    </div>
  );
}
