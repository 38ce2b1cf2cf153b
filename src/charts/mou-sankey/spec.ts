import { SankeyChart } from 'echarts/charts';
import { DESTINATIONS, type DestinationId } from '../../filters/filterState';
import { choiceLabel, MOU_TYPES } from '../../model/ocop';
import { type MouFlow, mouFlows, type UndrawnMous, undrawnMous } from '../../queries/linkages';
import { realSources } from '../../queries/overviewMetrics';
import { anyIllustrative, type ChartContext, type ChartSpec } from '../chartSpec';
import { sourceLabels, tableOf, unitLabel } from '../chartWords';
import { HUB_BY_CODE, toggleDestination, toggleProvince } from '../clicks';
import { echarts } from '../echarts';
import type { LoadScope } from '../loadScope';
import { MUTED_TEXT_COLOR, PALETTE } from '../theme';
import { mouFlowsAltText } from './altText';
import { mouSankeyOption, sankeyClickTarget } from './option';

// Only the linkages page draws a Sankey diagram: registered with its spec, out of the first screen.
echarts.use([SankeyChart]);

/** Partners drawn one by one in the diagram; the rest share one node, so the names stay legible. */
export const TOP_PARTNERS = 15;

const TYPE_COLORS: Readonly<Record<string, string>> = {
  gov_gov: PALETTE[0],
  gov_business: PALETTE[1],
  business_business: PALETTE[2],
};

export interface MouSankeyData {
  readonly flows: readonly MouFlow[];
  /** MoUs the totals count that the diagram cannot draw (no named partner, no hub, within a hub). */
  readonly undrawn: readonly UndrawnMous[];
  readonly sources: readonly string[];
}

/** The MoUs the diagram draws: every flow with a named partner and a hub (the option drops only empty ones). */
export const drawnMous = (data: MouSankeyData) => data.flows.reduce((sum, f) => sum + Math.max(0, f.mous), 0);

/** MoU types with their colour and label: the diagram's links and the legend under it. */
export const mouTypeStyles = (ctx: ChartContext) =>
  MOU_TYPES.map((m) => ({
    key: m.id,
    label: choiceLabel(MOU_TYPES, m.id, ctx.lang),
    color: TYPE_COLORS[m.id] ?? MUTED_TEXT_COLOR,
  }));

const hubName = (hubCode: string, ctx: ChartContext) => {
  const hub = HUB_BY_CODE.get(hubCode);
  return hub === 'hcmc' ? ctx.t('destHcmc') : hub === 'hanoi' ? ctx.t('destHanoi') : hubCode;
};

/** MoUs signed between the partner provinces and the two hubs, by type, as flows. */
export const mouSankeyChart: ChartSpec<MouSankeyData> = {
  id: 'mou-sankey',
  load: async ({ db, filters }: LoadScope) => {
    const [flows, undrawn, sources] = await Promise.all([
      mouFlows(db, filters),
      undrawnMous(db, filters),
      realSources(db, filters, ['mous']),
    ]);
    return { flows, undrawn, sources };
  },
  title: (_data, ctx) => ctx.t('linkagesSankeyTitle'),
  subtitle: (_data, ctx) => ctx.t('linkagesSankeySubtitle'),
  option: (data, ctx) => {
    const { filters, width } = ctx;
    // A phone has no room for "TP. Hồ Chí Minh" beside the diagram.
    const narrow = width !== undefined && width < 600;
    return mouSankeyOption({
      flows: data.flows.map((f) => ({
        partnerKey: f.unitKey,
        partnerLabel: unitLabel(f, ctx),
        hubKey: HUB_BY_CODE.get(f.hubCode) ?? f.hubCode,
        mouType: f.mouType,
        mous: f.mous,
        illustrative: f.illustrative,
      })),
      hubs: [
        { key: 'hcmc', label: ctx.t(narrow ? 'linkagesHcmcShort' : 'destHcmc') },
        { key: 'hanoi', label: ctx.t('destHanoi') },
      ],
      types: mouTypeStyles(ctx),
      topPartners: TOP_PARTNERS,
      selectedPartners: data.flows
        .filter((f) => f.unitLayout === filters.layout && filters.provinces.includes(f.unitCode))
        .map((f) => f.unitKey),
      selectedHubs: filters.destinations,
      lang: ctx.lang,
      labels: {
        others: (count) =>
          ctx.t(narrow ? 'linkagesOthersShort' : 'linkagesOthers', { count: ctx.num(count) }),
        total: ctx.t('linkagesTotal'),
        unit: ctx.t('unitMous'),
        ...sourceLabels(ctx),
      },
      ariaTitle: ctx.t('linkagesSankeyTitle'),
      width,
    });
  },
  table: (data, ctx) =>
    tableOf(
      data.flows,
      (f) => ({
        exportColProvince: unitLabel(f, ctx),
        exportColProvinceCode: f.unitCode,
        exportColLayout: f.unitLayout,
        exportColHub: hubName(f.hubCode, ctx),
        exportColMouType: MOU_TYPES.some((m) => m.id === f.mouType)
          ? choiceLabel(MOU_TYPES, f.mouType as (typeof MOU_TYPES)[number]['id'], ctx.lang)
          : f.mouType,
        exportColMous: f.mous,
        exportColIllustrative: f.illustrative,
      }),
      ctx,
    ),
  altText: (data, ctx) => {
    const sumBy = (key: (f: MouFlow) => string, label: (f: MouFlow) => string) => {
      const sums = new Map<string, { label: string; count: number }>();
      for (const f of data.flows) {
        const entry = sums.get(key(f)) ?? { label: label(f), count: 0 };
        sums.set(key(f), { ...entry, count: entry.count + f.mous });
      }
      return [...sums.values()];
    };
    return mouFlowsAltText({
      partners: sumBy(
        (f) => f.unitKey,
        (f) => unitLabel(f, ctx),
      ),
      hubs: sumBy(
        (f) => f.hubCode,
        (f) => hubName(f.hubCode, ctx),
      ),
      illustrative: anyIllustrative(data.flows),
      lang: ctx.lang,
    });
  },
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.flows),
  height: (data) => {
    if (data.flows.length === 0) return 120;
    const nodeCount = new Set(data.flows.map((f) => f.unitKey)).size;
    return Math.min(640, Math.max(300, 60 + Math.min(nodeCount, TOP_PARTNERS + 1) * 30));
  },
  click: (click, data, ctx) => {
    const { filters } = ctx;
    const target = sankeyClickTarget(mouSankeyChart.option(data, ctx), click);
    if (!target || target.kind === 'others') return null;
    if (target.kind === 'hub') {
      const hub = target.key as DestinationId;
      return hub in DESTINATIONS ? toggleDestination(filters, hub) : null;
    }
    const partnerKey = target.kind === 'partner' ? target.key : target.partnerKey;
    const partner = data.flows.find((f) => f.unitKey === partnerKey);
    if (target.kind === 'partner') {
      return partner ? toggleProvince(filters, { code: partner.unitCode, layout: partner.unitLayout }) : null;
    }
    // A flow: its partner and its hub together; the same flow again clears both.
    const hub = target.hubKey as DestinationId;
    if (!(hub in DESTINATIONS)) return null;
    const hubOnly = filters.destinations.length === 1 && filters.destinations[0] === hub;
    if (!partner) return toggleDestination(filters, hub);
    const province = toggleProvince(filters, { code: partner.unitCode, layout: partner.unitLayout });
    const cleared = province.provinces?.length === 0 && hubOnly;
    return cleared ? { provinces: [], destinations: [] } : { ...province, destinations: [hub] };
  },
};
