/**
 * The one data table's logic, without React: its columns as TanStack Table takes them, the order it
 * sorts in (Vietnamese collation for text, numbers by value, empty cells last either way) and the CSV of
 * exactly what is shown (the visible columns, in the current order). components/DataTable.tsx renders it.
 */

import {
  type ColumnDef,
  createColumnHelper,
  createSortedRowModel,
  type Row,
  type RowData,
  rowSortingFeature,
  type SortingState,
  type Table,
  tableFeatures,
} from '@tanstack/table-core';
import type { ReactNode } from 'react';
import type { CsvCell } from '../model/csv';

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});
export type DataTableFeatures = typeof dataTableFeatures;

/** One column: what it is called, the value behind each cell (sorted on, written to the CSV), how it looks. */
export interface DataColumn<R> {
  readonly id: string;
  readonly header: string;
  /** The cell's value: what the CSV holds and, unless `sortValue` is given, what the column sorts on. */
  readonly value: (row: R) => CsvCell;
  /** What sorting compares when it is not the value (a date shown in words sorts by its ISO day). */
  readonly sortValue?: (row: R) => CsvCell;
  /** The cell as shown; the value (numbers in the UI's format, "—" for nothing) when absent. */
  readonly cell?: (row: R) => ReactNode;
  /** Right-aligned, tabular figures, sorted largest first on the first click. */
  readonly numeric?: boolean;
  /** The row's header cell (<th scope="row">): the name of what the row is about. */
  readonly rowHeader?: boolean;
  /** Off for columns of controls (a remove button), which neither sort nor go in the CSV. */
  readonly sortable?: boolean;
  readonly csv?: boolean;
  /** Extra class of the cells (and the header cell) of this column. */
  readonly className?: string;
  /** The header is for screen readers only (a column of buttons needs a name, not a visible one). */
  readonly headerHidden?: boolean;
  /** More of the header cell after the sort button (the SQL console's column type). */
  readonly headerExtra?: ReactNode;
  /** Attributes of each body cell (data-value for the browser tests, a title). */
  readonly cellAttributes?: (row: R) => Readonly<Record<string, string | undefined>>;
}

export type SortDirection = 'ascending' | 'descending' | 'none';

const collator = new Intl.Collator('vi');

/**
 * The order of two present values: numbers by size, text by Vietnamese collation (Đ after D, tones in
 * the order Vietnamese dictionaries use), a number before text when a column mixes them.
 */
export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b);
}

/** The value sorting compares, undefined for nothing (TanStack keeps those last in both directions). */
function sortKey<R>(column: DataColumn<R>, row: R): string | number | undefined {
  const value = (column.sortValue ?? column.value)(row);
  if (value === null || value === '' || (typeof value === 'number' && Number.isNaN(value))) return undefined;
  return value;
}

/** The columns as TanStack Table takes them. */
export function tableColumns<R extends RowData>(
  columns: readonly DataColumn<R>[],
): ColumnDef<DataTableFeatures, R, unknown>[] {
  const helper = createColumnHelper<DataTableFeatures, R>();
  return columns.map(
    (column) =>
      helper.accessor((row: R) => sortKey(column, row), {
        id: column.id,
        header: column.header,
        enableSorting: column.sortable !== false,
        sortUndefined: 'last',
        sortDescFirst: column.numeric === true,
        sortFn: (a: Row<DataTableFeatures, R>, b: Row<DataTableFeatures, R>, id: string) =>
          compareValues(
            a.getValue<string | number | undefined>(id) ?? '',
            b.getValue<string | number | undefined>(id) ?? '',
          ),
      }) as ColumnDef<DataTableFeatures, R, unknown>,
  );
}

/** What the table helpers below need; `useTable`'s and `constructTable`'s tables both have it. */
export type DataTableModel<R extends RowData> = Pick<Table<DataTableFeatures, R>, 'getRowModel'>;

/** The rows in the order on screen. */
export function shownRows<R extends RowData>(table: DataTableModel<R>): R[] {
  return table.getRowModel().rows.map((row) => row.original);
}

/** The CSV rows of what is shown: the header, then each row in the current order, columns as on screen. */
export function shownCsvRows<R>(columns: readonly DataColumn<R>[], rows: readonly R[]): CsvCell[][] {
  const written = columns.filter((c) => c.csv !== false);
  return [written.map((c) => c.header), ...rows.map((row) => written.map((c) => c.value(row)))];
}

/** aria-sort of a column from the table's sorting state. */
export function ariaSort(sorting: SortingState, id: string): SortDirection {
  const entry = sorting.find((s) => s.id === id);
  if (!entry) return 'none';
  return entry.desc ? 'descending' : 'ascending';
}
