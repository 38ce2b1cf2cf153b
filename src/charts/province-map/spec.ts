import type { MessageKey } from '../../i18n/messages';
import type { ProvinceMetricId } from '../../queries/provinceMetrics';
import type { ChartContext, ChartSpec } from '../chartSpec';
import { toggleProvince } from '../clicks';
import type { LoadScope } from '../loadScope';
import { type MapData, mapData } from './mapData';
import { loadMapGeometry, type MapGeometry } from './mapGeometry';
import { type MapMode, type PlacedMetric, placeOnMap } from './mapRegions';
import { choroplethOption } from './option';

export const METRIC_LABELS: Readonly<Record<ProvinceMetricId, MessageKey>> = {
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

/** The page's own choices: what the map measures, and the year's level or its change. */
export interface MapChoice {
  readonly metric: ProvinceMetricId;
  readonly mode: MapMode;
}

export interface ProvinceMapData extends MapData, MapChoice {
  /** Every unit's value placed on the map's geometry (the archipelagos with their province). */
  readonly placed: PlacedMetric;
  /** The map's outlines, registered with ECharts; null with `geometryError` when they could not load. */
  readonly geometry: MapGeometry | null;
  readonly geometryError: string | null;
}

const unitOf = (data: ProvinceMapData, ctx: ChartContext) =>
  ctx.t(data.metric === 'mous' ? 'unitMous' : 'unitProducts');
const nameOf = (r: { name: string; nameEn: string }, ctx: ChartContext) =>
  ctx.lang === 'vi' ? r.name : r.nameEn;

/** Provinces by value, largest first, those with nothing left out: the ranking beside the map. */
export function mapRanking(data: ProvinceMapData, size: number) {
  return data.placed.regions
    .filter((r) => r.value !== null && r.value !== 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, size);
}

/** A value as the map tells it: a change is signed. */
export function mapValueText(data: ProvinceMapData, value: number, ctx: ChartContext) {
  if (data.mode === 'change' && value > 0) return `+${ctx.num(value)}`;
  return value < 0 ? `−${ctx.num(-value)}` : ctx.num(value);
}

/** A unit the map or its ranking selects: a new unit on a change across the merger needs the 34 layout. */
export function selectUnit(data: ProvinceMapData, code: string, ctx: ChartContext) {
  return toggleProvince(ctx.filters, { code, layout: data.layout });
}

/** Every province coloured by one measure in one year (or its change from the year before). */
export const provinceMapChart: ChartSpec<ProvinceMapData, MapChoice> = {
  id: 'province-map',
  load: async ({ db, filters }: LoadScope, choice: MapChoice) => {
    const data = await mapData(db, filters, choice.metric, choice.mode);
    let geometry: MapGeometry | null = null;
    let geometryError: string | null = null;
    try {
      geometry = await loadMapGeometry(data.layout);
    } catch (error) {
      geometryError = String(error);
    }
    return {
      ...data,
      ...choice,
      placed: placeOnMap(data.rows, data.layout, choice.mode),
      geometry,
      geometryError,
    };
  },
  title: (data, ctx) => {
    const metric = ctx.t(METRIC_LABELS[data.metric]);
    const year = data.year ?? '';
    return data.mode === 'change'
      ? ctx.t('mapTitleChange', { metric, year, previous: (data.year ?? 0) - 1 })
      : ctx.t('mapTitleLevel', { metric, year });
  },
  subtitle: (data, ctx) => ctx.t(data.layout === '63' ? 'mapSubtitle63' : 'mapSubtitle34'),
  option: (data, ctx) => {
    const year = data.year ?? 0;
    const metricLabel = ctx.t(METRIC_LABELS[data.metric]);
    return choroplethOption({
      mapName: data.geometry?.mapName ?? '',
      regions: data.placed.regions.map((r) => ({
        code: r.code,
        label: nameOf(r, ctx),
        value: r.value,
        current: r.current,
        previous: r.previous,
        illustrative: r.illustrative,
        notComparable: r.notComparable,
        selected: data.comparedIn34 ? false : ctx.filters.provinces.includes(r.code),
      })),
      islands: (data.geometry?.islands ?? []).map((i) => ({
        code: i.code,
        label: nameOf(i, ctx),
        province: i.province,
      })),
      mode: data.mode,
      year,
      lang: ctx.lang,
      labels: {
        metric: metricLabel,
        unit: unitOf(data, ctx),
        legendTitle:
          data.mode === 'change'
            ? ctx.t('mapLegendChange', { previous: year - 1 })
            : ctx.t(data.metric === 'mous' ? 'mapLegendMous' : 'mapLegendProducts'),
        change: ctx.t('mapChange'),
        noData: ctx.t('mapNoData'),
        noPrevious: ctx.t('mapNoPrevious'),
        notComparable: ctx.t('mapNotComparable'),
        partOf: ctx.t('mapPartOf'),
        sourceReal: ctx.t('tooltipSourceReal'),
        sourceIllustrative: ctx.t('tooltipSourceIllustrative'),
      },
      ariaTitle: metricLabel,
    });
  },
  // The figures behind the map: every unit, the year (and the year before).
  table: (data, ctx) => {
    const year = data.year ?? 0;
    return {
      columns: [
        { key: 'code', label: ctx.t('mapColCode') },
        { key: 'province', label: ctx.t('mapColProvince') },
        ...(data.mode === 'change'
          ? [
              { key: 'previous', label: String(year - 1) },
              { key: 'current', label: String(year) },
              { key: 'change', label: ctx.t('mapChange') },
            ]
          : [{ key: 'current', label: String(year) }]),
        { key: 'illustrative', label: ctx.t('mapColIllustrative') },
      ],
      rows: data.placed.regions.map((r) => ({
        code: r.code,
        province: nameOf(r, ctx),
        previous: r.previous,
        current: r.current,
        change: r.value,
        illustrative: r.illustrative,
      })),
    };
  },
  altText: (data, ctx) => {
    const ranking = mapRanking(data, 3);
    if (ranking.length === 0) return ctx.t('exportAltNoData');
    const unit = unitOf(data, ctx);
    return ctx.t('mapAltText', {
      title: provinceMapChart.title(data, ctx),
      top: ranking
        .map((r) => `${nameOf(r, ctx)} (${mapValueText(data, r.value ?? 0, ctx)} ${unit})`)
        .join(', '),
    });
  },
  sources: (data) => data.sources,
  illustrative: (data) =>
    data.placed.regions.some((r) => r.illustrative > 0) || data.placed.notShown.illustrative > 0,
  height: () => 640,
  click: (click, data, ctx) => {
    // A province, or its archipelago, becomes the province filter; the same click clears it.
    const name = click.name ?? '';
    const code = data.geometry?.islands.find((i) => i.code === name)?.province ?? name;
    return data.placed.regions.some((r) => r.code === code) ? selectUnit(data, code, ctx) : null;
  },
  dataYear: (data) => data.year,
};
