import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../../e2e/fixtures/database';
import { runSql, sql } from '../../db/sql';
import { regionLabel } from '../../filters/filterNames';
import { DEFAULT_FILTERS } from '../../filters/filterState';
import { csvForReader } from '../../model/csv';
import { kpiSeries } from '../../queries/overviewMetrics';
import {
  type ProvinceTable,
  type ProvinceTableRow,
  provinceTable,
  provinceTableSql,
} from '../../queries/provinceTable';
import {
  COLUMN_ORDER,
  type ProvinceColumnId,
  type ProvinceTableLabels,
  provinceColumns,
  provinceFeatures,
  shownTable,
  shownTableCsvRows,
} from './provincesTableModel';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const labels: ProvinceTableLabels = {
  lang: 'vi',
  header: Object.fromEntries(COLUMN_ORDER.map((id) => [id, `h:${id}`])) as Record<ProvinceColumnId, string>,
  regionName: (id) => regionLabel(id, 'vi'),
  real: 'Thực',
  illustrative: 'Minh họa',
  postMerger: 'sau sáp nhập',
  groupLabel: (region, count) => `${region} (${count})`,
  totalLabel: (count) => `Tổng cộng (${count})`,
};

function tableOf(data: readonly ProvinceTableRow[]) {
  return constructTable({
    // Outside React the table needs plain store reactivity (useTable adds React's own).
    features: {
      ...provinceFeatures,
      coreReactivityFeature: storeReactivityBindings(),
    } as typeof provinceFeatures,
    columns: provinceColumns(labels),
    data: data as ProvinceTableRow[],
    getRowId: (r) => r.unitKey,
    initialState: { expanded: true },
  });
}

const keys = (t: ReturnType<typeof tableOf>) =>
  shownTable(t, labels).rows.map((r) => (r.kind === 'group' ? `group:${r.region}` : r.id));

describe('the provinces table model on all bundled data', () => {
  const db = bundledDatabaseForFile();
  let data: ProvinceTable;
  beforeAll(async () => {
    data = await provinceTable(db, FILTERS_63);
  });

  const sqlKeys = async (orderBy: ReturnType<typeof sql>) =>
    (
      await runSql<{ unitKey: string }>(
        db,
        sql`SELECT "unitKey" FROM (${provinceTableSql(FILTERS_63, data.year, { orderBy })})`,
      )
    ).map((r) => r.unitKey);

  it('shows the rows in the SQL’s order until a column is sorted', () => {
    expect(keys(tableOf(data.rows))).toEqual(data.rows.map((r) => r.unitKey));
  });

  it('sorts numbers numerically, descending first, as ORDER BY does in SQL', async () => {
    const t = tableOf(data.rows);
    t.getColumn('ocopTotal')?.toggleSorting();
    expect(t.atoms.sorting.get()).toEqual([{ id: 'ocopTotal', desc: true }]);
    // The SQL ORDER BY keeps the yearbook order among equal totals, as the table does.
    const inSql = await runSql<{ unitKey: string }>(
      db,
      sql`SELECT "unitKey" FROM (${provinceTableSql(FILTERS_63, data.year, { orderBy: sql`"ocopTotal" DESC` })})`,
    );
    expect(keys(t)).toEqual(inSql.map((r) => r.unitKey));
    expect(keys(t)).toEqual(await sqlKeys(sql`"ocopTotal" DESC`));
  });

  it('puts empty figures last whichever way a column is sorted', () => {
    const t = tableOf(data.rows);
    t.setSorting([{ id: 'ocopYear', desc: false }]);
    const asc = shownTable(t, labels).rows.map((r) => r.province?.ocopYear);
    t.setSorting([{ id: 'ocopYear', desc: true }]);
    const desc = shownTable(t, labels).rows.map((r) => r.province?.ocopYear);
    for (const order of [asc, desc]) {
      const firstEmpty = order.indexOf(null);
      expect(firstEmpty).toBeGreaterThan(0);
      expect(order.slice(firstEmpty).every((v) => v === null)).toBe(true);
    }
  });

  it('sorts names in Vietnamese alphabetical order: Đ after D, not after Z', () => {
    const t = tableOf(data.rows.filter((r) => !r.postMerger));
    t.getColumn('name')?.toggleSorting(false);
    const names = shownTable(t, labels).rows.map((r) => r.province?.name ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const index = (name: string) => names.indexOf(name);
    expect(index('Điện Biên')).toBeGreaterThan(index('Đà Nẵng'));
    expect(index('Đà Nẵng')).toBeGreaterThan(index('Cần Thơ'));
    expect(index('Đồng Tháp')).toBeLessThan(index('Gia Lai'));
    expect(index('Yên Bái')).toBe(names.length - 1);
  });

  it('groups by region with subtotals equal to SQL sums, and totals equal to the KPIs', async () => {
    const t = tableOf(data.rows);
    t.setGrouping(['region']);
    const shown = shownTable(t, labels);
    const groups = shown.rows.filter((r) => r.kind === 'group');
    expect(groups.map((g) => g.region)).toEqual(['TDMNPB', 'DBSH', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL']);
    const sums = await runSql<{ region: string; n: number; ocop: number; mous: number; hcmc: number }>(
      db,
      sql`SELECT region, count(*)::INTEGER AS n, sum("ocopTotal")::INTEGER AS ocop, sum(mous)::INTEGER AS mous,
          sum("toHcmc")::INTEGER AS hcmc
        FROM (${provinceTableSql(FILTERS_63, data.year)}) GROUP BY region`,
    );
    const column = (id: ProvinceColumnId) => shown.columns.findIndex((c) => c.id === id);
    for (const group of groups) {
      const expected = sums.find((s) => s.region === group.region);
      expect(group.count).toBe(expected?.n);
      expect(group.cells[column('ocopTotal')]).toBe(expected?.ocop);
      expect(group.cells[column('mous')]).toBe(expected?.mous);
      expect(group.cells[column('toHcmc')]).toBe(expected?.hcmc);
      expect(group.cells[0]).toBe(`${regionLabel(group.region ?? '', 'vi')} (${expected?.n})`);
    }
    // Every province follows its group row while the groups are open.
    expect(shown.rows).toHaveLength(groups.length + data.rows.length);
    const series = await kpiSeries(db, FILTERS_63);
    const at = (year: number) => series.ocopProducts.find((s) => s.year === year)?.value ?? 0;
    const year = data.year ?? 0;
    expect(shown.total.cells[column('ocopTotal')]).toBe(series.ocopProducts.reduce((n, s) => n + s.value, 0));
    expect(shown.total.cells[column('ocopYear')]).toBe(at(year));
    expect(shown.total.cells[column('ocopChange')]).toBe(at(year) - at(year - 1));
    expect(shown.total.cells[0]).toBe(`Tổng cộng (${data.rows.length})`);
  });

  it('sorts the groups by their subtotals and the provinces within each group', () => {
    const t = tableOf(data.rows);
    t.setGrouping(['region']);
    t.setSorting([{ id: 'mous', desc: true }]);
    const shown = shownTable(t, labels);
    const mous = shown.columns.findIndex((c) => c.id === 'mous');
    const groupValues = shown.rows.filter((r) => r.kind === 'group').map((r) => r.cells[mous] as number);
    expect(groupValues).toEqual([...groupValues].sort((a, b) => b - a));
    let previousGroup = '';
    let previous = Number.POSITIVE_INFINITY;
    for (const row of shown.rows) {
      if (row.kind === 'group') {
        previousGroup = row.region ?? '';
        previous = Number.POSITIVE_INFINITY;
        continue;
      }
      expect(row.province?.region).toBe(previousGroup);
      expect(row.province?.mous ?? 0).toBeLessThanOrEqual(previous);
      previous = row.province?.mous ?? 0;
    }
  });

  it('collapses a group to its subtotal row', () => {
    const t = tableOf(data.rows);
    t.setGrouping(['region']);
    t.setExpanded({ 'region:DBSH': false, 'region:TN': true });
    const shown = shownTable(t, labels);
    expect(shown.rows.filter((r) => r.province?.region === 'DBSH')).toEqual([]);
    expect(shown.rows.filter((r) => r.province?.region === 'TN').length).toBeGreaterThan(0);
    expect(shown.rows.find((r) => r.region === 'DBSH')?.expanded).toBe(false);
  });

  it('filters names without caring for diacritics, and totals only what is left', () => {
    const t = tableOf(data.rows);
    t.getColumn('name')?.setFilterValue('soc trang');
    const shown = shownTable(t, labels);
    expect(shown.rows.map((r) => r.province?.name)).toEqual(['Sóc Trăng']);
    expect(shown.total.cells[shown.columns.findIndex((c) => c.id === 'ocopTotal')]).toBe(
      data.rows.find((r) => r.code === '94' && !r.postMerger)?.ocopTotal,
    );
    t.getColumn('name')?.setFilterValue('Cần Thơ');
    expect(shownTable(t, labels).rows.map((r) => r.cells[1])).toEqual(['Cần Thơ', 'Cần Thơ (sau sáp nhập)']);
  });

  it('exports exactly the visible columns, in order, and the rows shown, with a BOM', () => {
    const t = tableOf(data.rows);
    t.setColumnVisibility({
      code: false,
      star3: false,
      star4: false,
      star5: false,
      starPotential5: false,
      starProposed5: false,
    });
    t.getColumn('ocopTotal')?.toggleSorting();
    const shown = shownTable(t, labels);
    const rows = shownTableCsvRows(shown);
    expect(rows[0]).toEqual(
      COLUMN_ORDER.filter(
        (id) => !['code', 'star3', 'star4', 'star5', 'starPotential5', 'starProposed5'].includes(id),
      ).map((id) => `h:${id}`),
    );
    expect(rows).toHaveLength(1 + data.rows.length + 1);
    const top = [...data.rows].sort((a, b) => b.ocopTotal - a.ocopTotal)[0];
    expect(rows[1]?.[0]).toBe(top?.postMerger ? `${top.name} (sau sáp nhập)` : top?.name);
    const text = csvForReader(rows, 'vi');
    expect(text.startsWith('\uFEFF"h:name";"h:region";"h:ocopTotal"')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(rows.length);
  });
});
