import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../e2e/fixtures/ingest/bytes.ts';
import {
  dateCell,
  departmentWorkbook,
  encryptedWorkbookBytes,
  formulaCell,
  MOU_SHEET_NAME,
  OCOP_SHEET_NAME,
  sheetOf,
  truncatedWorkbookBytes,
  workbookBytes,
} from '../../../e2e/fixtures/ingest/workbookWriting.ts';
import { plainNumber } from './cellText.ts';
import { chooseSheet } from './chooseSheet.ts';
import { openWorkbook } from './openWorkbook.ts';
import { WorkbookError } from './workbookError.ts';
import { fileFormat } from './workbookFormat.ts';

const problemOf = (bytes: Uint8Array): string => {
  try {
    openWorkbook(bytes);
    return 'read';
  } catch (error) {
    return error instanceof WorkbookError ? error.problem : `other: ${String(error)}`;
  }
};

describe('openWorkbook', () => {
  // .ods: the library's writer does not write the hidden flag, so its lookup sheet is listed as visible.
  for (const bookType of ['xlsx', 'xls', 'xlsb', 'ods'] as const) {
    describe(`a department's ${bookType} workbook`, () => {
      const book = openWorkbook(departmentWorkbook(bookType));
      const ocop = book.sheetRows(book.sheets.findIndex((s) => s.name === OCOP_SHEET_NAME));

      it('lists visible sheets in order, then the hidden one, flagged', () => {
        expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
          ['Bìa', false],
          [OCOP_SHEET_NAME, false],
          [MOU_SHEET_NAME, false],
          ['Danh mục', bookType !== 'ods'],
        ]);
        expect(book.sheets[1]?.rowCount).toBe(12);
      });

      it('keeps Excel row numbers: the merged title in its first cell, blank rows empty', () => {
        // Every row as wide as the sheet (eight columns), as Excel's "Save as CSV" writes it.
        expect(ocop[0]).toEqual(['DANH SÁCH SẢN PHẨM OCOP, NĂM 2024', '', '', '', '', '', '', '']);
        expect(ocop[2]).toEqual(['', '', '', '', '', '', '', '']);
        expect(ocop[3]?.[0]).toBe('STT'); // Excel row 4
        expect(ocop[9]?.join('')).toBe(''); // Excel row 10
        expect(ocop[11]?.[0]).toBe('Tổng cộng'); // Excel row 12
      });

      it('writes date cells as dd/mm/yyyy, numbers plainly, formulas as their saved values', () => {
        expect(ocop[4]).toEqual([
          '1',
          'Trà shan tuyết',
          'Hà Giang',
          '15/01/2024',
          '2024',
          '4',
          'Đồ uống',
          '1',
        ]);
        expect(ocop[6]?.slice(3)).toEqual(['31/12/2024', '2024', '5', 'Thực phẩm', '3']);
        expect(ocop[7]?.[7]).toBe('1250');
        expect(ocop[11]).toEqual(['Tổng cộng', '6', '', '', '', '', '', '1259']);
      });

      it('opens on the OCOP list, passing the cover sheet by', () => {
        expect(book.sheets[chooseSheet(book)]?.name).toBe(OCOP_SHEET_NAME);
      });
    });
  }

  it('reads other date formats, and a time of day as Excel shows it', () => {
    const bytes = workbookBytes([
      {
        name: 'A',
        rows: [
          ['Ngày', 'Giờ'],
          [dateCell(2023, 2, 28, 'd/m/yyyy'), { t: 'n', v: 0.5, z: 'hh:mm' }],
          [dateCell(2020, 2, 29, 'yyyy-mm-dd'), formulaCell('TODAY()', dateCell(2021, 1, 1).v as number)],
          [dateCell(2020, 8, 1, 'yyyy'), dateCell(2020, 8, 1, 'mm/yyyy')],
          [dateCell(2020, 8, 1, '[$-42A]dd/mm/yyyy'), dateCell(2020, 8, 1, 'd" tháng "m" năm "yyyy')],
        ],
      },
    ]);
    const rows = openWorkbook(bytes).sheetRows(0);
    expect(rows[1]).toEqual(['28/02/2023', '12:00']);
    // A formula's saved value with no date format is a plain number, as Excel shows it.
    expect(rows[2]).toEqual(['29/02/2020', '44197']);
    // A date shown as its year or month is what Excel shows, not a day the sheet does not state.
    expect(rows[3]).toEqual(['2020', '08/2020']);
    // A Vietnamese-locale or worded day format is still a day.
    expect(rows[4]).toEqual(['01/08/2020', '01/08/2020']);
  });

  it('counts dates of a workbook in the 1904 date system from 1904', () => {
    const sheet = sheetOf([['Ngày'], [dateCell(2019, 1, 1)]]);
    const cell = sheet.A2 as { v: number };
    cell.v -= 1462; // the same day's serial in the 1904 system
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, 'A');
    book.Workbook = { WBProps: { date1904: true } };
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(openWorkbook(bytes).sheetRows(0)[1]).toEqual(['01/01/2019']);
  });

  it('reads an HTML table saved as .xls, as some administrative software exports', () => {
    const html = utf8(
      '<html><body><table><tr><td colspan="3">DANH SÁCH</td></tr><tr><td>Tỉnh</td><td>Năm</td><td>Số sao</td></tr><tr><td>Hà Nội</td><td>2024</td><td>4</td></tr></table></body></html>',
    );
    expect(fileFormat('danh-sach.xls', html)).toBe('workbook');
    expect(openWorkbook(html).sheetRows(0)).toEqual([
      ['DANH SÁCH', '', ''],
      ['Tỉnh', 'Năm', 'Số sao'],
      ['Hà Nội', '2024', '4'],
    ]);
  });

  it('writes numbers without grouping, exponent or float noise, and never as Vietnamese thousands', () => {
    expect(plainNumber(1234567)).toBe('1234567');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(1.234)).toBe('1.2340');
    expect(plainNumber(2024)).toBe('2024');
  });

  it('leaves out empty columns left of the table, keeping the rows', () => {
    const bytes = workbookBytes([
      { name: 'A', rows: [[], [null, null, 'Tỉnh', 'Năm'], [null, null, 'Hà Nội', 2024]] },
    ]);
    expect(openWorkbook(bytes).sheetRows(0)).toEqual([
      ['', ''],
      ['Tỉnh', 'Năm'],
      ['Hà Nội', '2024'],
    ]);
  });

  it('says a password-protected workbook is encrypted, and a damaged one unreadable', () => {
    expect(problemOf(encryptedWorkbookBytes())).toBe('encrypted');
    expect(problemOf(truncatedWorkbookBytes())).toBe('unreadable');
  });
});

describe('fileFormat', () => {
  const head = (bytes: Uint8Array) => bytes.subarray(0, 16);
  it('tells workbooks by their bytes, whatever their name', () => {
    expect(fileFormat('ds.xlsx', head(departmentWorkbook()))).toBe('workbook');
    expect(fileFormat('ds.csv', head(departmentWorkbook()))).toBe('workbook');
    expect(fileFormat('ds.xls', head(departmentWorkbook('xls')))).toBe('workbook');
    expect(fileFormat('ds.xlsx', head(encryptedWorkbookBytes()))).toBe('workbook');
    expect(fileFormat('ds.xls', utf8('<html><table><tr><td>Tỉnh</td></tr></table>'))).toBe('workbook');
  });
  it('says a .xlsx holding text is not a workbook, and reads CSV as CSV', () => {
    expect(fileFormat('ds.xlsx', utf8('Tỉnh,Năm\nHà Nội,2024'))).toBe('notWorkbook');
    expect(fileFormat('ds.XLSX', utf8('%PDF-1.7'))).toBe('notWorkbook');
    expect(fileFormat('ds.csv', utf8('Tỉnh,Năm\nHà Nội,2024'))).toBe('csv');
  });
});
