/**
 * The one data table of the app: sortable headers (buttons, so reachable and operable by keyboard, with
 * aria-sort), Vietnamese collation for text, virtualised rows for long lists, an optional sticky first
 * column, and a CSV of exactly what is shown. The logic is in dataTableModel.ts; the provinces table,
 * which groups and totals, renders its own rows with the parts exported here (SortButton, useVirtualRows).
 */

import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RowData } from '@tanstack/table-core';
import { type ReactNode, type RefObject, useMemo, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { csvForReader } from '../model/csv';
import {
  ariaSort,
  type DataColumn,
  dataTableFeatures,
  type SortDirection,
  shownCsvRows,
  shownRows,
  tableColumns,
} from './dataTableModel';
import { csvFileName, download } from './download';

export type { RowData } from '@tanstack/table-core';
export type { DataColumn } from './dataTableModel';

/**
 * Up to this many rows the body is rendered whole (cheap, and every row is in the page for find-in-page);
 * beyond, only the rows in view and a margin.
 */
export const VIRTUALIZE_ABOVE = 200;

/**
 * The rows to render of `count`: all of them up to VIRTUALIZE_ABOVE, else those in the scroll
 * container's view, with the heights of the rows above and below to stand in for the rest. Rows may
 * differ in height (wrapped text): `measure` is the ref each rendered row hands back.
 */
export function useVirtualRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  virtualizeAbove = VIRTUALIZE_ABOVE,
) {
  const virtual = count > virtualizeAbove;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : Array.from({ length: count }, (_, index) => ({
        index,
        start: index * rowHeight,
        end: (index + 1) * rowHeight,
      }));
  return {
    virtual,
    items,
    padTop: virtual ? (items[0]?.start ?? 0) : 0,
    padBottom: virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0,
    measure: virtual ? virtualizer.measureElement : undefined,
  };
}

/** A header's sort control: the header text and the direction shown as an arrow. */
export function SortButton({
  label,
  sort,
  onSort,
}: {
  label: ReactNode;
  sort: SortDirection;
  onSort: ((event: unknown) => void) | undefined;
}) {
  return (
    <button type="button" className="data-table-sort" onClick={onSort}>
      {label}
      <span className="data-table-sort-mark" aria-hidden="true">
        {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : ''}
      </span>
    </button>
  );
}

/** An empty row standing for the rows above or below the rendered window. */
function PadRow({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null;
  return (
    <tr className="data-table-pad">
      <td colSpan={span} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}

export interface DataTableProps<R extends RowData> {
  readonly columns: readonly DataColumn<R>[];
  readonly rows: readonly R[];
  /** A stable key of a row; its index in `rows` is given for rows without identity (query results). */
  readonly rowKey: (row: R, index: number) => string;
  /** What the table is: the name of its scroll region. */
  readonly label: string;
  /** Shown above the table, as its caption. */
  readonly caption?: string;
  /** Class of the <table> beside data-table (the tests and styles of each table find it by it). */
  readonly className?: string;
  /** Class of the scroll container beside data-table-scroll. */
  readonly scrollClassName?: string;
  /** data-testid of the <table>; the scroll container gets `<testId>-scroll`. */
  readonly testId?: string;
  /** The first column stays in place while the table scrolls sideways. */
  readonly stickyFirstColumn?: boolean;
  /** A "CSV of what is shown" button: the file's base name (the date is added) and, if not the usual, its label. */
  readonly csv?: { readonly name: string; readonly label?: string };
  /** Attributes of each body row (data-* for tests, a class). */
  readonly rowAttributes?: (row: R) => Readonly<Record<string, string | undefined>>;
  readonly initialSort?: { readonly id: string; readonly desc: boolean };
  /** The estimated height of a row, in pixels, for the virtual window. */
  readonly rowHeight?: number;
}

/** A table of rows under sortable columns, virtualised when long. */
export function DataTable<R extends RowData>({
  columns,
  rows,
  rowKey,
  label,
  caption,
  className,
  scrollClassName,
  testId,
  stickyFirstColumn = false,
  csv,
  rowAttributes,
  initialSort,
  rowHeight = 36,
}: DataTableProps<R>) {
  const { t, num, lang } = useI18n();
  const definitions = useMemo(() => tableColumns(columns), [columns]);
  const data = useMemo(() => [...rows], [rows]);
  const keys = useMemo(() => new Map(rows.map((row, index) => [row, rowKey(row, index)])), [rows, rowKey]);
  const table = useTable({
    features: dataTableFeatures,
    columns: definitions,
    data,
    getRowId: (row: R, index: number) => keys.get(row) ?? String(index),
    initialState: { sorting: initialSort ? [initialSort] : [] },
  });
  const sorting = table.state.sorting;
  const ordered = shownRows(table);

  const scrollRef = useRef<HTMLElement>(null);
  const { virtual, items, padTop, padBottom, measure } = useVirtualRows(scrollRef, ordered.length, rowHeight);

  const exportCsv = () => {
    if (!csv) return;
    download(csvFileName(csv.name, new Date()), csvForReader(shownCsvRows(columns, ordered), lang));
  };

  const shownValue = (column: DataColumn<R>, row: R): ReactNode => {
    if (column.cell) return column.cell(row);
    const value = column.value(row);
    if (value === null) return '—';
    return typeof value === 'number' ? num(value) : value;
  };

  const tableClass = ['data-table', className, stickyFirstColumn ? 'data-table-sticky-first' : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="data-table-block">
      {csv && (
        <div className="data-table-tools">
          <button type="button" className="data-table-csv" onClick={exportCsv}>
            {csv.label ?? t('tableExportCsv')}
          </button>
        </div>
      )}
      {/* Keyboard users reach the scroll region through its header buttons (arrow keys then scroll it). */}
      <section
        ref={scrollRef}
        className={['data-table-scroll', scrollClassName].filter(Boolean).join(' ')}
        aria-label={label}
        data-testid={testId ? `${testId}-scroll` : undefined}
        data-virtual={virtual ? 'true' : 'false'}
      >
        <table className={tableClass} data-testid={testId} aria-rowcount={ordered.length + 1}>
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const sort = ariaSort(sorting, column.id);
                const sortable = column.sortable !== false;
                const classes = [column.numeric ? 'numeric' : undefined, column.className]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <th
                    key={column.id}
                    scope="col"
                    data-column={column.id}
                    className={classes || undefined}
                    aria-sort={sortable ? sort : undefined}
                  >
                    {sortable ? (
                      <SortButton
                        label={column.header}
                        sort={sort}
                        onSort={table.getColumn(column.id)?.getToggleSortingHandler()}
                      />
                    ) : column.headerHidden ? (
                      <span className="visually-hidden">{column.header}</span>
                    ) : (
                      column.header
                    )}
                    {column.headerExtra}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            <PadRow height={padTop} span={columns.length} />
            {items.map((item) => {
              const row = ordered[item.index];
              if (row === undefined) return null;
              const attributes = rowAttributes?.(row) ?? {};
              return (
                <tr
                  key={keys.get(row) ?? item.index}
                  ref={measure}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  {...attributes}
                >
                  {columns.map((column) => {
                    const classes = [column.numeric ? 'numeric' : undefined, column.className]
                      .filter(Boolean)
                      .join(' ');
                    const props = {
                      className: classes || undefined,
                      'data-column': column.id,
                      ...column.cellAttributes?.(row),
                    };
                    return column.rowHeader ? (
                      <th key={column.id} scope="row" {...props}>
                        {shownValue(column, row)}
                      </th>
                    ) : (
                      <td key={column.id} {...props}>
                        {shownValue(column, row)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            <PadRow height={padBottom} span={columns.length} />
          </tbody>
        </table>
      </section>
    </div>
  );
}
