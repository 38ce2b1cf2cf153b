import type { EChartsOption } from 'echarts';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import { escapeRichText, isolateBidi } from '../escapeHtml';
import type { ColouredCategory } from '../theme';
import { chartFrame, MUTED_TEXT_COLOR, TEXT_COLOR } from '../theme';
import type { SourceLabels } from '../tooltip';
import { type TooltipLine, tooltipHtml } from '../tooltip';

/** MoUs of one type between one partner province and one hub. */
export interface MouFlowInput {
  readonly partnerKey: string;
  readonly partnerLabel: string;
  readonly hubKey: string;
  readonly mouType: string;
  readonly mous: number;
  readonly illustrative: number;
}

export interface SankeyNodeLabel {
  readonly key: string;
  readonly label: string;
}

/** A MoU type with its colour; `key` is the type's id. */
export type SankeyTypeStyle = ColouredCategory;

export interface MouSankeyInput {
  readonly flows: readonly MouFlowInput[];
  /** The hubs in drawing order (top first). */
  readonly hubs: readonly SankeyNodeLabel[];
  /** MoU types in stacking order, with their colours. */
  readonly types: readonly SankeyTypeStyle[];
  /** Partners drawn one by one; the rest are merged into one node. */
  readonly topPartners: number;
  readonly selectedPartners: readonly string[];
  readonly selectedHubs: readonly string[];
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    /** "Các tỉnh khác ({count})". */
    readonly others: (count: number) => string;
    readonly total: string;
    readonly unit: string;
  };
  readonly ariaTitle: string;
  /** The chart's width in px: on a phone the names get less room and are cut with "…". */
  readonly width?: number;
}

/** What a node or a link of the diagram stands for, to turn a click into a filter. */
export type SankeyTarget =
  | { readonly kind: 'partner'; readonly key: string }
  | { readonly kind: 'others' }
  | { readonly kind: 'hub'; readonly key: string }
  | { readonly kind: 'flow'; readonly partnerKey: string | null; readonly hubKey: string };

const PARTNER_PREFIX = 'partner:';
const HUB_PREFIX = 'hub:';
const OTHERS_NODE = 'others';

/** Node names are keys, unique across both columns (a label could repeat: a hub as a partner). */
function targetOfNode(name: string): SankeyTarget | null {
  if (name === OTHERS_NODE) return { kind: 'others' };
  if (name.startsWith(PARTNER_PREFIX)) return { kind: 'partner', key: name.slice(PARTNER_PREFIX.length) };
  if (name.startsWith(HUB_PREFIX)) return { kind: 'hub', key: name.slice(HUB_PREFIX.length) };
  return null;
}

interface SankeyLink {
  readonly source: string;
  readonly target: string;
  readonly value: number;
  readonly mouType: string;
  readonly illustrative: number;
}

interface SankeySeries {
  readonly type: 'sankey';
  readonly data: readonly { name: string; value: number }[];
  readonly links: readonly SankeyLink[];
}

/** What the node or link a click landed on stands for; null for anything else. */
export function sankeyClickTarget(
  option: EChartsOption,
  click: { readonly dataType?: string; readonly name?: string; readonly dataIndex?: number },
): SankeyTarget | null {
  const series = (option.series as readonly SankeySeries[] | undefined)?.[0];
  if (!series) return null;
  if (click.dataType === 'edge') {
    const link = click.dataIndex === undefined ? undefined : series.links[click.dataIndex];
    if (!link) return null;
    const source = targetOfNode(link.source);
    const hub = targetOfNode(link.target);
    if (hub?.kind !== 'hub') return null;
    return { kind: 'flow', partnerKey: source?.kind === 'partner' ? source.key : null, hubKey: hub.key };
  }
  return click.name === undefined ? null : targetOfNode(click.name);
}

/** The MoUs the diagram draws (the sum of its links), for tests and the caption. */
export function sankeyTotal(option: EChartsOption): number {
  const series = (option.series as readonly SankeySeries[] | undefined)?.[0];
  return series ? series.links.reduce((sum, l) => sum + l.value, 0) : 0;
}

/**
 * Partner provinces (left, largest first, the small ones merged into "other provinces") to HCMC and
 * Hanoi (right), one band per MoU type, coloured by type, so who signed with whom and what kind of
 * MoU read at once. Node order is kept as given (no relaxation), so the ranking reads top-down.
 */
export function mouSankeyOption(input: MouSankeyInput): EChartsOption {
  const { lang, labels } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  // Room for the partners' names on the left and the hubs' on the right, a third of a narrow chart each.
  const width = input.width ?? 1000;
  const leftRoom = Math.min(190, Math.round(width * 0.34));
  const rightRoom = Math.min(170, Math.max(112, Math.round(width * 0.3)));
  const fontSize = width < 600 ? 11 : 12;
  const hubFontSize = width < 600 ? 12 : 14;
  const typeOrder = new Map(input.types.map((t, i) => [t.key, i]));
  const typeStyle = new Map(input.types.map((t) => [t.key, t]));

  const partnerTotals = new Map<string, { label: string; mous: number }>();
  for (const f of input.flows) {
    const entry = partnerTotals.get(f.partnerKey) ?? { label: f.partnerLabel, mous: 0 };
    entry.mous += f.mous;
    partnerTotals.set(f.partnerKey, entry);
  }
  const collator = new Intl.Collator(lang);
  const ranked = [...partnerTotals.entries()].sort(
    ([, a], [, b]) => b.mous - a.mous || collator.compare(a.label, b.label),
  );
  // Merging a single partner into "others" would hide a name to save nothing.
  const shownCount = ranked.length <= input.topPartners + 1 ? ranked.length : input.topPartners;
  const shown = new Set(ranked.slice(0, shownCount).map(([key]) => key));
  const othersCount = ranked.length - shownCount;
  const partnerNode = (key: string) => (shown.has(key) ? `${PARTNER_PREFIX}${key}` : OTHERS_NODE);

  // One link per (partner node, hub, type): the "others" node sums its partners.
  const linkMap = new Map<
    string,
    { source: string; target: string; mouType: string; value: number; illustrative: number }
  >();
  for (const f of input.flows) {
    if (f.mous <= 0) continue;
    const source = partnerNode(f.partnerKey);
    const target = `${HUB_PREFIX}${f.hubKey}`;
    const id = `${source}|${target}|${f.mouType}`;
    const link = linkMap.get(id) ?? { source, target, mouType: f.mouType, value: 0, illustrative: 0 };
    link.value += f.mous;
    link.illustrative += f.illustrative;
    linkMap.set(id, link);
  }
  const nodeRank = new Map<string, number>([
    ...ranked.slice(0, shownCount).map(([key], i) => [`${PARTNER_PREFIX}${key}`, i] as const),
    [OTHERS_NODE, shownCount],
    ...input.hubs.map((h, i) => [`${HUB_PREFIX}${h.key}`, i] as const),
  ]);
  const rank = (name: string) => nodeRank.get(name) ?? Number.MAX_SAFE_INTEGER;
  const links: SankeyLink[] = [...linkMap.values()]
    .sort(
      (a, b) =>
        rank(a.source) - rank(b.source) ||
        rank(a.target) - rank(b.target) ||
        (typeOrder.get(a.mouType) ?? 99) - (typeOrder.get(b.mouType) ?? 99),
    )
    .map((l) => ({
      ...l,
      lineStyle: { color: typeStyle.get(l.mouType)?.color ?? MUTED_TEXT_COLOR, opacity: 0.5 },
    }));

  const nodeTotals = new Map<string, { mous: number; illustrative: number; byType: Map<string, number> }>();
  const addTo = (name: string, link: SankeyLink) => {
    const total = nodeTotals.get(name) ?? { mous: 0, illustrative: 0, byType: new Map<string, number>() };
    total.mous += link.value;
    total.illustrative += link.illustrative;
    total.byType.set(link.mouType, (total.byType.get(link.mouType) ?? 0) + link.value);
    nodeTotals.set(name, total);
  };
  for (const link of links) {
    addTo(link.source, link);
    addTo(link.target, link);
  }

  const nodeLabel = new Map<string, string>([
    ...ranked.slice(0, shownCount).map(([key, p]) => [`${PARTNER_PREFIX}${key}`, p.label] as const),
    [OTHERS_NODE, labels.others(othersCount)],
    ...input.hubs.map((h) => [`${HUB_PREFIX}${h.key}`, h.label] as const),
  ]);
  const selected = new Set([
    ...input.selectedPartners.map((k) => `${PARTNER_PREFIX}${k}`),
    ...input.selectedHubs.map((k) => `${HUB_PREFIX}${k}`),
  ]);
  // Nodes in drawing order: partners top-down by rank, then the hubs; only nodes that have a link.
  const nodes = [...nodeTotals.keys()]
    .sort((a, b) => Number(a.startsWith(HUB_PREFIX)) - Number(b.startsWith(HUB_PREFIX)) || rank(a) - rank(b))
    .map((name) => {
      const isHub = name.startsWith(HUB_PREFIX);
      return {
        name,
        value: nodeTotals.get(name)?.mous ?? 0,
        itemStyle: {
          color: isHub ? TEXT_COLOR : name === OTHERS_NODE ? '#9aa5b1' : MUTED_TEXT_COLOR,
          ...(selected.has(name) ? { borderColor: '#E69F00', borderWidth: 3 } : {}),
        },
        label: {
          position: isHub ? ('right' as const) : ('left' as const),
          fontWeight: isHub || selected.has(name) ? 700 : 400,
          fontSize: isHub ? hubFontSize : fontSize,
          width: (isHub ? rightRoom : leftRoom) - 10,
          overflow: 'truncate' as const,
        },
        cursor: name === OTHERS_NODE ? 'default' : 'pointer',
      };
    });

  const source = (illustrative: number) => (illustrative > 0 ? labels.sourceIllustrative : labels.sourceReal);
  const typeLines = (byType: Map<string, number>): TooltipLine[] =>
    input.types
      .filter((t) => (byType.get(t.key) ?? 0) > 0)
      .map((t) => ({
        marker: `<span style="display:inline-block;margin-right:4px;border-radius:2px;width:10px;height:10px;background:${t.color}"></span>`,
        label: t.label,
        value: `${fmt(byType.get(t.key) ?? 0)} ${labels.unit}`,
      }));

  return {
    ...chartFrame(input.ariaTitle),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = params as { dataType?: string; dataIndex: number; name: string };
        if (p.dataType === 'edge') {
          const link = links[p.dataIndex];
          if (!link) return '';
          const type = typeStyle.get(link.mouType);
          return tooltipHtml(
            `${nodeLabel.get(link.source) ?? ''} → ${nodeLabel.get(link.target) ?? ''}`,
            [{ label: type?.label ?? link.mouType, value: `${fmt(link.value)} ${labels.unit}` }],
            source(link.illustrative),
          );
        }
        const total = nodeTotals.get(p.name);
        if (!total) return '';
        return tooltipHtml(
          nodeLabel.get(p.name) ?? p.name,
          [...typeLines(total.byType), { label: labels.total, value: `${fmt(total.mous)} ${labels.unit}` }],
          source(total.illustrative),
        );
      },
    },
    series: [
      {
        type: 'sankey',
        id: 'mou-flows',
        left: leftRoom,
        right: rightRoom,
        top: 12,
        bottom: 12,
        nodeWidth: 14,
        nodeGap: 10,
        nodeAlign: 'justify',
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: {
          color: TEXT_COLOR,
          // Name, then the total in muted bold: "Quảng Bình  116". The name is escaped for the rich-text
          // template, so a brace in it cannot restyle or swallow the total.
          formatter: (params) => {
            const name = (params as { name: string }).name;
            const label = escapeRichText('name', isolateBidi(nodeLabel.get(name) ?? name));
            return `${label} {value|${fmt(nodeTotals.get(name)?.mous ?? 0)}}`;
          },
          rich: {
            name: { color: TEXT_COLOR },
            value: { color: MUTED_TEXT_COLOR, fontWeight: 700 },
          },
        },
        lineStyle: { curveness: 0.5 },
        data: nodes,
        links,
      },
    ],
  };
}
