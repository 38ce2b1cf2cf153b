/** A workbook sheet goes through the same ingest as a CSV export, with Excel's row numbers. */

import { describe, expect, it } from 'vitest';
import {
  departmentWorkbook,
  MOU_SHEET_NAME,
  OCOP_LIST_LOADABLE,
  OCOP_SHEET_NAME,
  workbookBytes,
} from '../../../e2e/fixtures/ingest/workbookWriting.ts';
import { bytesSource, ingestCsvStream, previewCsv } from '../ingestCsvStream.ts';
import { readCsv } from '../readCsv.ts';
import { openWorkbook } from './openWorkbook.ts';
import { sheetCsvBytes } from './sheetCsv.ts';

async function ingestSheet(sheetName: string) {
  const book = openWorkbook(departmentWorkbook());
  const source = bytesSource(
    sheetCsvBytes(book.sheetRows(book.sheets.findIndex((s) => s.name === sheetName))),
  );
  const preview = await previewCsv(source);
  const guess = preview.guesses[0];
  if (!guess) throw new Error('no guess');
  const result = await ingestCsvStream(source, { dataset: guess.dataset, mapping: guess.mapping });
  return { preview, result };
}

describe('a workbook sheet through the ingest', () => {
  it('loads every product of the OCOP list and rejects the wrong one at its Excel row', async () => {
    const { preview, result } = await ingestSheet(OCOP_SHEET_NAME);
    expect(preview.headerRowNumber).toBe(4);
    expect(result.guess.dataset).toBe('ocop_products');
    expect(result.rowCount).toBe(OCOP_LIST_LOADABLE);
    expect(result.rejected.map((r) => [r.rowNumber, r.column, r.rawValue])).toEqual([[9, 'star', '9']]);
    expect(result.skipped).toEqual([
      { rowNumber: 1, reason: 'title' },
      { rowNumber: 2, reason: 'title' },
      { rowNumber: 3, reason: 'blank' },
      { rowNumber: 10, reason: 'blank' },
      { rowNumber: 12, reason: 'total' },
    ]);
    // The counts, a formula's saved value among them, load as numbers: 1 + 2 + 3 + 1250 + 2.
    const loaded = readCsv(result.csvText);
    const countAt = loaded.header.indexOf('count');
    expect(loaded.rows.map((row) => Number(row.cells[countAt])).reduce((a, b) => a + b, 0)).toBe(1258);
    expect(result.csvText).toContain('"Nước mắm, loại ""đặc biệt"""');
  });

  it('loads the second sheet’s memoranda with their Excel dates as days', async () => {
    const { result } = await ingestSheet(MOU_SHEET_NAME);
    expect(result.guess.dataset).toBe('mous');
    expect(result.rowCount).toBe(2);
    expect(result.rejected).toEqual([]);
    expect(result.csvText).toContain('2024-02-29');
    expect(result.csvText).toContain('2025-08-05');
  });
});

describe('a list laid out the way departments lay out lists in Excel', () => {
  // A two-row header whose STT and product cells are merged down and whose "Công nhận" spans two
  // columns; each province merged down the rows of its products.
  const bytes = workbookBytes([
    {
      name: 'DS',
      rows: [
        ['DANH SÁCH SẢN PHẨM OCOP NĂM 2024'], // 1
        ['STT', 'Tên sản phẩm', 'Tỉnh/Thành phố', 'Công nhận', '', 'Số lượng'], // 2
        ['', '', '', 'Năm', 'Số sao', ''], // 3
        [1, 'Chè Thái Nguyên', 'Thái Nguyên', 2024, 4, 1], // 4
        [2, 'Miến dong', '', 2024, 3, 2], // 5: province merged from row 4
        [3, 'Bánh cốm', 'Hà Nội', 2024, 3, 1], // 6
        [4, 'Nón làng Chuông', '', 2024, 7, 1], // 7: province merged from row 6; no star 7
      ],
      merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'C4:C5', 'C6:C7'],
    },
  ]);

  it('reads a row-spanning merge on every row it spans, a title across the table once', () => {
    const rows = openWorkbook(bytes).sheetRows(0);
    expect(rows[0]).toEqual(['DANH SÁCH SẢN PHẨM OCOP NĂM 2024', '', '', '', '', '']);
    expect(rows[2]).toEqual(['STT', 'Tên sản phẩm', 'Tỉnh/Thành phố', 'Năm', 'Số sao', 'Số lượng']);
    expect(rows.slice(3).map((row) => row[2])).toEqual(['Thái Nguyên', 'Thái Nguyên', 'Hà Nội', 'Hà Nội']);
  });

  it('loads every product with its province; the wrong one is rejected at its Excel row', async () => {
    // One header row here: which of two header rows is the header is readCsv's choice, not this module's.
    const oneHeaderRow = workbookBytes([
      {
        name: 'DS',
        rows: [
          ['DANH SÁCH SẢN PHẨM OCOP NĂM 2024'], // 1
          ['STT', 'Tên sản phẩm', 'Tỉnh/Thành phố', 'Năm', 'Số sao', 'Số lượng'], // 2
          [1, 'Chè Thái Nguyên', 'Thái Nguyên', 2024, 4, 1], // 3
          [2, 'Miến dong', '', 2024, 3, 2], // 4
          [3, 'Bánh cốm', 'Hà Nội', 2024, 3, 1], // 5
          [4, 'Nón làng Chuông', '', 2024, 7, 1], // 6
        ],
        merges: ['A1:F1', 'C3:C4', 'C5:C6'],
      },
    ]);
    const source = bytesSource(sheetCsvBytes(openWorkbook(oneHeaderRow).sheetRows(0)));
    const preview = await previewCsv(source);
    const guess = preview.guesses[0];
    if (!guess) throw new Error('no guess');
    expect(guess.dataset).toBe('ocop_products');
    const result = await ingestCsvStream(source, { dataset: guess.dataset, mapping: guess.mapping });
    expect(result.rowCount).toBe(3);
    expect(result.rejected.map((r) => [r.rowNumber, r.column])).toEqual([[6, 'star']]);
    const provinces = readCsv(result.csvText);
    const at = provinces.header.indexOf('province_code');
    expect(provinces.rows.map((row) => row.cells[at])).toEqual(['19', '19', '01']);
  });
});
