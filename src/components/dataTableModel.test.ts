import { constructTable, type SortingState } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvForReader } from '../model/csv';
import {
  ariaSort,
  compareValues,
  type DataColumn,
  dataTableFeatures,
  shownCsvRows,
  shownRows,
  tableColumns,
} from './dataTableModel';

interface Unit {
  readonly name: string;
  readonly products: number | null;
  readonly note: string | null;
}

const COLUMNS: readonly DataColumn<Unit>[] = [
  { id: 'name', header: 'Tỉnh, thành phố', value: (u) => u.name, rowHeader: true },
  { id: 'products', header: 'Sản phẩm', value: (u) => u.products, numeric: true },
  { id: 'note', header: 'Ghi chú', value: (u) => u.note },
  { id: 'remove', header: 'Gỡ', value: () => null, sortable: false, csv: false },
];

const UNITS: readonly Unit[] = [
  { name: 'Đồng Tháp', products: 120, note: null },
  { name: 'Bình Định', products: null, note: '=1+1' },
  { name: 'Dak Lak', products: 45, note: 'Tây Nguyên' },
  { name: 'An Giang', products: 301, note: '' },
  { name: 'Điện Biên', products: 45, note: 'Tây Bắc' },
  { name: 'Ê Đê', products: 7, note: null },
];

function tableOf(rows: readonly Unit[], sorting: SortingState = []) {
  return constructTable({
    // Outside React the table needs plain store reactivity (useTable adds React's own).
    features: {
      ...dataTableFeatures,
      coreReactivityFeature: storeReactivityBindings(),
    } as typeof dataTableFeatures,
    columns: tableColumns(COLUMNS),
    data: rows as Unit[],
    initialState: { sorting },
  });
}

const names = (rows: readonly Unit[]) => rows.map((u) => u.name);

describe('the data table’s order', () => {
  it('sorts text by Vietnamese collation: Đ after every D, Ê after E', () => {
    const table = tableOf(UNITS, [{ id: 'name', desc: false }]);
    expect(names(shownRows(table))).toEqual([
      'An Giang',
      'Bình Định',
      'Dak Lak',
      'Điện Biên',
      'Đồng Tháp',
      'Ê Đê',
    ]);
    const down = tableOf(UNITS, [{ id: 'name', desc: true }]);
    expect(names(shownRows(down))).toEqual([
      'Ê Đê',
      'Đồng Tháp',
      'Điện Biên',
      'Dak Lak',
      'Bình Định',
      'An Giang',
    ]);
  });

  it('sorts numbers by value and keeps empty cells last in both directions', () => {
    const up = shownRows(tableOf(UNITS, [{ id: 'products', desc: false }]));
    expect(up.map((u) => u.products)).toEqual([7, 45, 45, 120, 301, null]);
    const down = shownRows(tableOf(UNITS, [{ id: 'products', desc: true }]));
    expect(down.map((u) => u.products)).toEqual([301, 120, 45, 45, 7, null]);
    // An empty string is no more a value than NULL: both go last.
    const notes = shownRows(tableOf(UNITS, [{ id: 'note', desc: true }])).map((u) => u.note);
    expect(notes.slice(0, 3)).toEqual(['Tây Nguyên', 'Tây Bắc', '=1+1']);
    expect(notes.slice(3).every((n) => n === null || n === '')).toBe(true);
  });

  it('keeps the given order until a column is sorted, and first sorts numbers largest first', () => {
    const table = tableOf(UNITS);
    expect(names(shownRows(table))).toEqual(names(UNITS));
    table.getColumn('products')?.toggleSorting();
    expect(ariaSort(table.store.state.sorting, 'products')).toBe('descending');
    table.getColumn('name')?.toggleSorting();
    expect(ariaSort(table.store.state.sorting, 'name')).toBe('ascending');
    expect(ariaSort(table.store.state.sorting, 'products')).toBe('none');
    expect(table.getColumn('remove')?.getCanSort()).toBe(false);
  });

  it('is a total order agreeing with the collator and with numbers (property)', () => {
    const value = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        expect(Math.sign(compareValues(a, b))).toBe(-Math.sign(compareValues(b, a)) || 0);
        if (compareValues(a, b) <= 0 && compareValues(b, c) <= 0)
          expect(compareValues(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('sorts any rows into an order where each neighbour pair is in order, empties last (property)', () => {
    const unit = fc.record({
      name: fc.constantFrom('Hà Nội', 'Hà Giang', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Cần Thơ', 'Cà Mau'),
      products: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      note: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(unit), fc.boolean(), (rows, desc) => {
        const sorted = shownRows(tableOf(rows, [{ id: 'products', desc }])).map((u) => u.products);
        const present = sorted.filter((p) => p !== null);
        expect(sorted.slice(0, present.length)).toEqual(present);
        for (let i = 1; i < present.length; i++) {
          const [x, y] = [present[i - 1] ?? 0, present[i] ?? 0];
          expect(desc ? x >= y : x <= y).toBe(true);
        }
      }),
    );
  });
});

describe('the CSV of what is shown', () => {
  it('has the header and the rows in the order on screen, without the columns of controls', () => {
    const table = tableOf(UNITS, [{ id: 'products', desc: true }]);
    const rows = shownCsvRows(COLUMNS, shownRows(table));
    expect(rows[0]).toEqual(['Tỉnh, thành phố', 'Sản phẩm', 'Ghi chú']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(names(shownRows(table)));
    expect(rows[1]).toEqual(['An Giang', 301, '']);
  });

  it('reads back as the cells shown, formulas neutralized (Vietnamese Excel)', () => {
    const table = tableOf(UNITS, [{ id: 'name', desc: false }]);
    const text = csvForReader(shownCsvRows(COLUMNS, shownRows(table)), 'vi');
    const back = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' }).data.slice(1, -1);
    expect(back.map((r) => r[0])).toEqual([
      'An Giang',
      'Bình Định',
      'Dak Lak',
      'Điện Biên',
      'Đồng Tháp',
      'Ê Đê',
    ]);
    expect(back[1]).toEqual(['Bình Định', '', "'=1+1"]);
  });
});
