import { SankeyChart, ScatterChart } from 'echarts/charts';
import { useCallback, useMemo } from 'react';
import { eventsAltText, mouFlowsAltText } from '../../charts/altText';
import { echarts } from '../../charts/echarts';
import {
  type EventLane,
  eventTimelineOption,
  type TimelineEvent,
  timelineSeriesEvents,
} from '../../charts/eventTimelineOption';
import { mouSankeyOption, sankeyClickTarget, sankeyTotal } from '../../charts/mouSankeyOption';
import { MUTED_TEXT_COLOR, PALETTE } from '../../charts/theme';
import { ChartCard, type ChartClick } from '../../components/ChartCard';
import { useDatabase } from '../../db/DatabaseProvider';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { DESTINATIONS, type DestinationId, type FilterState } from '../../filters/filterState';
import { useI18n } from '../../i18n/I18nProvider';
import { choiceLabel, MOU_TYPES } from '../../model/ocop';
import type { MouFlow, TradeEvent, UndrawnMous } from '../../queries/linkages';
import { useElementWidth } from '../useElementWidth';
import { useQueryResult } from '../useQueryResult';
import { EventsTable } from './EventsTable';
import { type LinkagesData, linkagesData } from './linkagesData';

// Chart types only this page draws: registered here, so the first screen's bundle stays small.
echarts.use([SankeyChart, ScatterChart]);

/** Partners drawn one by one in the diagram; the rest share one node, so the names stay legible. */
const TOP_PARTNERS = 15;

const TYPE_COLORS: Readonly<Record<string, string>> = {
  gov_gov: PALETTE[0],
  gov_business: PALETTE[1],
  business_business: PALETTE[2],
};

const HUB_BY_CODE = new Map(
  (Object.entries(DESTINATIONS) as [DestinationId, string][]).map(([id, code]) => [code, id]),
);

/** A province to toggle in the filter: a post-merger unit in the 63 layout needs the 34 layout. */
interface ProvinceRef {
  readonly code: string;
  readonly layout: string;
}

function toggleProvince(filters: FilterState, province: ProvinceRef): Partial<FilterState> {
  if (province.layout !== filters.layout) return { layout: '34', provinces: [province.code] };
  const only = filters.provinces.length === 1 && filters.provinces[0] === province.code;
  return { provinces: only ? [] : [province.code] };
}

function toggleDestination(filters: FilterState, hub: DestinationId): Partial<FilterState> {
  const only = filters.destinations.length === 1 && filters.destinations[0] === hub;
  return { destinations: only ? [] : [hub] };
}

/** Who signed with whom, and the trade events where they met. */
export default function LinkagesView({ db }: { db: Database }) {
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  const result = useQueryResult(db, (d) => linkagesData(d, filters), [filters, dataVersion]);
  return (
    <div className="linkages">
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {result.status === 'ready' && <LinkagesContent data={result.data} />}
    </div>
  );
}

function LinkagesContent({ data }: { data: LinkagesData }) {
  return (
    <>
      <MouFlowsCard data={data} />
      <EventsSection events={data.events} />
    </>
  );
}

function MouFlowsCard({ data }: { data: LinkagesData }) {
  const { filters, update } = useFilters();
  const { t, lang, num } = useI18n();
  const [sectionRef, sectionWidth] = useElementWidth<HTMLElement>();
  // The card's padding and border: the chart is this much narrower than the section.
  const width = sectionWidth > 0 ? sectionWidth - 34 : undefined;
  const partnerLabel = useCallback(
    (f: MouFlow) => `${lang === 'vi' ? f.name : f.nameEn}${f.postMerger ? ` (${t('postMergerMark')})` : ''}`,
    [lang, t],
  );
  // A phone has no room for "TP. Hồ Chí Minh" beside the diagram.
  const narrow = width !== undefined && width < 600;
  const hubs = useMemo(
    () => [
      { key: 'hcmc', label: t(narrow ? 'linkagesHcmcShort' : 'destHcmc') },
      { key: 'hanoi', label: t('destHanoi') },
    ],
    [t, narrow],
  );
  const types = useMemo(
    () =>
      MOU_TYPES.map((m) => ({
        id: m.id,
        label: choiceLabel(MOU_TYPES, m.id, lang),
        color: TYPE_COLORS[m.id] ?? MUTED_TEXT_COLOR,
      })),
    [lang],
  );
  const option = useMemo(
    () =>
      mouSankeyOption({
        flows: data.flows.map((f) => ({
          partnerKey: f.unitKey,
          partnerLabel: partnerLabel(f),
          hubKey: HUB_BY_CODE.get(f.hubCode) ?? f.hubCode,
          mouType: f.mouType,
          mous: f.mous,
          illustrative: f.illustrative,
        })),
        hubs,
        types,
        topPartners: TOP_PARTNERS,
        selectedPartners: data.flows
          .filter((f) => f.unitLayout === filters.layout && filters.provinces.includes(f.unitCode))
          .map((f) => f.unitKey),
        selectedHubs: filters.destinations,
        lang,
        labels: {
          others: (count) => t(narrow ? 'linkagesOthersShort' : 'linkagesOthers', { count: num(count) }),
          total: t('linkagesTotal'),
          unit: t('unitMous'),
          sourceReal: t('tooltipSourceReal'),
          sourceIllustrative: t('tooltipSourceIllustrative'),
        },
        ariaTitle: t('linkagesSankeyTitle'),
        width,
      }),
    [
      width,
      narrow,
      data.flows,
      partnerLabel,
      hubs,
      types,
      filters.layout,
      filters.provinces,
      filters.destinations,
      lang,
      t,
      num,
    ],
  );
  const onClick = useCallback(
    (click: ChartClick) => {
      const target = sankeyClickTarget(option, click);
      if (!target || target.kind === 'others') return;
      if (target.kind === 'hub') {
        const hub = target.key as DestinationId;
        if (hub in DESTINATIONS) update(toggleDestination(filters, hub));
        return;
      }
      const partnerKey = target.kind === 'partner' ? target.key : target.partnerKey;
      const partner = data.flows.find((f) => f.unitKey === partnerKey);
      if (target.kind === 'partner') {
        if (partner) update(toggleProvince(filters, { code: partner.unitCode, layout: partner.unitLayout }));
        return;
      }
      // A flow: its partner and its hub together; the same flow again clears both.
      const hub = target.hubKey as DestinationId;
      if (!(hub in DESTINATIONS)) return;
      const hubOnly = filters.destinations.length === 1 && filters.destinations[0] === hub;
      if (!partner) {
        update(toggleDestination(filters, hub));
        return;
      }
      const province = toggleProvince(filters, { code: partner.unitCode, layout: partner.unitLayout });
      const cleared = province.provinces?.length === 0 && hubOnly;
      update(cleared ? { provinces: [], destinations: [] } : { ...province, destinations: [hub] });
    },
    [option, data.flows, filters, update],
  );

  const drawn = sankeyTotal(option);
  const undrawnTotal = data.undrawn.reduce((sum, u) => sum + u.mous, 0);
  const nodeCount = new Set(data.flows.map((f) => f.unitKey)).size;
  const height = Math.min(640, Math.max(300, 60 + Math.min(nodeCount, TOP_PARTNERS + 1) * 30));
  const illustrative = data.flows.some((f) => f.illustrative > 0);
  const altText = useMemo(() => {
    const sumBy = (key: (f: MouFlow) => string, label: (f: MouFlow) => string) => {
      const sums = new Map<string, { label: string; count: number }>();
      for (const f of data.flows) {
        const entry = sums.get(key(f)) ?? { label: label(f), count: 0 };
        sums.set(key(f), { ...entry, count: entry.count + f.mous });
      }
      return [...sums.values()];
    };
    const hubName = (f: MouFlow) => {
      const hub = HUB_BY_CODE.get(f.hubCode);
      return hub === 'hcmc' ? t('destHcmc') : hub === 'hanoi' ? t('destHanoi') : f.hubCode;
    };
    return mouFlowsAltText({
      partners: sumBy((f) => f.unitKey, partnerLabel),
      hubs: sumBy((f) => f.hubCode, hubName),
      illustrative,
      lang,
    });
  }, [data.flows, partnerLabel, illustrative, lang, t]);
  const footer = (
    <div className="linkages-sankey-footer">
      <p className="linkages-legend">
        <span className="linkages-legend-title">{t('linkagesTypeLegend')}:</span>
        {types.map((type) => (
          <span key={type.id} className="linkages-legend-item">
            <span className="linkages-swatch" style={{ background: type.color }} aria-hidden="true" />
            {type.label}
          </span>
        ))}
      </p>
      <p
        className="linkages-drawn"
        data-testid="linkages-drawn"
        data-drawn={drawn}
        data-undrawn={undrawnTotal}
      >
        {t('linkagesDrawnTotal', { drawn: num(drawn), total: num(drawn + undrawnTotal) })}
      </p>
      <UndrawnNote undrawn={data.undrawn} />
    </div>
  );
  return (
    <section className="linkages-section" ref={sectionRef}>
      {data.flows.length === 0 && <p className="empty-note">{t('linkagesNoFlows')}</p>}
      <ChartCard
        id="mou-sankey"
        title={t('linkagesSankeyTitle')}
        subtitle={t('linkagesSankeySubtitle')}
        option={option}
        sources={data.mouSources}
        illustrative={illustrative}
        height={data.flows.length === 0 ? 120 : height}
        onClick={onClick}
        footer={footer}
        altText={altText}
      />
    </section>
  );
}

/** Says how many MoUs the totals count that the diagram cannot draw, and why, event by event where named. */
function UndrawnNote({ undrawn }: { undrawn: readonly UndrawnMous[] }) {
  const { t, num, lang, date } = useI18n();
  const total = undrawn.reduce((sum, u) => sum + u.mous, 0);
  if (total === 0) return null;
  const sumOf = (reason: UndrawnMous['reason']) =>
    undrawn.filter((u) => u.reason === reason).reduce((sum, u) => sum + u.mous, 0);
  const unnamed = undrawn.filter((u) => u.reason === 'unnamed');
  const noHub = sumOf('noHub');
  const withinHub = sumOf('withinHub');
  return (
    <div className="note linkages-undrawn" data-testid="linkages-undrawn">
      <p>{t('linkagesUndrawnIntro', { count: num(total) })}</p>
      <ul>
        {unnamed.length > 0 && (
          <li>
            {t('linkagesUndrawnUnnamed', { count: num(sumOf('unnamed')) })}
            <ul>
              {unnamed.map((u) => (
                <li key={`${u.event}|${u.date}|${u.name}`}>
                  {t('linkagesUndrawnEvent', {
                    count: num(u.mous),
                    event: u.event ?? '—',
                    place: lang === 'vi' ? u.name : u.nameEn,
                    date: date(isoDate(u.date)),
                  })}
                </li>
              ))}
            </ul>
          </li>
        )}
        {noHub > 0 && <li>{t('linkagesUndrawnNoHub', { count: num(noHub) })}</li>}
        {withinHub > 0 && <li>{t('linkagesUndrawnWithinHub', { count: num(withinHub) })}</li>}
      </ul>
    </div>
  );
}

/** A yyyy-mm-dd day as a local Date, for the one date formatter (never shifted by a time zone). */
function isoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function laneOf(event: TradeEvent): EventLane {
  if (event.hubCode === DESTINATIONS.hcmc) return 'hcmc';
  if (event.hubCode === DESTINATIONS.hanoi) return 'hanoi';
  return 'other';
}

function EventsSection({ events }: { events: readonly TradeEvent[] }) {
  const { filters, update } = useFilters();
  const { t, lang, date } = useI18n();
  const [sectionRef, sectionWidth] = useElementWidth<HTMLElement>();
  const width = sectionWidth > 0 ? sectionWidth - 34 : undefined;
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);
  const timelineEvents = useMemo<TimelineEvent[]>(
    () =>
      events.map((e) => ({
        date: e.date,
        name: e.name,
        hostLabel: lang === 'vi' ? e.hostName : e.hostNameEn,
        lane: laneOf(e),
        provincesCount: e.provincesCount,
        participants: [...(lang === 'vi' ? e.participants : e.participantsEn)].sort(collator.compare),
        businesses: e.businesses,
        productsShown: e.productsShown,
        mousSigned: e.mousSigned,
        real: e.dataKind === 'real',
        source: e.source,
      })),
    [events, lang, collator],
  );
  const option = useMemo(
    () =>
      eventTimelineOption({
        events: timelineEvents,
        lang,
        labels: {
          lanes: {
            hcmc: t('linkagesLaneHcmc'),
            hanoi: t('linkagesLaneHanoi'),
            other: t('linkagesLaneOther'),
          },
          real: t('linkagesEventReal'),
          illustrative: t('linkagesEventIllustrative'),
          date: t('linkagesEventDate'),
          host: t('linkagesEventHost'),
          provinces: t('linkagesEventProvinces'),
          businesses: t('linkagesEventBusinesses'),
          productsShown: t('linkagesEventProducts'),
          mousSigned: t('linkagesEventMous'),
          source: t('linkagesEventSource'),
          notReported: t('linkagesNotReported'),
          provincesUnit: t('linkagesUnitProvinces'),
          businessesUnit: t('linkagesUnitBusinesses'),
          productsUnit: t('unitProducts'),
          mousUnit: t('unitMous'),
          sourceReal: t('tooltipSourceReal'),
          sourceIllustrative: t('tooltipSourceIllustrative'),
        },
        ariaTitle: t('linkagesTimelineTitle'),
        width,
      }),
    [timelineEvents, lang, t, width],
  );
  const onClick = useCallback(
    (click: ChartClick) => {
      const shown = timelineSeriesEvents(timelineEvents, click.seriesId ?? '');
      const index = click.dataIndex ?? -1;
      const picked = shown[index];
      const event = picked && events.find((e) => e.date === picked.date && e.name === picked.name);
      if (!event) return;
      const hub = event.hubCode ? HUB_BY_CODE.get(event.hubCode) : undefined;
      update(
        hub
          ? toggleDestination(filters, hub)
          : toggleProvince(filters, { code: event.hostCode, layout: event.hostLayout }),
      );
    },
    [timelineEvents, events, filters, update],
  );
  const illustrativeEvents = events.some((e) => e.dataKind === 'illustrative');
  const altText = useMemo(
    () =>
      eventsAltText({
        events: timelineEvents.map((e) => ({
          date: e.date,
          name: e.name,
          laneLabel: t(
            e.lane === 'hcmc'
              ? 'linkagesLaneHcmc'
              : e.lane === 'hanoi'
                ? 'linkagesLaneHanoi'
                : 'linkagesLaneOther',
          ),
          productsShown: e.productsShown,
        })),
        formatDay: (iso) => date(isoDate(iso)),
        illustrative: illustrativeEvents,
        lang,
      }),
    [timelineEvents, illustrativeEvents, lang, t, date],
  );
  const realSources = [
    ...new Set(events.flatMap((e) => (e.dataKind === 'real' && e.source ? [e.source] : []))),
  ];
  return (
    <section className="linkages-section" ref={sectionRef}>
      <ChartCard
        id="event-timeline"
        title={t('linkagesTimelineTitle')}
        subtitle={t('linkagesTimelineSubtitle')}
        option={option}
        sources={realSources}
        illustrative={illustrativeEvents}
        height={320}
        onClick={onClick}
        altText={altText}
      />
      <EventsTable events={timelineEvents} byProvince={filters.provinces.length > 0} />
    </section>
  );
}
