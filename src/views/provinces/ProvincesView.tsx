import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import type { FilterState } from '../../filters/filterState';
import { serializeFilterState } from '../../filters/urlState';
import { useI18n } from '../../i18n/I18nProvider';
import { layoutForYear } from '../../model/provinces';
import { ProvincesTable } from './ProvincesTable';
import { provincesData } from './provincesData';

/** The page's figures with the filters they answer (the page says which ones it shows). */
const keyedProvincesData = async (db: Database, filters: FilterState) => ({
  key: serializeFilterState(filters),
  ...(await provincesData(db, filters)),
});

/** The analysts' page: every province of the chosen layout in one sortable, groupable table. */
export default function ProvincesView({ db }: { db: Database }) {
  const { filters } = useFilters();
  const result = usePageData(db, keyedProvincesData);
  const { t } = useI18n();
  const data = result.status === 'ready' ? result.data : null;
  const hasPostMerger = data?.rows.some((r) => r.postMerger) ?? false;
  const year = data?.year ?? null;
  return (
    // The filters of the figures on screen (the benchmark times a filter change to their redraw).
    <section className="provinces-view" aria-labelledby="provinces-title" data-rendered-filters={data?.key}>
      <h2 id="provinces-title" className="section-title">
        {t('provincesTitle')}
      </h2>
      <p className="provinces-intro">{t('provincesIntro')}</p>
      {result.status === 'loading' && <p role="status">{t('loadingView')}</p>}
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {/* Read before the table: why a column is empty for many rows. */}
      {year !== null && filters.layout === '63' && layoutForYear(year) === '34' && (
        <p className="note provinces-merger-note">{t('provincesNoteMerger', { year })}</p>
      )}
      {year !== null && filters.layout === '63' && layoutForYear(year) === '63' && hasPostMerger && (
        <p className="note provinces-merger-note">{t('provincesNoteBeforeMerger', { year })}</p>
      )}
      {data && <ProvincesTable rows={data.rows} year={year} />}
      {data && year !== null && (
        <div className="provinces-notes">
          <p>{t('provincesNoteStock', { year })}</p>
          {data.sources.length > 0 && (
            <p className="chart-source">{t('provincesSources', { sources: data.sources.join('; ') })}</p>
          )}
        </div>
      )}
    </section>
  );
}
