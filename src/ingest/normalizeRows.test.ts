import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../e2e/fixtures/ingest/seededRandom.ts';
import { DATASET_IDS, DATASETS } from '../model/datasets.ts';
import { mapHeaders } from './mapHeaders.ts';
import { normalizeRows, outputColumns } from './normalizeRows.ts';
import type { CsvTable } from './readCsv.ts';

/** A CsvTable as readCsv would return it, rows numbered from 2 (header on row 1). */
function table(header: string[], rows: string[][]): CsvTable {
  return {
    delimiter: ',',
    headerRowNumber: 1,
    header,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
    skipped: [],
  };
}

function normalize(header: string[], rows: string[][], dataset: (typeof DATASET_IDS)[number]) {
  const t = table(header, rows);
  return normalizeRows(t, dataset, mapHeaders(header, dataset).mapping);
}

describe('outputColumns', () => {
  it('derives typed columns from the dataset spec, provinces split into code + layout', () => {
    expect(outputColumns('ocop_products')).toEqual([
      { name: 'province_code', sqlType: 'VARCHAR' },
      { name: 'province_layout', sqlType: 'VARCHAR' },
      { name: 'year', sqlType: 'INTEGER' },
      { name: 'star', sqlType: 'VARCHAR' },
      { name: 'product_group', sqlType: 'VARCHAR' },
      { name: 'count', sqlType: 'INTEGER' },
      { name: 'product_name', sqlType: 'VARCHAR' },
      { name: 'producer', sqlType: 'VARCHAR' },
      { name: 'producer_type', sqlType: 'VARCHAR' },
      { name: 'source', sqlType: 'VARCHAR' },
      { name: 'data_kind', sqlType: 'VARCHAR' },
      { name: 'recognition_date', sqlType: 'DATE' },
    ]);
    expect(outputColumns('events').slice(0, 6)).toEqual([
      { name: 'date', sqlType: 'DATE' },
      { name: 'name', sqlType: 'VARCHAR' },
      { name: 'host_province_code', sqlType: 'VARCHAR' },
      { name: 'host_province_layout', sqlType: 'VARCHAR' },
      { name: 'participating_provinces_count', sqlType: 'INTEGER' },
      { name: 'participating_provinces_codes', sqlType: 'VARCHAR' },
    ]);
    expect(outputColumns('targets').map((c) => `${c.name}:${c.sqlType}`)).toEqual([
      'metric:VARCHAR',
      'province_code:VARCHAR',
      'province_layout:VARCHAR',
      'year:INTEGER',
      'target:DOUBLE',
      'source:VARCHAR',
      'data_kind:VARCHAR',
    ]);
  });

  it('gives every dataset unique, SQL-safe column names', () => {
    for (const id of DATASET_IDS) {
      const names = outputColumns(id).map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z_][a-z0-9_]*$/);
    }
  });
});

describe('normalizeRows', () => {
  it('fills defaults: a row is one item, data is real, the group unspecified', () => {
    const result = normalize(['Tỉnh', 'Năm', 'Số sao'], [['Hà Nội', '2023', '4']], 'ocop_products');
    expect(result.rows).toEqual([
      {
        province_code: '01',
        province_layout: '63',
        year: 2023,
        star: '4',
        product_group: 'unspecified',
        count: 1,
        product_name: null,
        producer: null,
        producer_type: null,
        source: null,
        data_kind: 'real',
        recognition_date: null,
      },
    ]);
    expect(Object.keys(result.rows[0] ?? {})).toEqual(outputColumns('ocop_products').map((c) => c.name));
  });

  it('uses the layout of the row period: 2025 is pre-merger, 2026 is not', () => {
    const result = normalize(
      ['Tỉnh', 'Năm', 'Số sao'],
      [
        ['Sóc Trăng', '2025', '4'],
        ['Sóc Trăng', '2026', '4'],
      ],
      'ocop_products',
    );
    expect(result.rows.map((r) => [r.province_code, r.province_layout])).toEqual([
      ['94', '63'],
      ['92', '34'],
    ]);
    expect(result.notices).toEqual([
      { rowNumber: 3, column: 'province', notice: { code: 'mergedProvince', oldCode: '94', newCode: '92' } },
    ]);
  });

  it('records every failing cell of a row, and does not load the row', () => {
    const result = normalize(
      ['Tỉnh', 'Năm', 'Số sao', 'Số lượng', 'Nhóm sản phẩm'],
      [
        ['Atlantis', '2023', '7', '1.5', 'Xe máy'],
        ['Huế', '2023', '5', '2', ''],
      ],
      'ocop_products',
    );
    expect(result.rows).toHaveLength(1);
    expect(result.rowNumbers).toEqual([3]);
    expect(result.rejected).toEqual([
      {
        rowNumber: 2,
        column: 'province',
        rawValue: 'Atlantis',
        reason: { code: 'unknownProvince', value: 'Atlantis' },
      },
      { rowNumber: 2, column: 'star', rawValue: '7', reason: { code: 'starOutOfRange', value: '7' } },
      {
        rowNumber: 2,
        column: 'product_group',
        rawValue: 'Xe máy',
        reason: { code: 'unknownChoice', value: 'Xe máy', kind: 'productGroup' },
      },
      { rowNumber: 2, column: 'count', rawValue: '1.5', reason: { code: 'notACount', value: '1.5' } },
    ]);
  });

  it('rejects a bad period on its own column and leaves provinces unresolved', () => {
    const result = normalize(['Tỉnh', 'Năm', 'Số sao'], [['Atlantis', '1999', '4']], 'ocop_products');
    expect(result.rejected).toEqual([
      { rowNumber: 2, column: 'year', rawValue: '1999', reason: { code: 'yearOutOfRange', value: '1999' } },
    ]);
  });

  it('rejects empty required cells, including a missing period', () => {
    const result = normalize(['Tỉnh', 'Năm', 'Số sao'], [['', ' ', '4']], 'ocop_products');
    expect(result.rejected.map((r) => [r.column, r.reason.code])).toEqual([
      ['province', 'required'],
      ['year', 'required'],
    ]);
  });

  it('rejects a row with data past the last header column', () => {
    const result = normalize(
      ['Tỉnh', 'Năm', 'Số sao'],
      [['Hà Nội', '2023', '4', 'x', '', 'y']],
      'ocop_products',
    );
    expect(result.rejected).toEqual([
      { rowNumber: 2, column: '', rawValue: 'x | y', reason: { code: 'extraCells', count: 2 } },
    ]);
  });

  it('reads targets for the whole country', () => {
    const result = normalize(
      ['Chỉ tiêu', 'Tỉnh', 'Năm', 'Mục tiêu'],
      [
        ['Sản phẩm OCOP', 'Cả nước', '2025', '16.000'],
        ['Sản phẩm OCOP', 'Hà Nội', '2025', '1.234,5'],
      ],
      'targets',
    );
    expect(result.rows.map((r) => [r.province_code, r.province_layout, r.target])).toEqual([
      ['all', null, 16000],
      ['01', '63', 1234.5],
    ]);
  });

  it('reads event participant lists and counts', () => {
    const result = normalize(
      ['Ngày', 'Tên sự kiện', 'Tỉnh tổ chức', 'Tỉnh tham gia'],
      [
        ['10/10/2024', 'Tuần hàng OCOP', 'TP.HCM', 'Hà Nội; Huế và Cần Thơ'],
        ['10/10/2024', 'Hội chợ', 'Hà Nội', '27 tỉnh'],
        ['10/10/2024', 'Hội chợ', 'Hà Nội', ''],
      ],
      'events',
    );
    expect(
      result.rows.map((r) => [
        r.host_province_code,
        r.participating_provinces_count,
        r.participating_provinces_codes,
      ]),
    ).toEqual([
      ['79', 3, '01;46;92'],
      ['01', 27, ''],
      ['01', null, null],
    ]);
  });

  it('property: nothing is lost and order is kept, whatever the rows', () => {
    const random = seededRandom(42);
    const cellsByColumn: Record<string, string[]> = {
      province: ['Hà Nội', 'TP.HCM', 'Sóc Trăng', 'Atlantis', '', '79', '99'],
      year: ['2023', '2026', 'Năm 2024', '1999', '', 'abc'],
      star: ['4', '5 sao', 'Tiềm năng 5 sao', '7', ''],
      product_group: ['Thực phẩm', '', 'Xe máy'],
      count: ['1.204', '', '1.5', '3'],
      product_name: ['Trà "sen", Tây Hồ', '', 'Nước mắm\nPhú Quốc'],
      data_kind: ['', 'Minh họa', 'real', '??'],
    };
    const header = ['Tỉnh', 'Năm', 'Số sao', 'Nhóm sản phẩm', 'Số lượng', 'Tên sản phẩm', 'Loại dữ liệu'];
    const columns = Object.keys(cellsByColumn);
    for (let run = 0; run < 50; run++) {
      const rows = Array.from({ length: random.int(0, 60) }, () => {
        const cells = columns.map((c) => random.pick(cellsByColumn[c] ?? ['']));
        return random.int(0, 9) === 0 ? [...cells, 'extra'] : cells;
      });
      const t = table(header, rows);
      const result = normalizeRows(t, 'ocop_products', mapHeaders(header, 'ocop_products').mapping);
      const rejectedRows = new Set(result.rejected.map((r) => r.rowNumber));
      expect(result.rows.length + rejectedRows.size).toBe(t.rows.length);
      expect(result.rowNumbers).toHaveLength(result.rows.length);
      // Loaded rows keep file order and are exactly the rows without a rejection.
      expect(result.rowNumbers).toEqual(t.rows.map((r) => r.rowNumber).filter((n) => !rejectedRows.has(n)));
      for (const n of result.notices.map((x) => x.rowNumber)) expect(result.rowNumbers).toContain(n);
    }
  });

  it('covers every column of every dataset in its output', () => {
    for (const id of DATASET_IDS) {
      const names = outputColumns(id).map((c) => c.name);
      for (const column of DATASETS[id].columns) {
        expect(names.some((n) => n === column.name || n.startsWith(`${column.name}_`))).toBe(true);
      }
    }
  });
});
