/**
 * Property: a generated export (fixtures/sheetArbitraries.ts, as the ingest property tests use) written
 * as an .xlsx, one text cell per cell as written, loads exactly as the CSV export of the same sheet:
 * the same header row, the same rows loaded with the same values, the same rejections at the same row
 * numbers, the same rows skipped. The workbook is written by the library's own writer.
 */

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sheetArb } from '../../../e2e/fixtures/ingest/sheetArbitraries.ts';
import { expectImport } from '../../../e2e/fixtures/ingest/sheetOracle.ts';
import { workbookBytes } from '../../../e2e/fixtures/ingest/workbookWriting.ts';
import { type IngestResult, ingestCsv } from '../ingestCsv.ts';
import { openWorkbook } from './openWorkbook.ts';
import { sheetCsvBytes } from './sheetCsv.ts';

// Writing and reading a workbook costs about 3 ms a case here.
const RUNS = 400;

/**
 * CRs before a line feed inside a cell do not come back from the library's reader (it writes a CR as
 * `_x000d_` and drops such escapes before a line feed); Excel's own line break in a cell (Alt+Enter) is a
 * lone LF anyway. Lone CRs do come back, and are compared.
 */
const lf = <T>(value: T): T => (typeof value === 'string' ? (value.replace(/\r+\n/g, '\n') as T) : value);

/** What a user sees of an import: header, rows loaded (values), rejected (where, which column, why), skipped. */
const outcome = (result: IngestResult) => ({
  headerRowNumber: result.headerRowNumber,
  header: result.header.map(lf),
  dataset: result.guess.dataset,
  mapping: result.guess.mapping,
  skipped: result.skipped,
  rowNumbers: result.table.rowNumbers,
  rows: result.table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, lf(v)]))),
  rejected: result.table.rejected.map((r) => [r.rowNumber, r.column, r.reason.code, lf(r.rawValue)]),
});

describe('a generated export written as a workbook', () => {
  // So that a run where nothing loads (or nothing is rejected) cannot pass unseen.
  const seen = { runs: 0, loaded: 0, rejected: 0 };
  afterAll(() => {
    // Only after a complete run (not when filtered out or failed early).
    if (seen.runs < RUNS) return;
    expect(seen.loaded).toBeGreaterThan(RUNS / 4);
    expect(seen.rejected).toBeGreaterThan(RUNS / 4);
  });

  it('loads exactly as its CSV export', () => {
    fc.assert(
      fc.property(sheetArb({ encodings: ['utf-8', 'utf-8-bom', 'utf-16le'] }), (sheet) => {
        seen.runs++;
        // A file refused as binary (control characters) says nothing about the workbook path.
        if (expectImport(sheet).binary) return;
        const csv = ingestCsv(sheet.bytes);
        const book = openWorkbook(
          workbookBytes([{ name: 'Danh sách', rows: sheet.records.map((r) => r.written) }]),
        );
        const fromWorkbook = ingestCsv(sheetCsvBytes(book.sheetRows(0)));
        // A sheet ends at its last filled row: blank lines after it in the CSV have no rows in the workbook.
        const lastRow = book.sheets[0]?.rowCount ?? 0;
        const expected = outcome(csv);
        if (expected.rows.length > 0) seen.loaded++;
        if (expected.rejected.length > 0) seen.rejected++;
        expect(outcome(fromWorkbook)).toEqual({
          ...expected,
          skipped: expected.skipped.filter((s) => s.reason !== 'blank' || s.rowNumber <= lastRow),
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
