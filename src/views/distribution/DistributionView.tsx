import { MarkAreaComponent } from 'echarts/components';
import { useCallback, useMemo } from 'react';
import { stackedByYearAltText, topPartnersAltText } from '../../charts/altText';
import { distributionByYearOption, type StackCategory } from '../../charts/distributionByYearOption';
import { echarts } from '../../charts/echarts';
import { PALETTE } from '../../charts/theme';
import { topPartnersOption } from '../../charts/topPartnersOption';
import { ChartCard, type ChartClick } from '../../components/ChartCard';
import { useDatabase } from '../../db/DatabaseProvider';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { KNOWN_DISTRIBUTORS } from '../../model/distributors';
import { CHANNEL_TYPES } from '../../model/ocop';
import type { OriginProducts } from '../../queries/distribution';
import { useElementWidth } from '../useElementWidth';
import { useQueryResult } from '../useQueryResult';
import { type DistributionData, distributionData } from './distributionData';
import { KnownDistributors } from './KnownDistributors';

// Shading of the year the page shows; only this page needs it, so it is registered here.
echarts.use([MarkAreaComponent]);

/** Origin provinces drawn as bars; the rest are summed in a line under the chart. */
const TOP_ORIGINS = 15;
/** Key of rows with no distributor or no channel (null in the data). */
const NONE = '';
const NONE_COLOR = '#b8c2cc';
/** Filled segments: the palette without its black, which would outweigh every other segment. */
const SEGMENT_COLORS = PALETTE.filter((c) => c !== '#000000');
const OTHER_COLOR = '#616e7c';

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

const anyIllustrative = (rows: readonly { illustrative: number }[]) => rows.some((r) => r.illustrative > 0);

/** The chart-grid's column width for a grid `width` px wide (two columns from 2 × 520 px + gap). */
function chartWidth(gridWidth: number): number {
  const column = gridWidth >= 2 * 520 + 16 ? (gridWidth - 16) / 2 : gridWidth;
  return Math.max(200, column - 34); // the card's padding and border
}

function DistributionContent({ data }: { data: DistributionData }) {
  const { filters, update } = useFilters();
  const { t, lang, num } = useI18n();
  const [gridRef, gridWidth] = useElementWidth<HTMLDivElement>();
  const width = gridWidth > 0 ? chartWidth(gridWidth) : undefined;
  const sourceLabels = useMemo(
    () => ({ sourceReal: t('tooltipSourceReal'), sourceIllustrative: t('tooltipSourceIllustrative') }),
    [t],
  );
  const yearLabels = useMemo(
    () => ({
      year: t('axisYear'),
      total: t('distributionTotal'),
      unit: t('unitProducts'),
      ...sourceLabels,
    }),
    [t, sourceLabels],
  );

  const originLabel = useCallback(
    (p: OriginProducts) =>
      `${lang === 'vi' ? p.name : p.nameEn}${p.postMerger ? ` (${t('postMergerMark')})` : ''}`,
    [lang, t],
  );
  const topOrigins = data.origins.slice(0, TOP_ORIGINS);
  const rest = data.origins.slice(TOP_ORIGINS);
  const originOption = useMemo(
    () =>
      topPartnersOption({
        partners: data.origins.slice(0, TOP_ORIGINS).map((p) => ({
          label: originLabel(p),
          toHcmc: p.toHcmc,
          toHanoi: p.toHanoi,
          illustrative: p.illustrative,
          selected: p.unitLayout === filters.layout && filters.provinces.includes(p.unitCode),
        })),
        lang,
        labels: {
          hcmc: t('destHcmc'),
          hanoi: t('destHanoi'),
          unit: t('unitProducts'),
          total: t('distributionTotal'),
          ...sourceLabels,
        },
        ariaTitle: t('distributionOriginTitle', { year: data.year ?? '' }),
      }),
    [data.origins, data.year, originLabel, filters.layout, filters.provinces, lang, t, sourceLabels],
  );
  const onOriginClick = useCallback(
    (click: ChartClick) => {
      const label = click.componentType === 'yAxis' ? String(click.value) : click.name;
      const origin = data.origins.find((p) => originLabel(p) === label);
      if (!origin) return;
      if (origin.unitLayout !== filters.layout) {
        // A post-merger unit in the 63 layout: only the 34 layout can select it.
        update({ layout: '34', provinces: [origin.unitCode] });
        return;
      }
      const only = filters.provinces.length === 1 && filters.provinces[0] === origin.unitCode;
      update({ provinces: only ? [] : [origin.unitCode] });
    },
    [data.origins, originLabel, filters.layout, filters.provinces, update],
  );
  const onYearClick = useCallback(
    (click: ChartClick) => {
      const year = Number(click.componentType === 'xAxis' ? click.value : click.name);
      if (!Number.isInteger(year)) return;
      update({ year: filters.year === year ? null : year });
    },
    [filters.year, update],
  );

  // Distributors: the seed article's in its order (stable colours), then any other the data names.
  const distributorCategories = useMemo<StackCategory[]>(() => {
    const known = KNOWN_DISTRIBUTORS.flatMap((d) => (d.dataName ? [d.dataName] : []));
    const totals = new Map<string, number>();
    for (const r of data.byDistributor) {
      if (r.distributor !== null && !known.includes(r.distributor)) {
        totals.set(r.distributor, (totals.get(r.distributor) ?? 0) + r.products);
      }
    }
    const others = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    // Colours left after the known ones go to distributors users add; beyond them, "other distributors".
    const extraColors = SEGMENT_COLORS.slice(known.length);
    return [
      ...known.map((name, i) => ({ key: name, label: name, color: SEGMENT_COLORS[i] ?? OTHER_COLOR })),
      ...others.slice(0, extraColors.length).map((name, i) => ({
        key: name,
        label: name,
        color: extraColors[i] ?? OTHER_COLOR,
      })),
      { key: NONE, label: t('distributionNoDistributor'), color: NONE_COLOR },
    ];
  }, [data.byDistributor, t]);
  const distributorOption = useMemo(
    () =>
      distributionByYearOption({
        rows: data.byDistributor.map((r) => ({
          year: r.year,
          key: r.distributor ?? NONE,
          products: r.products,
          illustrative: r.illustrative,
        })),
        categories: distributorCategories,
        other: { label: t('distributionOtherDistributors'), color: OTHER_COLOR },
        selectedYear: data.year,
        lang,
        labels: yearLabels,
        ariaTitle: t('distributionDistributorTitle'),
        width,
      }),
    [data.byDistributor, data.year, distributorCategories, lang, t, yearLabels, width],
  );
  const channelCategories = useMemo<StackCategory[]>(
    () => [
      ...CHANNEL_TYPES.map((c, i) => ({
        key: c.id,
        label: c[lang],
        color: SEGMENT_COLORS[i] ?? OTHER_COLOR,
      })),
      { key: NONE, label: t('distributionUnknownChannel'), color: NONE_COLOR },
    ],
    [lang, t],
  );
  const channelOption = useMemo(
    () =>
      distributionByYearOption({
        rows: data.byChannel.map((r) => ({
          year: r.year,
          key: r.channelType ?? NONE,
          products: r.products,
          illustrative: r.illustrative,
        })),
        categories: channelCategories,
        other: { label: t('distributionOtherChannels'), color: OTHER_COLOR },
        selectedYear: data.year,
        lang,
        labels: yearLabels,
        ariaTitle: t('distributionChannelTitle'),
        width,
      }),
    [data.byChannel, data.year, channelCategories, lang, t, yearLabels, width],
  );

  // The charts in words, for screen readers and the alt text of exports.
  const altTexts = useMemo(() => {
    const labelled = (
      rows: readonly { year: number; key: string | null; products: number }[],
      categories: readonly StackCategory[],
      otherLabel: string,
    ) =>
      rows.map((r) => ({
        year: r.year,
        label: categories.find((c) => c.key === (r.key ?? NONE))?.label ?? otherLabel,
        products: r.products,
      }));
    return {
      origins: topPartnersAltText({
        partners: data.origins.map((p) => ({ label: originLabel(p), toHcmc: p.toHcmc, toHanoi: p.toHanoi })),
        year: data.year,
        illustrative: anyIllustrative(data.origins),
        lang,
      }),
      distributors: stackedByYearAltText({
        rows: labelled(
          data.byDistributor.map((r) => ({ ...r, key: r.distributor })),
          distributorCategories,
          t('distributionOtherDistributors'),
        ),
        year: data.year,
        illustrative: anyIllustrative(data.byDistributor),
        lang,
      }),
      channels: stackedByYearAltText({
        rows: labelled(
          data.byChannel.map((r) => ({ ...r, key: r.channelType })),
          channelCategories,
          t('distributionOtherChannels'),
        ),
        year: data.year,
        illustrative: anyIllustrative(data.byChannel),
        lang,
      }),
    };
  }, [data, originLabel, distributorCategories, channelCategories, lang, t]);
  const restProducts = rest.reduce((sum, p) => sum + p.toHcmc + p.toHanoi, 0);
  const originFooter = (
    <>
      {rest.length > 0 && (
        <p className="distribution-rest">
          {t('distributionOriginRest', { count: num(rest.length), products: num(restProducts) })}
        </p>
      )}
      {data.withinHub > 0 && (
        <p className="distribution-rest">{t('distributionWithinHub', { products: num(data.withinHub) })}</p>
      )}
    </>
  );
  return (
    <>
      <p className="distribution-intro">{t('distributionYearNote')}</p>
      {topOrigins.length === 0 ? (
        <p className="empty-note">{t('distributionNoYearData', { year: data.year ?? '' })}</p>
      ) : (
        <ChartCard
          id="distribution-origins"
          title={t('distributionOriginTitle', { year: data.year ?? '' })}
          subtitle={t('distributionOriginSubtitle', { count: num(topOrigins.length) })}
          option={originOption}
          sources={data.yearSources}
          illustrative={anyIllustrative(topOrigins) || anyIllustrative(rest)}
          height={Math.max(200, 50 + topOrigins.length * 30)}
          onClick={onOriginClick}
          footer={originFooter}
          altText={altTexts.origins}
        />
      )}
      <div className="chart-grid distribution-grid" ref={gridRef}>
        <ChartCard
          id="distribution-distributors"
          title={t('distributionDistributorTitle')}
          subtitle={t('distributionDistributorSubtitle')}
          option={distributorOption}
          sources={data.sources}
          illustrative={anyIllustrative(data.byDistributor)}
          height={420}
          onClick={onYearClick}
          altText={altTexts.distributors}
        />
        <ChartCard
          id="distribution-channels"
          title={t('distributionChannelTitle')}
          subtitle={t('distributionChannelSubtitle')}
          option={channelOption}
          sources={data.sources}
          illustrative={anyIllustrative(data.byChannel)}
          height={420}
          onClick={onYearClick}
          altText={altTexts.channels}
        />
      </div>
      <KnownDistributors data={data} />
    </>
  );
}
