import { useCallback, useMemo, useState } from 'react';
import { type ChoroplethRegion, choroplethOption } from '../../charts/choroplethOption';
import { ChartCard, type ChartClick } from '../../components/ChartCard';
import { useDatabase } from '../../db/DatabaseProvider';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { PROVINCE_METRIC_IDS, type ProvinceMetricId } from '../../queries/provinceMetrics';
import { useQueryResult } from '../useQueryResult';
import { type MapData, mapData } from './mapData';
import { type MapGeometry, useMapGeometry } from './mapGeometry';
import { type MapMode, placeOnMap } from './mapRegions';

const METRIC_LABELS: Readonly<Record<ProvinceMetricId, MessageKey>> = {
  ocopProducts: 'mapMetricOcopProducts',
  ocopStar3: 'mapMetricOcopStar3',
  ocopStar4: 'mapMetricOcopStar4',
  ocopStar5: 'mapMetricOcopStar5',
  ocopPotential5: 'mapMetricOcopPotential5',
  ocopProposed5: 'mapMetricOcopProposed5',
  mous: 'mapMetricMous',
  distributionProducts: 'mapMetricDistributionProducts',
  distributionHcmc: 'mapMetricDistributionHcmc',
  distributionHanoi: 'mapMetricDistributionHanoi',
};

const RANKING_SIZE = 10;

/** Analysts' map: every province coloured by one measure; a click filters every page by that province. */
export default function MapView({ db }: { db: Database }) {
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  const { t } = useI18n();
  // The measure and the mode are this page's own choices; the filters are shared with every page.
  const [metric, setMetric] = useState<ProvinceMetricId>('ocopProducts');
  const [mode, setMode] = useState<MapMode>('level');
  const result = useQueryResult(db, (d) => mapData(d, filters, metric, mode), [
    filters,
    dataVersion,
    metric,
    mode,
  ]);
  const data = result.status === 'ready' ? result.data : null;
  const geometry = useMapGeometry(data?.layout ?? filters.layout);
  return (
    <div className="map-page">
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
      {geometry.status === 'error' && <p role="alert">{t('mapLoadError', { detail: geometry.message })}</p>}
      {(geometry.status === 'loading' || result.status === 'loading') && (
        <p role="status">{t('mapLoading')}</p>
      )}
      {data && data.year === null && <p className="empty-note">{t('mapNoYear')}</p>}
      {data && data.year !== null && geometry.status === 'ready' && (
        <MapContent data={data} year={data.year} geometry={geometry.geometry} metric={metric} mode={mode} />
      )}
      <p className="map-credit">
        {t('mapCredit')}. {t('mapIslandsCredit')}
      </p>
    </div>
  );
}

interface MapContentProps {
  readonly data: MapData;
  readonly year: number;
  readonly geometry: MapGeometry;
  readonly metric: ProvinceMetricId;
  readonly mode: MapMode;
}

function MapContent({ data, year, geometry, metric, mode }: MapContentProps) {
  const { filters, update } = useFilters();
  const { t, lang, num } = useI18n();
  const placed = useMemo(() => placeOnMap(data.rows, data.layout, mode), [data.rows, data.layout, mode]);
  const unit = t(metric === 'mous' ? 'unitMous' : 'unitProducts');
  const metricLabel = t(METRIC_LABELS[metric]);
  const regions = useMemo<ChoroplethRegion[]>(
    () =>
      placed.regions.map((r) => ({
        code: r.code,
        label: lang === 'vi' ? r.name : r.nameEn,
        value: r.value,
        current: r.current,
        previous: r.previous,
        illustrative: r.illustrative,
        notComparable: r.notComparable,
        selected: data.comparedIn34 ? false : filters.provinces.includes(r.code),
      })),
    [placed, lang, filters.provinces, data.comparedIn34],
  );
  const option = useMemo(
    () =>
      choroplethOption({
        mapName: geometry.mapName,
        regions,
        islands: geometry.islands.map((i) => ({
          code: i.code,
          label: lang === 'vi' ? i.name : i.nameEn,
          province: i.province,
        })),
        mode,
        year,
        lang,
        labels: {
          metric: metricLabel,
          unit,
          legendTitle:
            mode === 'change'
              ? t('mapLegendChange', { previous: year - 1 })
              : t(metric === 'mous' ? 'mapLegendMous' : 'mapLegendProducts'),
          change: t('mapChange'),
          noData: t('mapNoData'),
          noPrevious: t('mapNoPrevious'),
          notComparable: t('mapNotComparable'),
          partOf: t('mapPartOf'),
          sourceReal: t('tooltipSourceReal'),
          sourceIllustrative: t('tooltipSourceIllustrative'),
        },
        ariaTitle: metricLabel,
      }),
    [geometry, regions, mode, year, lang, metric, metricLabel, unit, t],
  );

  // Cross-filtering: a province (or its archipelago) becomes the province filter; the same click clears it.
  const toggleProvince = useCallback(
    (code: string) => {
      // A new unit on a change across the merger: only the 34 layout can select it.
      if (data.layout !== filters.layout) {
        update({ layout: data.layout, provinces: [code], focus: null });
        return;
      }
      const only = filters.provinces.length === 1 && filters.provinces[0] === code;
      update({ provinces: only ? [] : [code] });
    },
    [data.layout, filters.layout, filters.provinces, update],
  );
  const onMapClick = useCallback(
    (click: ChartClick) => {
      const name = click.name ?? '';
      const code = geometry.islands.find((i) => i.code === name)?.province ?? name;
      if (placed.regions.some((r) => r.code === code)) toggleProvince(code);
    },
    [geometry.islands, placed.regions, toggleProvince],
  );

  const ranking = placed.regions
    .filter((r) => r.value !== null && r.value !== 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, RANKING_SIZE);
  const signed = (n: number) => (mode === 'change' && n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : num(n));
  const title =
    mode === 'change'
      ? t('mapTitleChange', { metric: metricLabel, year, previous: year - 1 })
      : t('mapTitleLevel', { metric: metricLabel, year });
  const anyNotComparable = placed.regions.some((r) => r.notComparable);
  const nameOf = (r: { name: string; nameEn: string }) => (lang === 'vi' ? r.name : r.nameEn);
  // The figures behind the map, for the CSV export: every unit, the year (and the year before).
  const exportData = {
    columns: [
      { key: 'code', label: t('mapColCode') },
      { key: 'province', label: t('mapColProvince') },
      ...(mode === 'change'
        ? [
            { key: 'previous', label: String(year - 1) },
            { key: 'current', label: String(year) },
            { key: 'change', label: t('mapChange') },
          ]
        : [{ key: 'current', label: String(year) }]),
      { key: 'illustrative', label: t('mapColIllustrative') },
    ],
    rows: placed.regions.map((r) => ({
      code: r.code,
      province: nameOf(r),
      previous: r.previous,
      current: r.current,
      change: r.value,
      illustrative: r.illustrative,
    })),
  };
  const altText = t('mapAltText', {
    title,
    top: ranking
      .slice(0, 3)
      .map((r) => `${nameOf(r)} (${signed(r.value ?? 0)} ${unit})`)
      .join(', '),
  });
  return (
    <div className="map-layout">
      <ChartCard
        id="province-map"
        title={title}
        subtitle={t(data.layout === '63' ? 'mapSubtitle63' : 'mapSubtitle34')}
        option={option}
        sources={data.sources}
        illustrative={regions.some((r) => r.illustrative > 0) || placed.notShown.illustrative > 0}
        height={640}
        onClick={onMapClick}
        exportData={exportData}
        altText={ranking.length > 0 ? altText : t('exportAltNoData')}
        dataYear={year}
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
                  onClick={() => toggleProvince(r.code)}
                >
                  <span>{nameOf(r)}</span>
                  <b>
                    {signed(r.value ?? 0)} {unit}
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
