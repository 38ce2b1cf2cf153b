import { ScatterChart } from 'echarts/charts';
import { DESTINATIONS } from '../../filters/filterState';
import { type TradeEvent, tradeEvents } from '../../queries/linkages';
import type { ChartContext, ChartSpec } from '../chartSpec';
import { sourceLabels, tableOf } from '../chartWords';
import { HUB_BY_CODE, toggleDestination, toggleProvince } from '../clicks';
import { echarts } from '../echarts';
import type { LoadScope } from '../loadScope';
import { eventsAltText } from './altText';
import { type EventLane, eventTimelineOption, type TimelineEvent, timelineSeriesEvents } from './option';

// Only the linkages page draws a scatter: registered with its spec, out of the first screen.
echarts.use([ScatterChart]);

export interface EventTimelineData {
  readonly events: readonly TradeEvent[];
}

/** A yyyy-mm-dd day as a local Date, for the one date formatter (never shifted by a time zone). */
export function isoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function laneOf(event: TradeEvent): EventLane {
  if (event.hubCode === DESTINATIONS.hcmc) return 'hcmc';
  if (event.hubCode === DESTINATIONS.hanoi) return 'hanoi';
  return 'other';
}

const LANE_LABEL = {
  hcmc: 'linkagesLaneHcmc',
  hanoi: 'linkagesLaneHanoi',
  other: 'linkagesLaneOther',
} as const;

/** The events as the timeline and the events table show them, in the UI language. */
export function timelineEvents(events: readonly TradeEvent[], ctx: ChartContext): TimelineEvent[] {
  const collator = new Intl.Collator(ctx.lang);
  return events.map((e) => ({
    date: e.date,
    name: e.name,
    hostLabel: ctx.lang === 'vi' ? e.hostName : e.hostNameEn,
    lane: laneOf(e),
    provincesCount: e.provincesCount,
    participants: [...(ctx.lang === 'vi' ? e.participants : e.participantsEn)].sort(collator.compare),
    businesses: e.businesses,
    productsShown: e.productsShown,
    mousSigned: e.mousSigned,
    real: e.dataKind === 'real',
    source: e.source,
  }));
}

/** The trade events of the years chosen, on a time line by hub; a click filters by the event's hub or host. */
export const eventTimelineChart: ChartSpec<EventTimelineData> = {
  id: 'event-timeline',
  load: async ({ db, filters }: LoadScope) => ({ events: await tradeEvents(db, filters) }),
  title: (_data, ctx) => ctx.t('linkagesTimelineTitle'),
  subtitle: (_data, ctx) => ctx.t('linkagesTimelineSubtitle'),
  option: (data, ctx) =>
    eventTimelineOption({
      events: timelineEvents(data.events, ctx),
      lang: ctx.lang,
      labels: {
        lanes: {
          hcmc: ctx.t('linkagesLaneHcmc'),
          hanoi: ctx.t('linkagesLaneHanoi'),
          other: ctx.t('linkagesLaneOther'),
        },
        real: ctx.t('linkagesEventReal'),
        illustrative: ctx.t('linkagesEventIllustrative'),
        date: ctx.t('linkagesEventDate'),
        host: ctx.t('linkagesEventHost'),
        provinces: ctx.t('linkagesEventProvinces'),
        businesses: ctx.t('linkagesEventBusinesses'),
        productsShown: ctx.t('linkagesEventProducts'),
        mousSigned: ctx.t('linkagesEventMous'),
        source: ctx.t('linkagesEventSource'),
        notReported: ctx.t('linkagesNotReported'),
        provincesUnit: ctx.t('linkagesUnitProvinces'),
        businessesUnit: ctx.t('linkagesUnitBusinesses'),
        productsUnit: ctx.t('unitProducts'),
        mousUnit: ctx.t('unitMous'),
        ...sourceLabels(ctx),
      },
      ariaTitle: ctx.t('linkagesTimelineTitle'),
      width: ctx.width,
    }),
  table: (data, ctx) =>
    tableOf(
      data.events,
      (e) => ({
        // ISO dates: a spreadsheet reads them as dates whatever its language.
        linkagesEventDate: e.date,
        linkagesEventName: e.name,
        linkagesEventHost: ctx.lang === 'vi' ? e.hostName : e.hostNameEn,
        linkagesEventProvinces: e.provincesCount,
        linkagesEventBusinesses: e.businesses,
        linkagesEventProducts: e.productsShown,
        linkagesEventMous: e.mousSigned,
        linkagesEventKind: ctx.t(
          e.dataKind === 'real' ? 'linkagesEventRealMark' : 'linkagesEventIllustrativeMark',
        ),
        linkagesEventSource: e.source,
      }),
      ctx,
    ),
  altText: (data, ctx) =>
    eventsAltText({
      events: timelineEvents(data.events, ctx).map((e) => ({
        date: e.date,
        name: e.name,
        laneLabel: ctx.t(LANE_LABEL[e.lane]),
        productsShown: e.productsShown,
      })),
      formatDay: (iso) => ctx.date(isoDate(iso)),
      illustrative: data.events.some((e) => e.dataKind === 'illustrative'),
      lang: ctx.lang,
    }),
  sources: (data) => [
    ...new Set(data.events.flatMap((e) => (e.dataKind === 'real' && e.source ? [e.source] : []))),
  ],
  illustrative: (data) => data.events.some((e) => e.dataKind === 'illustrative'),
  height: () => 320,
  click: (click, data, ctx) => {
    const shown = timelineSeriesEvents(timelineEvents(data.events, ctx), click.seriesId ?? '');
    const picked = shown[click.dataIndex ?? -1];
    const event = picked && data.events.find((e) => e.date === picked.date && e.name === picked.name);
    if (!event) return null;
    const hub = event.hubCode ? HUB_BY_CODE.get(event.hubCode) : undefined;
    return hub
      ? toggleDestination(ctx.filters, hub)
      : toggleProvince(ctx.filters, { code: event.hostCode, layout: event.hostLayout });
  },
};
