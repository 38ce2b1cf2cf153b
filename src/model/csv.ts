/**
 * The one CSV writer, in the three flavours the project writes (over Papa.unparse, but for the import's
 * hot path, see csvForDuckDb):
 *
 * - `csvForReader`: files users download and open in Excel (tables, chart data, the SQL console's
 *   result, the import report). UTF-8 with a BOM so Excel reads the Vietnamese letters, CRLF records,
 *   and the separator and decimal mark of the reader's Excel — Vietnamese Excel has ',' as its decimal
 *   mark and ';' between cells, English Excel '.' and ','. Every text cell is quoted and neutralized
 *   (model/spreadsheetSafeText.ts); numbers are written as numbers (no grouping), never neutralized, so a
 *   negative change stays a number.
 * - `csvForDuckDb`: normalized rows handed to DuckDB's read_csv with explicit column types
 *   (db/loadTable.ts). Comma, '\n' records, '.' decimals, ISO dates, every string quoted with quotes
 *   doubled, NULL an empty unquoted field: quoting every string keeps any text intact and tells "" from
 *   NULL.
 * - `csvForReference`: the committed files under data/reference/ (RFC 4180, quoted only where needed,
 *   '\n' records), which referenceCsv.test.ts compares byte for byte.
 */

import Papa from 'papaparse';
import { neutralizeFormula } from './spreadsheetSafeText.ts';

/** Text Papa writes as it stands, never quoted: a number already in the reader's decimal mark. */
class Unquoted {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Quote every string; numbers, booleans and Unquoted text go bare (Papa still quotes what needs it). */
const quoteStrings = (value: unknown): boolean => typeof value === 'string';

// ---- For readers (downloads) -------------------------------------------------------------------------

/** The languages whose Excel conventions a download follows (the UI languages). */
export type ReaderLanguage = 'vi' | 'en';

/** A cell as the caller has it: text, a number, or nothing. */
export type CsvCell = string | number | null;

export function csvSeparator(lang: ReaderLanguage): string {
  return lang === 'vi' ? ';' : ',';
}

function numberText(value: number, lang: ReaderLanguage): string {
  // Plain digits, no exponent for the magnitudes tables hold; the decimal mark of the reader's Excel.
  const text = Number.isInteger(value) ? value.toFixed(0) : String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function readerCell(cell: CsvCell, lang: ReaderLanguage): string | Unquoted | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? new Unquoted(numberText(cell, lang)) : null;
  return neutralizeFormula(cell);
}

/** Rows (the header first) as the text of a CSV file a reader opens in Excel, BOM included. */
export function csvForReader(rows: readonly (readonly CsvCell[])[], lang: ReaderLanguage): string {
  const text = Papa.unparse(
    rows.map((cells) => cells.map((cell) => readerCell(cell, lang))),
    { delimiter: csvSeparator(lang), newline: '\r\n', quotes: quoteStrings },
  );
  return `\uFEFF${text}\r\n`;
}

// ---- For DuckDB -------------------------------------------------------------------------------------

/** A value of a normalized row (ingest/normalizeRows.ts): text, a number, a flag or NULL. */
export type MachineValue = string | number | boolean | null;

/** One field as DuckDB reads it: strings quoted with quotes doubled, NULL empty and unquoted. */
function machineField(value: MachineValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  if (typeof value === 'number') {
    // NaN/Infinity cannot come out of the parsers; writing them would make DuckDB fail the whole load.
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

/**
 * Rows of any table we load (a normalized dataset, the reference tables) with `columns` as the header.
 *
 * Written by hand, not through Papa.unparse: this is the import's hot path, and on 1M normalized rows
 * Papa.unparse with the same options took 1.7–2.8 s against 1.0–1.6 s here (Node 20, this 2-core
 * machine; scripts/bench/csvWriterBench.ts) — about a second per million rows, as long as native DuckDB
 * takes to import them. csv.test.ts checks the text equals Papa.unparse's (quoting every
 * string, '\n' records) byte for byte.
 */
export function csvForDuckDb(
  columns: readonly { readonly name: string }[],
  rows: readonly Readonly<Record<string, MachineValue>>[],
): string {
  const names = columns.map((c) => c.name);
  const lines = [names.join(',')];
  for (const row of rows) lines.push(names.map((name) => machineField(row[name])).join(','));
  return `${lines.join('\n')}\n`;
}

// ---- For committed reference files ------------------------------------------------------------------

/** CSV text with a header row, '\n' line ends and a final newline; fields quoted only where needed. */
export function csvForReference(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse([header, ...rows] as string[][], { newline: '\n' })}\n`;
}
