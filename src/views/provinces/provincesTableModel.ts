/**
 * The provinces table as TanStack Table sees it (features, columns, sorting, filtering, grouping,
 * subtotals) and as the user sees it: `shownTable` turns the table's current row model into the exact
 * cells on screen, which both the body and the CSV export use, so the file cannot differ from the page.
 * No React here: the same model runs under `useTable` and, in tests, under `constructTable`.
 */

import {
  type Column,
  type ColumnDef,
  columnFilteringFeature,
  columnGroupingFeature,
  columnVisibilityFeature,
  constructAggregationFn,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  type Row,
  rowAggregationFeature,
  rowExpandingFeature,
  rowSortingFeature,
  type Table,
  tableFeatures,
} from '@tanstack/table-core';
import type { Lang } from '../../i18n/messages';
import type { CsvCell } from '../../model/csv';
import { nameKey } from '../../model/nameKey';
import type { ProvinceTableRow } from '../../queries/provinceTable';

export const provinceFeatures = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  rowAggregationFeature,
});

export type ProvinceFeatures = typeof provinceFeatures;
export type ProvinceRow = Row<ProvinceFeatures, ProvinceTableRow>;
/** What the helpers below need of a table; `useTable`'s and `constructTable`'s both have it. */
export type ProvinceTableModel = Pick<
  Table<ProvinceFeatures, ProvinceTableRow>,
  'getVisibleLeafColumns' | 'getRowModel' | 'getFilteredRowModel' | 'getColumn'
>;

export const TEXT_COLUMNS = ['code', 'name', 'region', 'dataKind'] as const;
export const NUMBER_COLUMNS = [
  'star3',
  'star4',
  'star5',
  'starPotential5',
  'starProposed5',
  'ocopTotal',
  'ocopYear',
  'ocopChange',
  'mous',
  'toHcmc',
  'toHanoi',
] as const;
export type NumberColumnId = (typeof NUMBER_COLUMNS)[number];
export type ProvinceColumnId = (typeof TEXT_COLUMNS)[number] | NumberColumnId;
/** Column order on screen (and in the CSV). */
export const COLUMN_ORDER: readonly ProvinceColumnId[] = [
  'code',
  'name',
  'region',
  ...NUMBER_COLUMNS,
  'dataKind',
];

export const isNumberColumn = (id: string): id is NumberColumnId =>
  (NUMBER_COLUMNS as readonly string[]).includes(id);

/** Texts the table shows, in the UI language. */
export interface ProvinceTableLabels {
  readonly lang: Lang;
  readonly header: Readonly<Record<ProvinceColumnId, string>>;
  regionName(id: string): string;
  readonly real: string;
  readonly illustrative: string;
  /** Appended to a post-merger unit's name: "Cần Thơ (sau sáp nhập)". */
  readonly postMerger: string;
  groupLabel(regionName: string, count: number): string;
  totalLabel(count: number): string;
}

const collator = new Intl.Collator('vi');

/** The name as shown: in the UI language, post-merger units marked so they are not taken for the old unit. */
export function displayName(
  row: ProvinceTableRow,
  labels: Pick<ProvinceTableLabels, 'lang' | 'postMerger'>,
): string {
  const name = labels.lang === 'vi' ? row.name : row.nameEn;
  return row.postMerger ? `${name} (${labels.postMerger})` : name;
}

const numberValue = (row: ProvinceTableRow, id: NumberColumnId): number | undefined => {
  const value = row[id];
  // Missing figures are undefined for the table: sortUndefined puts them last, subtotals skip them.
  return value === null ? undefined : value;
};

/** Σ of the numbers present; undefined when none is (a column left empty stays empty in subtotals). */
const sumPresent = constructAggregationFn<
  ProvinceFeatures,
  ProvinceTableRow,
  number | undefined,
  number | undefined
>({
  aggregate: ({ rows, getValue }) => {
    let total: number | undefined;
    for (const row of rows) {
      const value = getValue(row);
      if (typeof value === 'number') total = (total ?? 0) + value;
    }
    return total;
  },
});

/**
 * The change of a group or of the whole table: its OCOP in the compared year minus its OCOP the year
 * before, each summed over the rows that have it. In the 63 layout after 2025 no single row has both
 * years (old units end in 2025, new ones start in 2026), but their sums do: the same figure as the
 * overview's KPI card.
 */
const changeOfSums = constructAggregationFn<
  ProvinceFeatures,
  ProvinceTableRow,
  number | undefined,
  number | undefined
>({
  aggregate: ({ rows }) => {
    let current: number | undefined;
    let previous: number | undefined;
    for (const row of rows) {
      const r = row.original;
      if (r.ocopYear !== null) current = (current ?? 0) + r.ocopYear;
      if (r.ocopPrevious !== null) previous = (previous ?? 0) + r.ocopPrevious;
    }
    return current !== undefined && previous !== undefined ? current - previous : undefined;
  },
});

function numericSort(a: ProvinceRow, b: ProvinceRow, columnId: string): number {
  const x = a.getValue<number | undefined>(columnId) ?? 0;
  const y = b.getValue<number | undefined>(columnId) ?? 0;
  return x - y;
}

/** Column definitions for the labels' language and years. */
export function provinceColumns(
  labels: ProvinceTableLabels,
): ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>[] {
  const helper = createColumnHelper<ProvinceFeatures, ProvinceTableRow>();
  const textSort = (value: (r: ProvinceTableRow) => string) => (a: ProvinceRow, b: ProvinceRow) =>
    collator.compare(value(a.original), value(b.original));
  const numberColumns = NUMBER_COLUMNS.map((id) =>
    helper.accessor((r) => numberValue(r, id), {
      id,
      header: labels.header[id],
      sortFn: numericSort,
      sortUndefined: 'last',
      sortDescFirst: true,
      enableGrouping: false,
      enableColumnFilter: false,
      aggregationFn: id === 'ocopChange' ? changeOfSums : sumPresent,
    }),
  );
  const byId = new Map<string, ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>>([
    [
      'code',
      helper.accessor('code', {
        id: 'code',
        header: labels.header.code,
        enableGrouping: false,
        enableColumnFilter: false,
      }) as ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>,
    ],
    [
      'name',
      helper.accessor((r) => displayName(r, labels), {
        id: 'name',
        header: labels.header.name,
        enableHiding: false,
        enableGrouping: false,
        sortFn: textSort((r) => displayName(r, labels)),
        // Diacritics, case and NFC/NFD do not matter: "soc trang" finds Sóc Trăng, as the importer would.
        filterFn: (row: ProvinceRow, _columnId: string, filter: unknown) => {
          const wanted = nameKey(String(filter ?? ''));
          return [row.original.name, row.original.nameEn].some((n) => nameKey(n).includes(wanted));
        },
      }) as ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>,
    ],
    [
      'region',
      helper.accessor('region', {
        id: 'region',
        header: labels.header.region,
        enableColumnFilter: false,
        sortFn: textSort((r) => labels.regionName(r.region)),
      }) as ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>,
    ],
    [
      'dataKind',
      helper.accessor((r) => (r.illustrative ? labels.illustrative : labels.real), {
        id: 'dataKind',
        header: labels.header.dataKind,
        enableGrouping: false,
        enableColumnFilter: false,
        sortFn: textSort((r) => (r.illustrative ? labels.illustrative : labels.real)),
      }) as ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>,
    ],
    ...numberColumns.map(
      (c) => [c.id ?? '', c as ColumnDef<ProvinceFeatures, ProvinceTableRow, unknown>] as const,
    ),
  ]);
  return COLUMN_ORDER.flatMap((id) => byId.get(id) ?? []);
}

/** One row on screen: a region's group row, a province, or the totals. */
export interface ShownRow {
  readonly kind: 'group' | 'province' | 'total';
  readonly id: string;
  /** The province behind a province row. */
  readonly province?: ProvinceTableRow;
  /** A group row's region and whether it is open. */
  readonly region?: string;
  readonly expanded?: boolean;
  readonly count?: number;
  /** One cell per visible column, in order: text, a number, or nothing (shown as "—"). */
  readonly cells: readonly CsvCell[];
}

export interface ShownTable {
  readonly columns: readonly { readonly id: ProvinceColumnId; readonly header: string }[];
  readonly rows: readonly ShownRow[];
  readonly total: ShownRow;
}

function leafCount(row: ProvinceRow): number {
  return row.subRows.length === 0 ? 1 : row.subRows.reduce((n, r) => n + leafCount(r), 0);
}

/** The cells of the current view: visible columns in order, rows in the order the table has them. */
export function shownTable(table: ProvinceTableModel, labels: ProvinceTableLabels): ShownTable {
  const columns = table
    .getVisibleLeafColumns()
    .map((c: Column<ProvinceFeatures, ProvinceTableRow, unknown>) => ({
      id: c.id as ProvinceColumnId,
      header: labels.header[c.id as ProvinceColumnId],
    }));
  const provinceCell = (r: ProvinceTableRow, id: ProvinceColumnId): CsvCell => {
    if (isNumberColumn(id)) return r[id];
    if (id === 'name') return displayName(r, labels);
    if (id === 'region') return labels.regionName(r.region);
    if (id === 'dataKind') return r.illustrative ? labels.illustrative : labels.real;
    return r.code;
  };
  // Aggregated rows (a group, the totals): numbers under number columns, the label in the first column.
  const aggregateCells = (label: string, value: (id: NumberColumnId) => number | undefined): CsvCell[] =>
    columns.map((c, index) => {
      if (isNumberColumn(c.id)) return value(c.id) ?? null;
      return index === 0 ? label : null;
    });
  const rows: ShownRow[] = table.getRowModel().rows.map((row) => {
    if (row.getIsGrouped()) {
      const region = String(row.groupingValue ?? '');
      const count = leafCount(row);
      return {
        kind: 'group',
        id: row.id,
        region,
        count,
        expanded: row.getIsExpanded(),
        cells: aggregateCells(labels.groupLabel(labels.regionName(region), count), (id) =>
          row.getValue<number | undefined>(id),
        ),
      };
    }
    return {
      kind: 'province',
      id: row.original.unitKey,
      province: row.original,
      cells: columns.map((c) => provinceCell(row.original, c.id)),
    };
  });
  const filtered = table.getFilteredRowModel().rows;
  const total: ShownRow = {
    kind: 'total',
    id: 'total',
    count: filtered.length,
    cells: aggregateCells(labels.totalLabel(filtered.length), (id) =>
      table.getColumn(id)?.getAggregationValue<number | undefined>({ rows: filtered }),
    ),
  };
  return { columns, rows, total };
}

/** The CSV rows of what is shown: header, every row (group rows too), totals. */
export function shownTableCsvRows(shown: ShownTable): CsvCell[][] {
  return [shown.columns.map((c) => c.header), ...shown.rows.map((r) => [...r.cells]), [...shown.total.cells]];
}
