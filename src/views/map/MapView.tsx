import { useMemo, useState } from 'react';
import { chartContext } from '../../charts/chartSpec';
import { loadScope } from '../../charts/loadScope';
import type { MapMode } from '../../charts/province-map/mapRegions';
import {
  METRIC_LABELS,
  mapRanking,
  mapValueText,
  type ProvinceMapData,
  provinceMapChart,
  selectUnit,
} from '../../charts/province-map/spec';
import { ChartCard } from '../../components/ChartCard';
import { useDatabase } from '../../components/DatabaseProvider';
import { useQueryResult } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { serializeFilterState } from '../../filters/urlState';
import { useI18n } from '../../i18n/I18nProvider';
import { PROVINCE_METRIC_IDS, type ProvinceMetricId } from '../../queries/provinceMetrics';

const RANKING_SIZE = 10;

/** Analysts' map: every province coloured by one measure; a click filters every page by that province. */
export default function MapView({ db }: { db: Database }) {
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  const { t } = useI18n();
  // The measure and the mode are this page's own choices; the filters are shared with every page.
  const [metric, setMetric] = useState<ProvinceMetricId>('ocopProducts');
  const [mode, setMode] = useState<MapMode>('level');
  // The answer carries the filters it answers, so the page can say which ones it shows.
  const result = useQueryResult(
    db,
    async (d) => ({
      key: serializeFilterState(filters),
      map: await provinceMapChart.load(loadScope(d, filters), { metric, mode }),
    }),
    [filters, dataVersion, metric, mode],
  );
  const data = result.status === 'ready' ? result.data.map : null;
  return (
    // The filters of the figures on screen (the benchmark times a filter change to their redraw).
    <div className="map-page" data-rendered-filters={result.status === 'ready' ? result.data.key : undefined}>
      <div className="map-controls">
        <label className="filter-field">
          <span className="filter-label">{t('mapMetricLabel')}</span>
          <select
            data-testid="map-metric"
            value={metric}
            onChange={(e) => setMetric(e.target.value as ProvinceMetricId)}
          >
            {PROVINCE_METRIC_IDS.map((id) => (
              <option key={id} value={id}>
                {t(METRIC_LABELS[id])}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="map-mode">
          <legend className="filter-label">{t('mapModeLabel')}</legend>
          {(['level', 'change'] as const).map((m) => (
            <label key={m} className="map-mode-option">
              <input
                type="radio"
                name="map-mode"
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {m === 'level'
                ? t('mapModeLevel', { year: data?.year ?? '…' })
                : t('mapModeChange', { previous: data?.year ? data.year - 1 : '…' })}
            </label>
          ))}
        </fieldset>
      </div>
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {data?.geometryError && <p role="alert">{t('mapLoadError', { detail: data.geometryError })}</p>}
      {result.status === 'loading' && <p role="status">{t('mapLoading')}</p>}
      {data && data.year === null && <p className="empty-note">{t('mapNoYear')}</p>}
      {data && data.year !== null && data.geometry && <MapContent data={data} year={data.year} />}
      <p className="map-credit">
        {t('mapCredit')}. {t('mapIslandsCredit')}
      </p>
    </div>
  );
}

function MapContent({ data, year }: { data: ProvinceMapData; year: number }) {
  const { filters, update } = useFilters();
  const { t, lang, num } = useI18n();
  const ctx = useMemo(() => chartContext(lang, filters), [lang, filters]);
  const { placed } = data;
  const unit = t(data.metric === 'mous' ? 'unitMous' : 'unitProducts');
  const ranking = mapRanking(data, RANKING_SIZE);
  const anyNotComparable = placed.regions.some((r) => r.notComparable);
  const nameOf = (r: { name: string; nameEn: string }) => (lang === 'vi' ? r.name : r.nameEn);
  return (
    <div className="map-layout">
      <ChartCard
        spec={provinceMapChart}
        data={data}
        footer={
          <div className="map-notes">
            {data.comparedIn34 && (
              <p className="note" data-testid="map-compared-in-34">
                {t('mapComparedIn34', { year, previous: year - 1 })}
              </p>
            )}
            <p>{t('mapNoDataNote')}</p>
            {data.laterYear !== null && (
              <p className="note" data-testid="map-later-year">
                {t('mapLaterYearNote', { year, later: data.laterYear })}
              </p>
            )}
            {placed.notShown.units > 0 && (
              <p className="note" data-testid="map-not-shown">
                {t('mapNotShown', {
                  value: num(placed.notShown.value),
                  unit,
                  year,
                  units: num(placed.notShown.units),
                })}
              </p>
            )}
            {anyNotComparable && <p className="note">{t('mapNotComparableNote')}</p>}
          </div>
        }
      />
      <aside className="map-ranking" aria-labelledby="map-ranking-title">
        <h3 id="map-ranking-title" className="map-ranking-title">
          {t('mapRankingTitle')}
        </h3>
        <p className="chart-subtitle">{t('mapRankingHint')}</p>
        {ranking.length === 0 ? (
          <p className="empty-note">{t('mapRankingEmpty')}</p>
        ) : (
          <ol>
            {ranking.map((r) => (
              <li key={r.code}>
                <button
                  type="button"
                  aria-pressed={!data.comparedIn34 && filters.provinces.includes(r.code)}
                  onClick={() => update(selectUnit(data, r.code, ctx))}
                >
                  <span>{nameOf(r)}</span>
                  <b>
                    {mapValueText(data, r.value ?? 0, ctx)} {unit}
                  </b>
                </button>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}
