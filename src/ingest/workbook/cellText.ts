/**
 * One workbook cell → the text the CSV ingest reads, as the cell shows in Excel but in the forms the
 * parsers take without guessing: dates dd/mm/yyyy, numbers plain.
 */

import type { CellObject } from '@e965/xlsx';
import { SSF } from '@e965/xlsx';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A date serial → dd/mm/yyyy (the day only: OCOP lists date recognitions and decisions, not times). */
export function serialToDate(serial: number, date1904: boolean): string | undefined {
  const parts = SSF.parse_date_code(serial, { date1904 });
  if (!parts || parts.y < 1 || parts.m < 1 || parts.d < 1) return undefined;
  return `${pad(parts.d, 2)}/${pad(parts.m, 2)}/${pad(parts.y, 4)}`;
}

// "1.234" with a dot before exactly three digits is read as Vietnamese thousands grouping (1 234).
const LOOKS_GROUPED = /^-?\d{1,3}\.\d{3}$/;

/**
 * A number as plain digits: no grouping, no exponent, "." as the decimal mark, integers without ".0",
 * rounded to Excel's 15 significant digits so 0.1 + 0.2 reads 0.3, as Excel shows it. A decimal such
 * as 1.234 gets a trailing zero ("1.2340"): written "1.234", the ingest would read one thousand two
 * hundred thirty-four, as it must for a typed Vietnamese "1.234".
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  let text = String(rounded);
  if (/e/i.test(text)) {
    text = Number.isInteger(rounded)
      ? BigInt(rounded).toString()
      : rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  return LOOKS_GROUPED.test(text) ? `${text}0` : text;
}

const isDateFormat = (format: string | number | undefined): boolean =>
  format !== undefined && SSF.is_date(format);

/** Whether a date format shows the day (not "yyyy" or "mm/yyyy"), quoted text and [colour] sections aside. */
const showsDay = (format: string | number | undefined): boolean =>
  typeof format !== 'string' || /d/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

export function cellText(cell: CellObject | undefined | null, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'z':
      return '';
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.w ?? (cell.v ? 'TRUE' : 'FALSE');
    // An error cell (#DIV/0!, #N/A) keeps its text, so the row is rejected with it rather than read as empty.
    case 'e':
      return cell.w ?? '#ERROR';
    case 'd':
      return cell.v instanceof Date
        ? `${pad(cell.v.getUTCDate(), 2)}/${pad(cell.v.getUTCMonth() + 1, 2)}/${pad(cell.v.getUTCFullYear(), 4)}`
        : String(cell.v ?? '');
    case 'n': {
      const value = typeof cell.v === 'number' ? cell.v : Number(cell.v);
      if (isDateFormat(cell.z) && value >= 1 && showsDay(cell.z))
        return serialToDate(value, date1904) ?? plainNumber(value);
      // A time of day alone ("08:30"), or a date shown as its year or month ("2024", "08/2024"): as Excel
      // shows it, rather than a day the sheet does not state.
      if (isDateFormat(cell.z)) return cell.w ?? plainNumber(value);
      return plainNumber(value);
    }
    default:
      return cell.w ?? String(cell.v ?? '');
  }
}
