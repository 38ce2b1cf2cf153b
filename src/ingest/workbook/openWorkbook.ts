/**
 * Workbook bytes → its sheets, each as rows of cell text (cellText.ts), through SheetJS CE (@e965/xlsx,
 * data/README.md says why). Pure: runs in Node (tests, scripts/validateCsv.ts) and in the import worker,
 * which loads this module only when a workbook is dropped.
 *
 * `rows[i]` is Excel row i + 1: rows above the first used one and blank rows in between are kept (as
 * empty cells), so the ingest's row numbers are the ones Excel shows. A merged range's text is in its
 * first cell, and on every row of a range spanning several (mergedDown); a formula cell gives the value
 * Excel computed and saved with the file.
 */

import { read, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { cellText } from './cellText.ts';
import { WorkbookError } from './workbookError.ts';

export interface SheetInfo {
  readonly name: string;
  /** Hidden or very hidden in Excel: listed after the visible sheets. */
  readonly hidden: boolean;
  /** Rows up to the last one with a non-empty cell (0: an empty sheet). */
  readonly rowCount: number;
}

export interface OpenedWorkbook {
  /** Visible sheets first, then hidden ones, each group in workbook order. */
  readonly sheets: readonly SheetInfo[];
  /** The rows of sheets[index]. */
  sheetRows(index: number): string[][];
}

type DenseSheet = WorkSheet & { '!data'?: ((WorkSheet[string] | null | undefined)[] | null | undefined)[] };

/**
 * Text that a merged range spanning several rows shows on each of its rows: the range's text, in its first
 * column. A province or product group merged down the rows of its products reads, to a person, as that
 * value on every row; so does a header cell merged down a two-row header. A range within one row (a title
 * across the table) keeps its text in the first cell only.
 */
function mergedDown(sheet: DenseSheet, date1904: boolean): Map<number, Map<number, string>> {
  const filled = new Map<number, Map<number, string>>();
  for (const range of sheet['!merges'] ?? []) {
    if (range.e.r <= range.s.r) continue;
    const text = cellText(sheet['!data']?.[range.s.r]?.[range.s.c], date1904);
    if (text === '') continue;
    for (let r = range.s.r + 1; r <= range.e.r; r++) {
      const row = filled.get(r) ?? new Map<number, string>();
      row.set(range.s.c, text);
      filled.set(r, row);
    }
  }
  return filled;
}

function rowsOf(sheet: DenseSheet, date1904: boolean): string[][] {
  const data = sheet['!data'] ?? [];
  const merged = mergedDown(sheet, date1904);
  const rows: string[][] = [];
  let firstColumn = Number.POSITIVE_INFINITY;
  let lastFilledRow = -1;
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] ?? [];
    const texts: string[] = [];
    for (let c = 0; c < cells.length; c++) texts.push(cellText(cells[c], date1904));
    for (const [c, text] of merged.get(r) ?? []) {
      while (texts.length < c) texts.push('');
      texts[c] = text;
    }
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    rows.push(texts);
    width = Math.max(width, texts.length);
    const first = texts.findIndex((t) => t.trim() !== '');
    if (first >= 0) {
      firstColumn = Math.min(firstColumn, first);
      lastFilledRow = r;
    }
  }
  // The sheet ends at its last filled row (Excel's used range may reach further, for formatting only).
  rows.length = lastFilledRow + 1;
  // A table that starts in column C reads as one that starts in A: empty columns to its left carry nothing.
  const from = Number.isFinite(firstColumn) ? firstColumn : 0;
  // Every row as wide as the sheet, as Excel's own "Save as CSV" pads them: the ingest's header and
  // total-row rules, made for Excel's exports, see the sheet as they would see that export.
  return rows.map((row) => {
    const cells = from > 0 ? row.slice(from) : row;
    while (cells.length < width - from) cells.push('');
    return cells;
  });
}

const isEncrypted = (message: string): boolean => /password|encrypt/i.test(message);

export function openWorkbook(bytes: Uint8Array): OpenedWorkbook {
  let book: WorkBook;
  try {
    // dense: rows as arrays (less memory); cellNF: each cell's number format, which tells dates from numbers.
    book = read(bytes, { type: 'array', dense: true, cellNF: true, cellHTML: false, cellStyles: false });
  } catch (error) {
    // Running out of memory on a large workbook is not damage: the caller reports it as such.
    if (error instanceof RangeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookError(isEncrypted(detail) ? 'encrypted' : 'unreadable', detail);
  }
  if (book.SheetNames.length === 0) throw new WorkbookError('unreadable', 'no sheets');
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const hiddenFlags = book.Workbook?.Sheets ?? [];
  const all = book.SheetNames.map((name, i) => ({ name, hidden: Boolean(hiddenFlags[i]?.Hidden) }));
  const ordered = [...all.filter((s) => !s.hidden), ...all.filter((s) => s.hidden)];
  // Every sheet's text at once: the picker shows each sheet's row count, and the library's cell objects
  // (several times the text in memory) can then go before the import reads the chosen sheet.
  const rows = ordered.map((s) => rowsOf((book.Sheets[s.name] ?? {}) as DenseSheet, date1904));
  const sheets = ordered.map((s, i) => ({ ...s, rowCount: rows[i]?.length ?? 0 }));
  return {
    sheets,
    sheetRows(index) {
      const sheetRows = rows[index];
      if (!sheetRows) throw new RangeError(`No sheet ${index}`);
      return sheetRows;
    },
  };
}
