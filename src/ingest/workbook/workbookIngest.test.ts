/** A workbook sheet goes through the same ingest as a CSV export, with Excel's row numbers. */

import { describe, expect, it } from 'vitest';
import {
  departmentWorkbook,
  MOU_SHEET_NAME,
  OCOP_LIST_LOADABLE,
  OCOP_SHEET_NAME,
} from '../fixtures/workbookWriting.ts';
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
