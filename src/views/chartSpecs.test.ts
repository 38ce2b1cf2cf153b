import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { type AnyChartSpec, type ChartTable, chartContext } from '../charts/chartSpec';
import { loadScope } from '../charts/loadScope';
import { sankeyTotal } from '../charts/mou-sankey/option';
import { drawnMous, type MouSankeyData } from '../charts/mou-sankey/spec';
import { DISTRIBUTION_CHARTS } from '../charts/pages/distributionData';
import { LINKAGES_CHARTS } from '../charts/pages/linkagesData';
import { OVERVIEW_CHARTS } from '../charts/pages/overviewCharts';
import { provinceMapChart } from '../charts/province-map/spec';
import { provinceOcopChart } from '../charts/province-ocop/spec';
import { runSql, type Sql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import type { Lang } from '../i18n/messages';
import { distributionFacts, eventFacts, mouFacts, ocopFacts } from '../queries/facts';

/**
 * Every chart of the app, drawn from its spec: each has a table (its CSV export) whose figures are the
 * figures of the SQL over the same filters, run here in DuckDB's Node build, and words for its alt text.
 */

const db = bundledDatabaseForFile();

const FILTERS = DEFAULT_FILTERS;
/** Hà Nội's page: the province chart needs a focused province. */
const HANOI: FilterState = { ...DEFAULT_FILTERS, focus: '01' };

async function total(query: Sql): Promise<number> {
  const [row] = await runSql<{ n: number | null }>(db, query);
  return Number(row?.n ?? 0);
}
const sumOf = (table: ChartTable, key: string) =>
  table.rows.reduce((sum, row) => sum + (typeof row[key] === 'number' ? (row[key] as number) : 0), 0);

const ALL: readonly AnyChartSpec[] = [
  ...OVERVIEW_CHARTS,
  ...DISTRIBUTION_CHARTS,
  ...LINKAGES_CHARTS,
  provinceMapChart,
  provinceOcopChart,
];

async function drawn(spec: AnyChartSpec, filters: FilterState, lang: Lang = 'vi', params?: unknown) {
  const data = await spec.load(loadScope(db, filters), params);
  const ctx = chartContext(lang, filters, 800);
  return { data, ctx, table: spec.table(data, ctx) as ChartTable, alt: spec.altText(data, ctx) as string };
}

describe('every chart is a spec with its table and its words', () => {
  it('lists ten charts, each id once', () => {
    expect(ALL).toHaveLength(10);
    expect(new Set(ALL.map((s) => s.id)).size).toBe(ALL.length);
  });

  it.each(ALL.map((spec) => [spec.id, spec] as const))(
    '%s: a table with rows, headed in both languages, and words',
    async (_id, spec) => {
      const params = spec === provinceMapChart ? { metric: 'ocopProducts', mode: 'level' } : undefined;
      const filters = spec === provinceOcopChart ? HANOI : FILTERS;
      for (const lang of ['vi', 'en'] as const) {
        const { data, ctx, table, alt } = await drawn(spec, filters, lang, params);
        expect(table.rows.length).toBeGreaterThan(0);
        const keys = table.columns.map((c) => c.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of table.columns) expect(c.label.trim()).not.toBe('');
        expect(alt.length).toBeGreaterThan(20);
        expect(alt).not.toBe(ctx.t('exportAltNoData'));
        // The option builds without throwing and the card's frame words exist.
        expect(spec.option(data, ctx)).toBeTypeOf('object');
        expect(spec.title(data, ctx)).not.toBe('');
      }
    },
  );
});

describe('the figures of every chart’s CSV are the SQL’s', () => {
  it('OCOP by star: every product of the filtered years', async () => {
    const [star] = OVERVIEW_CHARTS;
    const { table } = await drawn(star as AnyChartSpec, FILTERS);
    expect(sumOf(table, 'exportColProducts')).toBe(
      await total(sql`SELECT sum(products) AS n FROM ${ocopFacts(FILTERS)}`),
    );
  });

  it('linkage trend: MoUs and products in the hubs, year by year', async () => {
    const { table } = await drawn(OVERVIEW_CHARTS[1] as AnyChartSpec, FILTERS);
    expect(sumOf(table, 'exportColMous')).toBe(
      await total(sql`SELECT sum(mous) AS n FROM ${mouFacts(FILTERS)}`),
    );
    expect(sumOf(table, 'exportColDistribution')).toBe(
      await total(
        sql`SELECT sum(products) AS n FROM ${distributionFacts(FILTERS)} WHERE hub_code IS NOT NULL`,
      ),
    );
  });

  it('top partners and origins: one partner rule (products entering a hub from outside it)', async () => {
    const origins = await drawn(DISTRIBUTION_CHARTS[0] as AnyChartSpec, FILTERS);
    const year = (origins.data as { year: number }).year;
    const entering = await total(
      sql`SELECT sum(products) AS n FROM ${distributionFacts(FILTERS)}
        WHERE year = ${year} AND hub_code IS NOT NULL AND unit_code <> hub_code`,
    );
    expect(sumOf(origins.table, 'exportColTotal')).toBe(entering);
    // The overview ranks the same partners, its first ten.
    const top = await drawn(OVERVIEW_CHARTS[2] as AnyChartSpec, FILTERS);
    expect(top.table.rows).toEqual(origins.table.rows.slice(0, 10));
  });

  it('distributors and channels: each year’s products in the hubs, whatever the split', async () => {
    for (const spec of DISTRIBUTION_CHARTS.slice(1)) {
      const { table } = await drawn(spec, FILTERS);
      expect(sumOf(table, 'exportColProducts')).toBe(
        await total(
          sql`SELECT sum(products) AS n FROM ${distributionFacts(FILTERS)} WHERE hub_code IN ('79', '01')`,
        ),
      );
    }
  });

  it('MoU flows: every MoU with a named partner and a hub; events: every event', async () => {
    const [sankey, timeline] = LINKAGES_CHARTS as [AnyChartSpec, AnyChartSpec];
    const flows = await drawn(sankey, FILTERS);
    // The count under the diagram is what it draws.
    expect(drawnMous(flows.data as MouSankeyData)).toBe(sankeyTotal(sankey.option(flows.data, flows.ctx)));
    const undrawn = (flows.data as { undrawn: { mous: number }[] }).undrawn.reduce((s, u) => s + u.mous, 0);
    expect(sumOf(flows.table, 'exportColMous') + undrawn).toBe(
      await total(sql`SELECT sum(mous) AS n FROM ${mouFacts(FILTERS)}`),
    );
    const events = await drawn(timeline, FILTERS);
    expect(events.table.rows).toHaveLength(
      await total(sql`SELECT count(*) AS n FROM ${eventFacts(FILTERS)}`),
    );
  });

  it('the map: every unit’s products of the year shown', async () => {
    const { data, table } = await drawn(provinceMapChart, FILTERS, 'vi', {
      metric: 'ocopProducts',
      mode: 'level',
    });
    const year = (data as { year: number }).year;
    const notShown = (data as { placed: { notShown: { value: number } } }).placed.notShown.value;
    expect(sumOf(table, 'current') + notShown).toBe(
      await total(
        sql`SELECT sum(products) AS n FROM ${ocopFacts({ ...FILTERS, year })} WHERE year = ${year}`,
      ),
    );
  });

  it('the province page: Hà Nội’s products by star, the real 2020 figures among them', async () => {
    const { table } = await drawn(provinceOcopChart, HANOI);
    const rows2020 = table.rows
      .filter((r) => r.exportColYear === 2020)
      .map((r) => [r.exportColStar, r.exportColProducts]);
    // The real 88 / 207 / 6 of mid-2020 and the rest of the year's ratings: 1,054 in 2019–2020, 4 five-star.
    const real = { '3 sao': 88, '4 sao': 207, 'Tiềm năng 5 sao': 6 } as Record<string, number>;
    for (const [star, n] of rows2020) expect(n).toBeGreaterThanOrEqual(real[String(star)] ?? 0);
    expect(rows2020.map(([star]) => star)).toEqual(['3 sao', '4 sao', '5 sao', 'Tiềm năng 5 sao']);
    expect(rows2020.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(1054);
  });
});
