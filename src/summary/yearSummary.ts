import { describeFilters } from '../filters/filterRegistry';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { formatDate, formatNumber, formatPercent } from '../i18n/format';
import { type Lang, MESSAGES, type MessageKey, translate } from '../i18n/messages';
import { choiceLabel, PRODUCT_GROUPS } from '../model/ocop';
import type { OriginProducts as PartnerRow } from '../queries/distribution';
import { compareWithPreviousYear, type KpiComparison } from '../queries/kpiComparison';
import type { TradeEvent } from '../queries/linkages';
import type { GroupProducts } from '../queries/ocopByGroup';
import type { KpiId, YearValue } from '../queries/overviewMetrics';
import type { TargetMetric, TargetProgress } from '../queries/targetProgress';

/** Where a figure comes from: a dataset of the data contract (its sources are listed under the paragraph). */
export type FigureDataset = 'ocop' | 'mous' | 'distribution' | 'events' | 'targets';
export type IllustrativeShare = 'none' | 'part' | 'all';

/** One number in the paragraph, formatted as the page formats it, with what a reader needs to trace it. */
export interface SummaryFigure {
  /** Stable across languages, e.g. `kpi:ocopProducts`, `previous:mous`, `partner:34:82`. */
  readonly id: string;
  readonly text: string;
  readonly value: number;
  /** What the figure is, in words (the KPI card's label and the year, a province, a group…). */
  readonly label: string;
  readonly dataset: FigureDataset;
  readonly illustrative: IllustrativeShare;
}

export type SummarySegment = string | SummaryFigure;

export interface SummarySentence {
  /** Which fact the sentence states: a KPI id, `targets` or a `note:*`. */
  readonly id: string;
  readonly segments: readonly SummarySegment[];
}

export interface YearSummary {
  readonly year: number;
  readonly sentences: readonly SummarySentence[];
  /** Every dataset a figure of the paragraph comes from, in a fixed order. */
  readonly datasets: readonly FigureDataset[];
  /** Whether any figure comes (wholly or partly) from illustrative data. */
  readonly illustrative: boolean;
}

/** What the paragraph is written from: the same metric results the KPI cards and charts show. */
export interface SummaryInput {
  readonly lang: Lang;
  readonly year: number;
  readonly filters: FilterState;
  /** kpiSeries: every KPI by year (compared exactly as the cards compare them). */
  readonly series: Readonly<Record<KpiId, readonly YearValue[]>>;
  /** topPartners for the year, most products first. */
  readonly partners: readonly PartnerRow[];
  /** ocopByGroup for the year, most products first. */
  readonly groups: readonly GroupProducts[];
  /** targetProgress for the year. */
  readonly targets: readonly TargetProgress[];
  /** tradeEvents under the filters (any year: the builder keeps the year's). */
  readonly events: readonly TradeEvent[];
}

const KPI_LABEL: Readonly<Record<KpiId, MessageKey>> = {
  linkedProvinces: 'kpiLinkedProvinces',
  ocopProducts: 'kpiOcopProducts',
  mous: 'kpiMous',
  distributionProducts: 'kpiDistributionProducts',
  events: 'kpiEvents',
};
const KPI_DATASET: Readonly<Record<KpiId, FigureDataset>> = {
  linkedProvinces: 'distribution',
  ocopProducts: 'ocop',
  mous: 'mous',
  distributionProducts: 'distribution',
  events: 'events',
};
/** The measure word after a figure: [one, several] (Vietnamese has one form, English two). */
const KPI_UNIT: Readonly<Record<KpiId, readonly [MessageKey, MessageKey]>> = {
  linkedProvinces: ['summaryUnitProvincesOne', 'summaryUnitProvinces'],
  ocopProducts: ['summaryUnitProductsOne', 'summaryUnitProducts'],
  mous: ['summaryUnitMousOne', 'summaryUnitMous'],
  distributionProducts: ['summaryUnitProductsOne', 'summaryUnitProducts'],
  events: ['summaryUnitEventsOne', 'summaryUnitEvents'],
};
const KPI_SENTENCE: Readonly<Record<KpiId, { readonly some: MessageKey; readonly zero: MessageKey }>> = {
  distributionProducts: { some: 'summaryDistribution', zero: 'summaryDistributionZero' },
  linkedProvinces: { some: 'summaryLinked', zero: 'summaryLinkedZero' },
  ocopProducts: { some: 'summaryOcop', zero: 'summaryOcopZero' },
  mous: { some: 'summaryMous', zero: 'summaryMousZero' },
  events: { some: 'summaryEvents', zero: 'summaryEventsZero' },
};
/** The order a reader is told the year: what reached the hubs' shelves first (the press's lead), then the rest. */
const SENTENCE_ORDER: readonly KpiId[] = [
  'distributionProducts',
  'linkedProvinces',
  'ocopProducts',
  'mous',
  'events',
];
const TARGET_TEXT: Readonly<Record<TargetMetric, MessageKey>> = {
  ocop_products: 'summaryTargetOcop',
  mous_signed: 'summaryTargetMous',
  products_in_hcmc_hanoi: 'summaryTargetDistribution',
};
const DATASET_ORDER: readonly FigureDataset[] = ['ocop', 'mous', 'distribution', 'events', 'targets'];

export function illustrativeShare(illustrative: number, value: number): IllustrativeShare {
  if (illustrative <= 0) return 'none';
  return illustrative >= value ? 'all' : 'part';
}

/**
 * A template with `{slot}`s → segments: text slots are spliced in, figure slots stay figures. Slots
 * with no value are left as written (as `translate` does), so a missing one shows in the golden texts.
 */
export function fillTemplate(
  lang: Lang,
  key: MessageKey,
  slots: Readonly<Record<string, string | number | SummaryFigure | readonly SummarySegment[]>>,
): SummarySegment[] {
  const out: SummarySegment[] = [];
  const push = (segment: SummarySegment) => {
    const last = out.at(-1);
    if (typeof segment === 'string' && typeof last === 'string') out[out.length - 1] = last + segment;
    else if (segment !== '') out.push(segment);
  };
  const template = MESSAGES[lang][key];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    push(template.slice(at, match.index));
    at = match.index + match[0].length;
    const value = slots[match[1] ?? ''];
    if (value === undefined) push(match[0]);
    else if (Array.isArray(value)) for (const segment of value as readonly SummarySegment[]) push(segment);
    else push(typeof value === 'object' ? (value as SummaryFigure) : String(value));
  }
  push(template.slice(at));
  return out;
}

/** A word list as an editor writes it: "A, B và C" / "A, B and C". */
function listSegments(lang: Lang, items: readonly (readonly SummarySegment[])[]): SummarySegment[] {
  const out: SummarySegment[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? translate(lang, 'summaryAnd') : ', ');
    out.push(...item);
  });
  return out;
}

/** Lower-cases the first letter unless the first word is an acronym or a name in mixed case (OCOP, MoUs). */
function lowerFirst(text: string): string {
  const word = text.split(/[\s,(]/)[0] ?? '';
  if (word.slice(1) !== word.slice(1).toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function mapFirstText(
  segments: readonly SummarySegment[],
  change: (text: string) => string,
): SummarySegment[] {
  const [first, ...rest] = segments;
  return typeof first === 'string' ? [change(first), ...rest] : [...segments];
}

function shareOf(figures: readonly SummaryFigure[]): IllustrativeShare {
  if (figures.length === 0 || figures.every((f) => f.illustrative === 'none')) return 'none';
  return figures.every((f) => f.illustrative === 'all') ? 'all' : 'part';
}

function figuresOf(segments: readonly SummarySegment[]): SummaryFigure[] {
  return segments.filter((s): s is SummaryFigure => typeof s !== 'string');
}

/** The hubs the destination filter leaves, in words. */
function hubsText(lang: Lang, filters: FilterState): string {
  const d = filters.destinations;
  if (d.length === 1) return translate(lang, d[0] === 'hcmc' ? 'summaryHubHcmc' : 'summaryHubHanoi');
  return translate(lang, 'summaryHubsBoth');
}

/**
 * The paragraph for one year under the filters. Every figure is one the page shows (the KPI cards'
 * comparison, the top-partners chart, the targets panel); sentences about a figure without data are left
 * out; a change is written as an editor writes it (never "+0 %" or "∞ %").
 */
export function buildYearSummary(input: SummaryInput): YearSummary {
  const { lang, year, filters } = input;
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params);
  const num = (value: number) => formatNumber(lang, value);
  const prev = year - 1;
  const hubs = hubsText(lang, filters);
  const sentences: { id: string; segments: SummarySegment[] }[] = [];

  const kpiFigure = (
    id: KpiId,
    point: YearValue,
    role: 'kpi' | 'previous',
    in34: boolean,
  ): SummaryFigure => ({
    id: `${role}:${id}`,
    text: num(point.value),
    value: point.value,
    label: `${t(KPI_LABEL[id])}, ${point.year}${in34 ? ` (${t('describeLayout34')})` : ''}`,
    dataset: KPI_DATASET[id],
    illustrative: illustrativeShare(point.illustrative, point.value),
  });

  /** "tăng 5,4% so với năm 2025 (2.800 sản phẩm)" and its kin, from the cards' own comparison. */
  const changeSegments = (id: KpiId, comparison: KpiComparison): SummarySegment[] => {
    const { current, previous, delta, ratio, in34Units } = comparison;
    const series = input.series[id];
    const earlierData = series.some((p) => p.year < prev && p.value > 0);
    if (!current) return [];
    const slots = { prev, unit: t(KPI_UNIT[id][1]) };
    let segments: SummarySegment[];
    if (!previous || delta === null) {
      segments = fillTemplate(lang, earlierData ? 'summaryNoPrevious' : 'summaryFirst', slots);
    } else if (previous.value === 0) {
      segments = fillTemplate(lang, earlierData ? 'summaryFromZero' : 'summaryFirst', slots);
    } else if (delta === 0) {
      segments = fillTemplate(lang, 'summarySame', slots);
    } else {
      const previousFigure = kpiFigure(id, previous, 'previous', in34Units);
      const magnitude = Math.abs(ratio ?? 0);
      const pct = formatPercent(lang, magnitude);
      const absFigure: SummaryFigure = {
        id: `change:${id}`,
        text: num(Math.abs(delta)),
        value: delta,
        label: `${t(KPI_LABEL[id])}, ${year} − ${prev}`,
        dataset: KPI_DATASET[id],
        illustrative: shareOf([kpiFigure(id, current, 'kpi', in34Units), previousFigure]),
      };
      const previousSlots = { ...slots, unit: t(KPI_UNIT[id][previous.value === 1 ? 0 : 1]) };
      // A change too small to show in one decimal is written as a count, never "tăng 0%"; a doubling
      // or more as a multiple, never "tăng 1.500%".
      if (pct === formatPercent(lang, 0)) {
        segments = fillTemplate(lang, delta > 0 ? 'summaryUpSlight' : 'summaryDownSlight', {
          ...slots,
          unit: t(KPI_UNIT[id][Math.abs(delta) === 1 ? 0 : 1]),
          abs: absFigure,
        });
      } else if (ratio !== null && ratio >= 1) {
        const times = current.value / previous.value;
        segments = fillTemplate(lang, 'summaryTimes', {
          ...previousSlots,
          times: { ...absFigure, id: `ratio:${id}`, text: formatNumber(lang, times), value: times },
          previous: previousFigure,
        });
      } else {
        segments = fillTemplate(lang, delta > 0 ? 'summaryUp' : 'summaryDown', {
          ...previousSlots,
          pct: { ...absFigure, id: `ratio:${id}`, text: pct, value: ratio ?? 0 },
          previous: previousFigure,
        });
      }
    }
    if (in34Units) segments.push(t('summaryIn34'));
    return segments;
  };

  // The first year of the data for every figure is said once, in the opener, not in every sentence.
  const stated = SENTENCE_ORDER.filter((id) => input.series[id].some((p) => p.year === year && p.value > 0));
  const firstYear =
    stated.length > 1 && stated.every((id) => !input.series[id].some((p) => p.year < year && p.value > 0));

  for (const id of SENTENCE_ORDER) {
    const comparison = compareWithPreviousYear(input.series[id], year);
    const { current, previous } = comparison;
    if (!current) continue; // no data that year: no sentence about it
    const valueFigure = kpiFigure(id, current, 'kpi', comparison.in34Units);
    let segments: SummarySegment[];
    if (current.value === 0) {
      const previousClause =
        previous && previous.value > 0
          ? fillTemplate(lang, 'summaryPreviousClause', {
              prev,
              unit: t(KPI_UNIT[id][previous.value === 1 ? 0 : 1]),
              previous: kpiFigure(id, previous, 'previous', comparison.in34Units),
            })
          : [];
      segments = fillTemplate(lang, KPI_SENTENCE[id].zero, { hubs, previousClause });
      // "(…)" with nothing to say in it goes.
      segments = segments.map((s) => (typeof s === 'string' ? s.replace(' ()', '') : s));
    } else {
      const change = firstYear ? [] : changeSegments(id, comparison);
      segments = fillTemplate(lang, KPI_SENTENCE[id].some, { value: valueFigure, hubs, change });
      // No change to state: the comma that would lead to it goes.
      const last = segments.at(-1);
      if (change.length === 0 && typeof last === 'string')
        segments[segments.length - 1] = last.replace(/, $/, '');
    }
    if (id === 'distributionProducts' && current.value > 0) segments.push(...leadersSegments(input));
    if (id === 'ocopProducts' && current.value > 0) segments.push(...groupSegments(input));
    if (id === 'events' && current.value > 0) segments.push(...notableSegments(input));
    sentences.push({ id, segments });
  }

  const targets = targetSegments(input);
  if (targets) sentences.push({ id: 'targets', segments: targets });

  // Illustrative figures are said so in words: once for the paragraph when every figure is (at least
  // partly), else per sentence, where the contrast with the real figures beside them matters.
  const all = sentences.flatMap((s) => figuresOf(s.segments));
  const wholly = all.length > 0 && all.every((f) => f.illustrative === 'all');
  const mixed = !wholly && all.length > 0 && all.every((f) => f.illustrative !== 'none');
  const shares = sentences.map((s) => shareOf(figuresOf(s.segments)));
  if (!wholly && !mixed) {
    sentences.forEach((sentence, i) => {
      const share = shares[i];
      if (i === 0 || share === 'none') return; // the first sentence says it in its opener
      sentence.segments = [
        t(share === 'all' ? 'summaryIllustrativeAll' : 'summaryIllustrativePart'),
        ...mapFirstText(sentence.segments, lowerFirst),
      ];
    });
  }

  // The first sentence opens with the year and the filters in words.
  const scopeFilters: FilterState = { ...filters, yearFrom: null, yearTo: null };
  const scopeText = describeFilters(scopeFilters, lang);
  const scoped =
    scopeFilters.layout !== DEFAULT_FILTERS.layout ||
    scopeFilters.regions.length + scopeFilters.provinces.length + scopeFilters.groups.length > 0 ||
    scopeFilters.stars.length + scopeFilters.destinations.length > 0;
  let opener = scoped
    ? t('summaryOpenerScope', { year, scope: lowerFirst(scopeText) })
    : t('summaryOpener', { year });
  if (firstYear) opener = t('summaryOpenerFirstYear', { opener });
  const firstShare = wholly ? 'all' : mixed ? 'mixed' : shares[0];
  if (firstShare === 'mixed') opener = t('summaryOpenerIllustrativeMixed', { opener });
  if (firstShare === 'all') opener = t('summaryOpenerIllustrative', { opener });
  if (firstShare === 'part') opener = t('summaryOpenerIllustrativePart', { opener });
  const first = sentences[0];
  if (first) first.segments = [`${opener}, `, ...mapFirstText(first.segments, lowerFirst)];

  // Filters that do not narrow every figure are said to, so no figure reads as narrower than it is.
  const notes: MessageKey[] = [];
  if (filters.stars.length > 0) notes.push('summaryNoteStars');
  if (filters.groups.length > 0) notes.push('summaryNoteGroups');
  if (filters.destinations.length > 0) notes.push('summaryNoteDestinations');
  if (first) for (const key of notes) sentences.push({ id: `note:${key}`, segments: [t(key)] });

  const finished = sentences.map((s) => ({
    id: s.id,
    segments: [...mapFirstText(s.segments, upperFirst), '.'],
  }));
  const used = new Set(finished.flatMap((s) => figuresOf(s.segments).map((f) => f.dataset)));
  return {
    year,
    sentences: finished,
    datasets: DATASET_ORDER.filter((d) => used.has(d)),
    illustrative: all.some((f) => f.illustrative !== 'none'),
  };
}

/** "; dẫn đầu là Ninh Bình (539 sản phẩm), Đồng Tháp (539) và Cà Mau (434)" — the top-partners chart's first three. */
function leadersSegments(input: SummaryInput): SummarySegment[] {
  const { lang, year, filters } = input;
  // One province chosen: it is the whole paragraph's subject, so there is no one to lead.
  // A partner whose province was not stated has no name to give, and does not lead.
  const named = input.partners.filter((p) => p.unitKey && (lang === 'vi' ? p.name : p.nameEn));
  if (filters.provinces.length === 1 || named.length < 2) return [];
  const items = named.slice(0, 3).map((p, i): SummarySegment[] => {
    const value = p.toHcmc + p.toHanoi;
    const name = lang === 'vi' ? p.name : p.nameEn;
    const figure: SummaryFigure = {
      id: `partner:${p.unitKey}`,
      text: formatNumber(lang, value),
      value,
      label: `${name}: ${translate(lang, 'kpiDistributionProducts')}, ${year}`,
      dataset: 'distribution',
      illustrative: illustrativeShare(p.illustrative, value),
    };
    const mark = p.postMerger ? `${translate(lang, 'postMergerMark')}; ` : '';
    const unit =
      i === 0 ? ` ${translate(lang, value === 1 ? 'summaryUnitProductsOne' : 'summaryUnitProducts')}` : '';
    return [`${name} (${mark}`, figure, `${unit})`];
  });
  return fillTemplate(lang, 'summaryLeaders', { list: listSegments(lang, items) });
}

/** "; nhiều nhất là nhóm thực phẩm (1.533 sản phẩm) và đồ uống (398)". */
function groupSegments(input: SummaryInput): SummarySegment[] {
  const { lang, year } = input;
  // Only the groups of the decision are named: a group a loaded file left empty is not one.
  const groups = input.groups.filter(
    (g) => PRODUCT_GROUPS.some((c) => c.id === g.group) && g.group !== 'unspecified' && g.products > 0,
  );
  if (input.filters.groups.length === 1 || groups.length < 2) return [];
  const items = groups.slice(0, 2).map((g, i): SummarySegment[] => {
    const name = choiceLabel(PRODUCT_GROUPS, g.group, lang);
    const figure: SummaryFigure = {
      id: `group:${g.group}`,
      text: formatNumber(lang, g.products),
      value: g.products,
      label: `${translate(lang, 'kpiOcopProducts')}: ${name}, ${year}`,
      dataset: 'ocop',
      illustrative: illustrativeShare(g.illustrative, g.products),
    };
    const unit =
      i === 0
        ? ` ${translate(lang, g.products === 1 ? 'summaryUnitProductsOne' : 'summaryUnitProducts')}`
        : '';
    return [`${name.toLowerCase()} (`, figure, `${unit})`];
  });
  return fillTemplate(lang, 'summaryGroups', { list: listSegments(lang, items) });
}

/** The year's most notable event: the most MoUs signed, then the most products shown. */
function notableSegments(input: SummaryInput): SummarySegment[] {
  const { lang, year } = input;
  const ofYear = input.events.filter((e) => e.date.startsWith(`${year}-`));
  const score = (e: TradeEvent) => [e.mousSigned ?? -1, e.productsShown ?? -1, e.businesses ?? -1];
  const notable = [...ofYear].sort((a, b) => {
    const [sa, sb] = [score(a), score(b)];
    for (let i = 0; i < sa.length; i++) if ((sa[i] ?? 0) !== (sb[i] ?? 0)) return (sb[i] ?? 0) - (sa[i] ?? 0);
    return a.date.localeCompare(b.date);
  })[0];
  if (!notable) return [];
  const figure = (id: string, value: number, what: MessageKey): SummaryFigure => ({
    id,
    text: formatNumber(lang, value),
    value,
    label: `${notable.name}: ${translate(lang, what)}`,
    dataset: 'events',
    illustrative: notable.dataKind === 'illustrative' ? 'all' : 'none',
  });
  const extra =
    notable.mousSigned !== null && notable.mousSigned > 0
      ? fillTemplate(lang, 'summaryNotableMous', {
          mous: figure('event:mous', notable.mousSigned, 'kpiMous'),
        })
      : notable.productsShown !== null && notable.productsShown > 0
        ? fillTemplate(lang, 'summaryNotableProducts', {
            products: figure('event:products', notable.productsShown, 'summaryUnitProducts'),
          })
        : [];
  return fillTemplate(lang, 'summaryNotable', {
    name: notable.name,
    place: (lang === 'vi' ? notable.hostName : notable.hostNameEn) ?? '',
    date: formatDate(lang, new Date(`${notable.date}T00:00:00`)),
    extra,
  });
}

/** Progress against the year's targets: the national ones, else one province's, else how many were met. */
function targetSegments(input: SummaryInput): SummarySegment[] | null {
  const { lang, year, filters } = input;
  // Only the metrics the dashboard knows: a loaded targets file may name others.
  const targets = input.targets.filter((r) => r.metric in TARGET_TEXT);
  if (targets.length === 0) return null;
  const national = targets.filter((r) => r.unitKey === 'all');
  const units = new Set(targets.map((r) => r.unitKey));
  const rows = national.length > 0 ? national : units.size === 1 ? targets : null;
  const partial =
    filters.stars.length + filters.groups.length + filters.destinations.length > 0
      ? [translate(lang, 'summaryTargetsTotals')]
      : [];
  if (!rows) {
    const reached = targets.filter((r) => r.target > 0 && r.actual >= r.target).length;
    return [
      ...fillTemplate(lang, 'summaryTargetsMany', {
        year,
        reached: formatNumber(lang, reached),
        total: formatNumber(lang, targets.length),
      }),
      ...partial,
    ];
  }
  const items = rows
    .filter((r) => r.target > 0)
    .map((r): SummarySegment[] => {
      const metric = translate(lang, TARGET_TEXT[r.metric]);
      const share: IllustrativeShare = r.illustrative ? 'all' : 'none';
      const base = {
        label: `${metric}, ${year}`,
        dataset: 'targets' as const,
        illustrative: share,
      };
      return fillTemplate(lang, r.actual > r.target ? 'summaryTargetItemOver' : 'summaryTargetItem', {
        metric,
        pct: {
          ...base,
          id: `target:${r.metric}:ratio`,
          text: formatPercent(lang, r.actual / r.target),
          value: r.actual / r.target,
        },
        actual: {
          ...base,
          id: `target:${r.metric}:actual`,
          text: formatNumber(lang, r.actual),
          value: r.actual,
        },
        target: {
          ...base,
          id: `target:${r.metric}:target`,
          text: formatNumber(lang, r.target),
          value: r.target,
        },
      });
    });
  if (items.length === 0) return null;
  const only = rows[0];
  const place =
    national.length === 0 && only
      ? translate(lang, 'summaryTargetPlace', {
          place: (lang === 'vi' ? only.name : only.nameEn) ?? only.unitKey,
        })
      : '';
  return [
    ...fillTemplate(lang, 'summaryTargets', { year, place, list: listSegments(lang, items) }),
    ...partial,
  ];
}

/** The paragraph as plain text: what a reporter pastes into a draft. */
export function summaryText(summary: YearSummary): string {
  return summary.sentences
    .map((s) => s.segments.map((seg) => (typeof seg === 'string' ? seg : seg.text)).join(''))
    .join(' ');
}
