/**
 * The one writer of CSV files users download (the provinces table, the SQL console's result, chart
 * data): UTF-8 with a BOM so Excel reads the Vietnamese letters, records ending in CRLF, and the
 * separator and decimal mark the reader's Excel expects — Vietnamese Excel has ',' as its decimal mark
 * and ';' between cells, English Excel '.' and ','. These are the conventions of the import report
 * (import/validationReport.ts), whose formula guard this reuses so there is one.
 *
 * Text is always quoted (quotes doubled) and neutralized: a cell a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR) gets an apostrophe in front, since exports repeat text from users' files.
 * Numbers are written as numbers (no grouping), never neutralized: a negative change must stay a number.
 */

import type { Lang } from '../i18n/messages';
import { neutralizeFormula } from '../import/validationReport';

export { neutralizeFormula };

/** A cell as the caller has it: text, a number, or nothing. */
export type CsvCell = string | number | null;

export function csvSeparator(lang: Lang): string {
  return lang === 'vi' ? ';' : ',';
}

function numberText(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '';
  // Plain digits, no exponent for the magnitudes tables hold; the decimal mark of the reader's Excel.
  const text = Number.isInteger(value) ? value.toFixed(0) : String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function cellText(cell: CsvCell, lang: Lang): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell, lang);
  return `"${neutralizeFormula(cell).replaceAll('"', '""')}"`;
}

/** Rows (the header first) as the text of a CSV file, BOM included. */
export function csvDocument(rows: readonly (readonly CsvCell[])[], lang: Lang): string {
  const separator = csvSeparator(lang);
  const text = rows.map((cells) => cells.map((cell) => cellText(cell, lang)).join(separator)).join('\r\n');
  return `\uFEFF${text}\r\n`;
}

/**
 * Part of a download's file name taken from text we do not control (the name of a user's file): letters
 * of any script, digits, '.', '_', '(', ')' and '-' are kept, anything else (markup, quotes, path and
 * control characters, bidi overrides) becomes '-'; at most `limit` characters, never empty, never hidden.
 */
export function fileNamePart(text: string, limit = 80): string {
  const kept = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._()-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const short = Array.from(kept)
    .slice(0, limit)
    .join('')
    .replace(/[-.]+$/, '');
  return short || 'tep';
}

/** A file name that says what and when: "tinh-thanh-2026-11-22.csv". */
export function csvFileName(base: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${fileNamePart(base)}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
