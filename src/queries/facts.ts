import { type FactTable, HUB_KEYS_34, HUB_LIST } from '../db/materializeFacts';
import { raw, type Sql, sql, where } from '../db/sql';
import { FILTER_DIMENSIONS, type FilterCondition } from '../filters/filterRegistry';
import type { FilterState } from '../filters/filterState';

/**
 * The filtered rows behind every metric, one function per dataset. Each returns a subquery whose rows
 * carry the province they are shown under in the active layout (via unit_map: the 34 layout rolls the
 * 63 up; the 63 layout keeps post-merger rows under their new unit, flagged post_merger), the year,
 * the measure and whether the row is real or illustrative. Metrics aggregate these; nothing else in
 * the app reads the dataset tables. The subqueries read the facts_* tables db/materializeFacts.ts builds.
 */

/** The province a metric's row is shown under, in the active layout (the UNIT_COLUMNS of the facts). */
export interface UnitOfRow {
  readonly unitKey: string;
  readonly unitCode: string;
  readonly unitLayout: string;
  readonly name: string;
  readonly nameEn: string;
  /** A unit formed on 1 July 2025, shown in the 63 layout. */
  readonly postMerger: boolean;
}

/** The filter dimensions that keep or drop rows; a dataset lists those it has (mous have no stars). */
export type Dimension = 'years' | 'provinces' | 'regions' | 'groups' | 'stars' | 'destinations';

/** A condition declared in filters/filterRegistry.ts, as SQL with bound values. */
function conditionSql(condition: FilterCondition): Sql[] {
  if (condition.kind === 'range') {
    return [
      ...(condition.from === null ? [] : [sql`year >= ${condition.from}`]),
      ...(condition.to === null ? [] : [sql`year <= ${condition.to}`]),
    ];
  }
  const column = raw(condition.column);
  const layout = condition.layout === undefined ? [] : [sql`unit_layout = ${condition.layout}`];
  return [...layout, sql`${column} IN ${condition.values}`];
}

/** Conditions on the columns of a fact subquery, for the dimensions that dataset has. */
function dimensionConditions(
  filters: FilterState,
  dimensions: readonly Dimension[],
  skip: readonly Dimension[],
): Sql[] {
  return FILTER_DIMENSIONS.flatMap((d) => {
    const id = d.id as Dimension;
    if (!dimensions.includes(id) || skip.includes(id)) return [];
    const condition = d.condition?.(filters);
    return condition ? conditionSql(condition) : [];
  });
}

function filtered(
  table: FactTable,
  filters: FilterState,
  dimensions: readonly Dimension[],
  skip: readonly Dimension[],
): Sql {
  // One subquery over the table: the layout and the filters in one WHERE.
  const conditions = [
    sql`view_layout = ${filters.layout}`,
    ...dimensionConditions(filters, dimensions, skip),
  ];
  return sql`(SELECT * EXCLUDE (view_layout) FROM ${raw(table)} ${where(conditions)})`;
}

export interface FactOptions {
  /** Dimensions to leave unfiltered, e.g. a chart that shows every star while the star filter is set. */
  readonly skip?: readonly Dimension[];
}

/** OCOP products per province, year, star, group and source, `products` = how many. Destination does not apply. */
export { HUB_KEYS_34, HUB_LIST };

export function ocopFacts(filters: FilterState, options: FactOptions = {}): Sql {
  return filtered(
    'facts_ocop',
    filters,
    ['years', 'provinces', 'regions', 'groups', 'stars'],
    options.skip ?? [],
  );
}

/** MoUs attributed to the partner province, with the hub involved (see FACT_SOURCES.facts_mous). */
export function mouFacts(filters: FilterState, options: FactOptions = {}): Sql {
  return filtered(
    'facts_mous',
    filters,
    ['years', 'provinces', 'regions', 'destinations'],
    options.skip ?? [],
  );
}

/** Distribution rows attributed to the origin province; `hub_code` is the destination when it is a hub. */
export function distributionFacts(filters: FilterState, options: FactOptions = {}): Sql {
  return filtered(
    'facts_distribution',
    filters,
    ['years', 'provinces', 'regions', 'groups', 'destinations'],
    options.skip ?? [],
  );
}

/** Trade events attributed to the host province; `hub_code` is the host when it is a hub. */
export function eventFacts(filters: FilterState, options: FactOptions = {}): Sql {
  return filtered(
    'facts_events',
    filters,
    ['years', 'provinces', 'regions', 'destinations'],
    options.skip ?? [],
  );
}

/**
 * Provinces taking part in trade events, one row per event and participant. Provinces and regions
 * filter the participant; destinations the host, as in eventFacts.
 */
export function eventParticipantFacts(filters: FilterState, options: FactOptions = {}): Sql {
  return filtered(
    'facts_event_participants',
    filters,
    ['years', 'provinces', 'regions', 'destinations'],
    options.skip ?? [],
  );
}

/** Partner provinces linked to a hub in a year: by an MoU with a named counterpart, or by products on its shelves. */
export function linkFacts(filters: FilterState, options: FactOptions = {}): Sql {
  const columns = raw(
    'year, unit_key, unit_key_34, post_merger, unit_code, unit_name, unit_name_en, region, data_kind',
  );
  return sql`(SELECT ${columns} FROM ${mouFacts(filters, options)}
      WHERE hub_code IS NOT NULL AND counterpart_named AND unit_code NOT IN ${HUB_LIST}
    UNION ALL
    SELECT ${columns} FROM ${distributionFacts(filters, options)}
      WHERE hub_code IS NOT NULL AND unit_code NOT IN ${HUB_LIST})`;
}

/** `sum(x) FILTER (WHERE data_kind = 'illustrative')`, the illustrative share of a measure. */
export function illustrativeSum(measure: string): Sql {
  return sql`coalesce(sum(${raw(measure)}) FILTER (WHERE data_kind = ${'illustrative'}), 0)`;
}
