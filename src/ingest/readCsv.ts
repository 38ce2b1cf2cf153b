/**
 * CSV text → header + data rows, the way a person sees the sheet in Excel: title rows above the header,
 * blank rows and "Tổng cộng" rows are set aside (and reported), every kept row carries its sheet row number.
 */

import Papa from 'papaparse';
import { nameKey } from '../model/nameKey.ts';
import { isKnownHeader, knownHeaderCount } from './mapHeaders.ts';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /**
   * 1-based row number as a spreadsheet shows it: one per CSV record, blank lines included. A quoted
   * cell with line breaks inside stays one row, so rows after it keep the numbers Excel shows.
   */
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

export interface SkippedRow {
  readonly rowNumber: number;
  /**
   * title: above the header; subheader: the second line of a two-line header, or the row of column
   * numbers ("1 2 3…", "(1) (2)…") under it; total: "Tổng cộng"; note: a line of text inside or below
   * the table (a note, a signature, a section heading such as "I. Huyện Long Hồ"); blank.
   */
  readonly reason: 'title' | 'subheader' | 'total' | 'note' | 'blank';
}

export interface ReadCsvOptions {
  /** The header row the user chose (1-based sheet row); detected when absent or not a usable row. */
  readonly headerRowNumber?: number;
}

export interface CsvTable {
  readonly delimiter: Delimiter;
  /** 0 when the file has no header (no non-blank row). */
  readonly headerRowNumber: number;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly skipped: readonly SkippedRow[];
  /** The text of the title rows above the header, their filled cells joined (what the file says it is). */
  readonly titles?: readonly string[];
  /** The first records of the sheet as written, header and titles included, for choosing the header row. */
  readonly top?: readonly CsvRow[];
}

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];
const SAMPLE_RECORDS = 50;
const HEADER_SEARCH_ROWS = 20;
// Sheet rows kept as written for the import screen, where the user may pick another header row.
const TOP_ROWS = 25;
// Rows below a header candidate whose widths decide the modal width.
const WIDTH_SAMPLE_ROWS = 100;
const TOTAL_KEYS = new Set(['tong cong', 'tong', 'cong', 'tong so', 'total', 'grand total']);
// "Tổng cộng: 149 sản phẩm", "Tổng số 12 SP" (but not "Tổng công ty…": only these words may follow).
const TOTAL_LINE =
  /^(?:tong cong|tong so|tong|cong|total|grand total)(?: (?:\d+|so|san|pham|sp|ocop|toan|tinh|chung|co|la|products?))+$/;
// Headers fewer than this many columns wide are too narrow to tell a note from a row.
const NOTE_MIN_WIDTH = 3;
// "I", "II", "A", "1." heading a group of rows ("I | Huyện Long Hồ").
const SECTION_MARK = /^(?:[IVX]{1,5}|[A-Z])[.)]?$/;
// A row of column numbers under the header: "1", "(2)", "[3]".
const COLUMN_NUMBER = /^[([]?(\d{1,2})[)\]]?$/;

/**
 * Walks records the way papaparse does (a quote opens a quoted field only at the start of a field, and
 * closes only before a delimiter, a line break or the end), calling `onBreak` at each record break
 * outside quotes. Shared by delimiter detection and line-break normalization so both agree with the parser.
 * `fieldBounds` are the characters after which a field starts and before which a quote closes: the
 * delimiter, or for detection every candidate, so that quoted cells are recognised whichever is tried.
 */
function walkRecords(
  text: string,
  delimiter: string,
  onDelimiter: () => void,
  onBreak: (start: number, length: number) => boolean,
  fieldBounds: string = delimiter,
): void {
  const n = text.length;
  let i = 0;
  let fieldStart = true;
  while (i < n) {
    const ch = text[i];
    if (fieldStart && ch === '"') {
      i++;
      while (i < n) {
        if (text[i] !== '"') {
          i++;
          continue;
        }
        if (text[i + 1] === '"') {
          i += 2;
          continue;
        }
        let j = i + 1;
        while (text[j] === ' ') j++;
        const next = text[j];
        i++;
        if (next === undefined || fieldBounds.includes(next) || next === '\n' || next === '\r') break;
      }
      fieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      onDelimiter();
      fieldStart = true;
      i++;
    } else if (ch !== undefined && fieldBounds.includes(ch)) {
      fieldStart = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      const length = ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (!onBreak(i, length)) return;
      i += length;
      fieldStart = true;
    } else {
      fieldStart = false;
      i++;
    }
  }
}

/**
 * Field counts of the first non-empty records when split on `delimiter`. Quoted cells are recognised after
 * any candidate delimiter: tried with the wrong one, a quoted line break would otherwise split a record in
 * two, and the extra lines could outvote the real delimiter.
 */
function sampleWidths(text: string, delimiter: Delimiter): number[] {
  const widths: number[] = [];
  let fields = 1;
  let lineStart = 0;
  walkRecords(
    text,
    delimiter,
    () => {
      fields++;
    },
    (start, length) => {
      if (start > lineStart) widths.push(fields);
      fields = 1;
      lineStart = start + length;
      return widths.length < SAMPLE_RECORDS;
    },
    DELIMITERS.join(''),
  );
  if (widths.length < SAMPLE_RECORDS && text.length > lineStart) widths.push(fields);
  return widths;
}

/** Most frequent value; ties go to the larger value (a wider split explains more of the line). */
function mode(values: readonly number[]): { value: number; count: number } | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: number; count: number } | undefined;
  for (const [value, count] of counts) {
    if (!best || count > best.count || (count === best.count && value > best.value)) best = { value, count };
  }
  return best;
}

/**
 * The delimiter that splits the most sampled lines: a table's own delimiter splits its header and every
 * row, however ragged (short rows, Excel padding), while another one splits only the lines that happen to
 * hold it in a cell. Ties go to the delimiter splitting the most lines into the same number of fields,
 * then to the wider split. Papaparse's own guess picks ',' for semicolon files full of "1.234,5" numbers
 * because those commas are just as regular; the header line (no decimal commas) breaks that tie here.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; split: number; consistent: number; width: number } | undefined;
  for (const delimiter of DELIMITERS) {
    // A line the delimiter does not split (a title above the header) says nothing about it.
    const widths = sampleWidths(text, delimiter).filter((width) => width >= 2);
    const m = mode(widths);
    if (!m) continue;
    const score = { delimiter, split: widths.length, consistent: m.count, width: m.value };
    if (
      !best ||
      score.split > best.split ||
      (score.split === best.split &&
        (score.consistent > best.consistent ||
          (score.consistent === best.consistent && score.width > best.width)))
    ) {
      best = score;
    }
  }
  return best?.delimiter ?? ',';
}

/** CRLF and lone CR record breaks → LF, leaving breaks inside quoted cells as written. */
function normalizeBreaks(text: string, delimiter: Delimiter): string {
  if (!text.includes('\r')) return text;
  const parts: string[] = [];
  let from = 0;
  walkRecords(
    text,
    delimiter,
    () => {},
    (start, length) => {
      if (length === 2 || text[start] === '\r') {
        parts.push(text.slice(from, start), '\n');
        from = start + length;
      }
      return true;
    },
  );
  parts.push(text.slice(from));
  return parts.join('');
}

const isEmpty = (cell: string): boolean => cell.trim() === '';

function lastNonEmpty(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (!isEmpty(cells[i] ?? '')) return i;
  return -1;
}

export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((c) => !isEmpty(c));
  if (first === undefined) return false;
  const key = nameKey(first);
  return TOTAL_KEYS.has(key) || TOTAL_LINE.test(key);
}

/**
 * A row no dataset could load and that reads as text around the table: one filled cell under a header of
 * three or more columns (every dataset needs three cells), or a section mark and one heading.
 */
export function isNoteRow(cells: readonly string[], headerWidth: number): boolean {
  if (headerWidth < NOTE_MIN_WIDTH) return false;
  // Runs on every row of a million-row file: most rows fill three cells or more, and stop here.
  let count = 0;
  for (const cell of cells) if (!isEmpty(cell) && ++count > 2) return false;
  const filled = cells.filter((c) => !isEmpty(c)).map((c) => c.trim());
  if (filled.length === 1) return /\p{L}/u.test(filled[0] ?? '');
  return filled.length === 2 && SECTION_MARK.test(filled[0] ?? '') && /\p{L}{2}/u.test(filled[1] ?? '');
}

/** "1 2 3 4…" or "(1) (2) (3)…" under the header: Vietnamese report tables number their columns. */
function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => !isEmpty(c));
  if (filled.length < 3 || COLUMN_NUMBER.exec(filled[0]?.trim() ?? '')?.[1] !== '1') return false;
  let last = 0;
  for (const cell of filled) {
    const m = COLUMN_NUMBER.exec(cell.trim());
    const n = m ? Number(m[1]) : Number.NaN;
    if (!(n > last)) return false;
    last = n;
  }
  return true;
}

/**
 * A cell that holds a value, not a column's name, though header words are in it: a year ("Năm 2000")
 * or a star level ("4 sao", "5★"). A short data row under the header is not its second line.
 */
const READS_AS_VALUE = /\b(19|20)\d\d\b|^\s*\d\s*(sao|★)/iu;

/**
 * The second line of a two-line header (merged cells above: "Kết quả phân hạng" over "Số sao | Điểm"):
 * no number in it, and at least half its filled cells read as headers.
 */
function isSubHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => !isEmpty(c));
  if (filled.length === 0 || filled.some((c) => /^[\d.,\s/-]+$/.test(c.trim()) || READS_AS_VALUE.test(c))) {
    return false;
  }
  const known = knownHeaderCount(filled);
  return known >= 1 && known * 2 >= filled.length;
}

/** Two header lines → one: the lower line names a column where it reads as a header or the upper is blank. */
function mergeHeaderLines(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(lastNonEmpty(upper), lastNonEmpty(lower)) + 1;
  return Array.from({ length: width }, (_, i) => {
    const top = (upper[i] ?? '').trim();
    const sub = (lower[i] ?? '').trim();
    if (sub === '') return top;
    if (top === '' || isKnownHeader(sub)) return sub;
    return isKnownHeader(top) ? top : `${top} ${sub}`;
  });
}

// The national name and motto heading every official document, and the signing line under it.
const LETTERHEAD_WORDS = ['cong hoa xa hoi chu nghia viet nam', 'doc lap tu do hanh phuc'];

function isLetterhead(cells: readonly string[]): boolean {
  return cells.some((cell) => {
    const key = nameKey(cell);
    return LETTERHEAD_WORDS.some((words) => key.includes(words));
  });
}

/**
 * Index of the header record, or -1 when every record is blank: the user's choice if it is a filled row,
 * else the row among the first ones with the most cells that read as known headers (at least two, the
 * first such row on a tie), else the first row as wide as the table below it.
 */
function findHeader(records: readonly (readonly string[])[], chosen?: number): number {
  const chosenIndex = chosen === undefined ? -1 : chosen - 1;
  if (chosenIndex >= 0 && lastNonEmpty(records[chosenIndex] ?? []) >= 0) return chosenIndex;
  const nonBlank: number[] = [];
  for (let i = 0; i < records.length; i++) if (lastNonEmpty(records[i] ?? []) >= 0) nonBlank.push(i);

  // An official letterhead ("UBND HUYỆN … | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") fills two cells as a
  // header does, but is never one.
  const candidates = nonBlank.slice(0, HEADER_SEARCH_ROWS).filter((i) => !isLetterhead(records[i] ?? []));
  let best: { index: number; known: number } | undefined;
  for (const i of candidates) {
    const known = knownHeaderCount(records[i] ?? []);
    if (known >= 2 && (!best || known > best.known)) best = { index: i, known };
  }
  if (best) return best.index;
  for (const i of candidates) {
    const cells = records[i] ?? [];
    if (cells.filter((c) => !isEmpty(c)).length < 2) continue;
    const k = nonBlank.indexOf(i);
    const below = nonBlank.slice(k + 1, k + 1 + WIDTH_SAMPLE_ROWS).map((j) => records[j] ?? []);
    if (below.length === 0) return i;
    // Raw widths catch Excel exports (every line padded to the used range); filled widths catch
    // hand-written files whose data lines carry a trailing delimiter the header lacks, or leave out
    // trailing empty cells: most rows below fill no cell right of the header. A title row fills fewer
    // cells than the rows below it.
    const rawMode = mode(below.map((r) => r.length))?.value;
    const filledMode = mode(below.map((r) => lastNonEmpty(r) + 1))?.value ?? 0;
    if (cells.length === rawMode || lastNonEmpty(cells) + 1 >= filledMode) return i;
  }
  // No row fits the table below it: take the first row that looks like a header at all.
  const fallback = candidates.find((i) => (records[i] ?? []).filter((c) => !isEmpty(c)).length >= 2);
  return fallback ?? candidates[0] ?? -1;
}

/** The records of CSV text whose delimiter is known; the line break ending the last row does not start another. */
function splitRecords(input: string, delimiter: Delimiter): string[][] {
  const text = normalizeBreaks(input, delimiter);
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    // Blank lines stay records so that record index + 1 is the spreadsheet row number.
    skipEmptyLines: false,
  });
  const records = parsed.data;
  // decodeText leaves U+037E (whose NFC is ";") for here, where it can no longer split a cell.
  if (text.includes('\u037e')) {
    for (const record of records) {
      for (const [i, cell] of record.entries())
        if (cell.includes('\u037e')) record[i] = cell.normalize('NFC');
    }
  }
  const last = records.at(-1);
  if (text.endsWith('\n') && last?.length === 1 && last[0] === '') records.pop();
  return records;
}

/** Data records below the header → kept rows and skipped ones; `records[i]` is sheet row `firstRowNumber + i`. */
function classifyRecords(
  records: readonly (readonly string[])[],
  firstRowNumber: number,
  headerWidth: number,
): { rows: CsvRow[]; skipped: SkippedRow[] } {
  const rows: CsvRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const [i, cells] of records.entries()) {
    const rowNumber = firstRowNumber + i;
    const last = lastNonEmpty(cells);
    if (last < 0) skipped.push({ rowNumber, reason: 'blank' });
    else if (isTotalRow(cells)) skipped.push({ rowNumber, reason: 'total' });
    else if (isNoteRow(cells, headerWidth)) skipped.push({ rowNumber, reason: 'note' });
    // Excel pads rows to its used range: drop empty cells past the header, keep any that hold data.
    else
      rows.push({
        rowNumber,
        cells: cells.length > headerWidth ? cells.slice(0, Math.max(headerWidth, last + 1)) : cells,
      });
  }
  return { rows, skipped };
}

export function readCsv(input: string, options: ReadCsvOptions = {}): CsvTable {
  const raw = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(raw);
  const records = splitRecords(raw, delimiter);

  const headerIndex = findHeader(records, options.headerRowNumber);
  const skipped: SkippedRow[] = [];
  for (let i = 0; i < Math.max(headerIndex, 0); i++) {
    skipped.push({ rowNumber: i + 1, reason: lastNonEmpty(records[i] ?? []) >= 0 ? 'title' : 'blank' });
  }
  if (headerIndex < 0) {
    for (let i = 0; i < records.length; i++) skipped.push({ rowNumber: i + 1, reason: 'blank' });
    return { delimiter, headerRowNumber: 0, header: [], rows: [], skipped };
  }

  let headerCells: readonly string[] = records[headerIndex] ?? [];
  let bodyStart = headerIndex + 1;
  // Only a header line continues on the next (a title above a full header row does not).
  if (knownHeaderCount(headerCells) >= 2 && isSubHeader(records[bodyStart] ?? [])) {
    headerCells = mergeHeaderLines(headerCells, records[bodyStart] ?? []);
    skipped.push({ rowNumber: ++bodyStart, reason: 'subheader' });
  }
  if (isColumnNumberRow(records[bodyStart] ?? []))
    skipped.push({ rowNumber: ++bodyStart, reason: 'subheader' });
  const header = headerCells.slice(0, lastNonEmpty(headerCells) + 1).map((c) => c.trim());
  const body = classifyRecords(records.slice(bodyStart), bodyStart + 1, header.length);
  skipped.push(...body.skipped);
  const titles = records
    .slice(0, headerIndex)
    .map((r) => r.filter((c) => !isEmpty(c)).join(' '))
    .filter((t) => t !== '');
  const top = records.slice(0, TOP_ROWS).map((cells, i) => ({ rowNumber: i + 1, cells }));
  return { delimiter, headerRowNumber: headerIndex + 1, header, rows: body.rows, skipped, titles, top };
}

/**
 * For reading a large file in pieces (ingest/ingestCsvStream.ts): the length of the leading part of `text`
 * that ends with a record break outside quotes, i.e. where the text can be cut without splitting a record
 * (or a quoted cell with line breaks). 0 when no record is complete yet. `text` must start at a record start.
 */
export function completeRecordsLength(text: string, delimiter: Delimiter): number {
  let end = 0;
  walkRecords(
    text,
    delimiter,
    () => {},
    (start, length) => {
      end = start + length;
      return true;
    },
  );
  return end;
}

/**
 * The rows of a piece of a file cut by completeRecordsLength, after the piece that held the header: the
 * same row classification and numbering readCsv applies below the header. `firstRowNumber` is the sheet
 * row of the piece's first record; `recordCount` advances it for the next piece.
 */
export function readCsvPiece(
  text: string,
  delimiter: Delimiter,
  firstRowNumber: number,
  headerWidth: number,
): { rows: CsvRow[]; skipped: SkippedRow[]; recordCount: number } {
  // A piece starts mid-file, where U+FEFF is data: papaparse strips it from the start of any text it
  // is given, so a line break goes first and its empty record is dropped.
  const records = text.startsWith('\uFEFF')
    ? splitRecords(`\n${text}`, delimiter).slice(1)
    : splitRecords(text, delimiter);
  return { ...classifyRecords(records, firstRowNumber, headerWidth), recordCount: records.length };
}

/**
 * The length of the leading part of `text` that holds its first `count` records, line break included
 * (records as readCsv splits them); undefined when the text holds fewer. For the bulk read (ingest/bulkPlan.ts),
 * which hands the rows below the header to DuckDB from this point on.
 */
export function recordsLength(text: string, delimiter: Delimiter, count: number): number | undefined {
  if (count === 0) return 0;
  let seen = 0;
  let end: number | undefined;
  walkRecords(
    text,
    delimiter,
    () => {},
    (start, length) => {
      seen++;
      if (seen === count) end = start + length;
      return seen < count;
    },
  );
  return end;
}
