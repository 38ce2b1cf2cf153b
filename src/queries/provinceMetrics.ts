import type { Database } from '../db/database';
import { raw, runSql, type Sql, sql } from '../db/sql';
import { DESTINATIONS, type FilterState } from '../filters/filterState';
import type { Layout } from '../model/provinces';
import { type Dimension, distributionFacts, type FactOptions, mouFacts, ocopFacts } from './facts';

/** The measures a province can be compared by (the map's metric choice). */
export const PROVINCE_METRIC_IDS = [
  'ocopProducts',
  'ocopStar3',
  'ocopStar4',
  'ocopStar5',
  'ocopPotential5',
  'ocopProposed5',
  'mous',
  'distributionProducts',
  'distributionHcmc',
  'distributionHanoi',
] as const;
export type ProvinceMetricId = (typeof PROVINCE_METRIC_IDS)[number];

interface MetricSpec {
  readonly facts: (filters: FilterState, options?: FactOptions) => Sql;
  readonly measure: 'products' | 'mous';
  /** Rows the metric counts, within the filtered facts. */
  readonly condition?: Sql;
  /**
   * Filters the metric itself decides: a star metric picks its star whatever the star filter says,
   * a hub metric its hub whatever the destination filter says.
   */
  readonly decides?: readonly Dimension[];
}

const star = (id: string): MetricSpec => ({
  facts: ocopFacts,
  measure: 'products',
  condition: sql`star = ${id}`,
  decides: ['stars'],
});
const hub = (code: string): MetricSpec => ({
  facts: distributionFacts,
  measure: 'products',
  condition: sql`hub_code = ${code}`,
  decides: ['destinations'],
});

const METRICS: Readonly<Record<ProvinceMetricId, MetricSpec>> = {
  ocopProducts: { facts: ocopFacts, measure: 'products' },
  ocopStar3: star('3'),
  ocopStar4: star('4'),
  ocopStar5: star('5'),
  ocopPotential5: star('potential-5'),
  ocopProposed5: star('proposed-5'),
  // MoUs are attributed to the partner province (see mouFacts).
  mous: { facts: mouFacts, measure: 'mous' },
  // Products in HCMC's or Hanoi's channels, as the overview's KPI counts them.
  distributionProducts: {
    facts: distributionFacts,
    measure: 'products',
    condition: sql`hub_code IS NOT NULL`,
  },
  distributionHcmc: hub(DESTINATIONS.hcmc),
  distributionHanoi: hub(DESTINATIONS.hanoi),
};

/** Which dataset a metric reads, for its source line. */
export function metricDataset(metric: ProvinceMetricId): 'ocop' | 'mous' | 'distribution' {
  const facts = METRICS[metric].facts;
  return facts === ocopFacts ? 'ocop' : facts === mouFacts ? 'mous' : 'distribution';
}

/**
 * The facts behind a metric. Every province is compared, so the province filter does not narrow them
 * (a view marks the selected provinces instead); every other filter applies.
 */
function metricFacts(filters: FilterState, metric: ProvinceMetricId): Sql {
  const spec = METRICS[metric];
  const facts = spec.facts(filters, { skip: ['provinces', ...(spec.decides ?? [])] });
  return spec.condition ? sql`(SELECT * FROM ${facts} WHERE ${spec.condition})` : facts;
}

/** One unit of the active layout: its value in a year and in the year before. */
export interface ProvinceMetricRow {
  readonly unitKey: string;
  readonly unitCode: string;
  readonly unitLayout: Layout;
  readonly name: string;
  readonly nameEn: string;
  /** Keyed by a new (34) unit while the 63 layout is shown: it cannot be placed on an old province. */
  readonly postMerger: boolean;
  /** null: no row for this unit in that year (no data, which is not zero). */
  readonly value: number | null;
  readonly illustrative: number;
  readonly previous: number | null;
  readonly previousIllustrative: number;
}

/**
 * A metric per unit of the active layout for `year`, with the year before for comparisons. Units with
 * rows in neither year are absent. Post-merger units come back flagged, never split among old units.
 */
export async function provinceMetric(
  db: Database,
  filters: FilterState,
  metric: ProvinceMetricId,
  year: number,
): Promise<ProvinceMetricRow[]> {
  const m = raw(METRICS[metric].measure);
  const previousYear = year - 1;
  const inYear = (y: number) => sql`year = ${y}`;
  const valueIn = (y: number) =>
    sql`CASE WHEN count(*) FILTER (WHERE ${inYear(y)}) > 0 THEN coalesce(sum(${m}) FILTER (WHERE ${inYear(y)}), 0)::INTEGER END`;
  const illustrativeIn = (y: number) =>
    sql`coalesce(sum(${m}) FILTER (WHERE ${inYear(y)} AND data_kind = ${'illustrative'}), 0)::INTEGER`;
  return runSql<ProvinceMetricRow>(
    db,
    sql`SELECT unit_key AS "unitKey", unit_code AS "unitCode", unit_layout AS "unitLayout",
        any_value(unit_name) AS name, any_value(unit_name_en) AS "nameEn", bool_or(post_merger) AS "postMerger",
        ${valueIn(year)} AS value, ${illustrativeIn(year)} AS illustrative,
        ${valueIn(previousYear)} AS previous, ${illustrativeIn(previousYear)} AS "previousIllustrative"
      FROM ${metricFacts(filters, metric)}
      WHERE year IN ${[previousYear, year]} AND unit_key IS NOT NULL
      GROUP BY unit_key, unit_code, unit_layout
      ORDER BY unit_key`,
  );
}

/** The distinct sources of the real figures a metric shows for these years (for the map's source line). */
export async function provinceMetricSources(
  db: Database,
  filters: FilterState,
  metric: ProvinceMetricId,
  years: readonly number[],
): Promise<string[]> {
  if (years.length === 0) return [];
  const rows = await runSql<{ source: string }>(
    db,
    sql`SELECT DISTINCT source FROM ${metricFacts(filters, metric)}
      WHERE year IN ${years} AND data_kind = ${'real'} AND source IS NOT NULL ORDER BY source`,
  );
  return rows.map((r) => r.source);
}
