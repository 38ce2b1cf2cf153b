/**
 * One parser per value kind of the data contract (model/datasets.ts). Each takes the raw cell text and
 * returns the value or a RejectReason; none guesses: a cell that could mean two things is rejected.
 * An empty cell is `required` for every parser but parseText; the caller decides about defaults.
 */

import { nameKey } from '../model/nameKey.ts';
import { type Choice, resolveChoice, STAR_LEVELS, type StarLevelId } from '../model/ocop.ts';
import { resolveProvince } from '../model/provinceResolver.ts';
import type { Layout } from '../model/provinces.ts';
import type { ChoiceKind, Parsed, RejectReason } from './rejectReason.ts';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: RejectReason): Parsed<T> => ({ ok: false, reason });
const REQUIRED: RejectReason = { code: 'required' };

// DuckDB INTEGER is 32-bit; a larger "count" is a typo or a misread column, not a count.
const MAX_INTEGER = 2_147_483_647;

// Space, NBSP, narrow NBSP and thin space: digit grouping as typed or as exported by LibreOffice/Excel.
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const DIGITS = /^\d+$/;

/**
 * A non-negative decimal in Vietnamese or English notation, or undefined. Vietnamese first: "." groups
 * thousands and "," is the decimal mark ("1.234,5", "1.234", "1,5"). English is recognised only where
 * the text cannot be Vietnamese: "1,234.5" (comma before dot), "1234.5" (a single dot not followed by
 * exactly three digits), "1,234,567" (several commas).
 */
function parseDecimal(input: string): number | undefined {
  let s = input.trim();
  if (SPACE_GROUPED.test(s)) s = s.replace(/[ \u00a0\u202f\u2009]/g, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal mark, the other must be proper thousands grouping.
    const decimalAt = Math.max(lastDot, lastComma);
    intPart = s.slice(0, decimalAt);
    fracPart = s.slice(decimalAt + 1);
    const grouping = lastComma > lastDot ? GROUPED_DOT : GROUPED_COMMA;
    if (!grouping.test(intPart)) return undefined;
    intPart = intPart.replace(/[.,]/g, '');
  } else if (lastDot >= 0) {
    if (GROUPED_DOT.test(s) && !s.startsWith('0')) intPart = s.replaceAll('.', '');
    else if (s.indexOf('.') === lastDot) {
      intPart = s.slice(0, lastDot);
      fracPart = s.slice(lastDot + 1);
    } else return undefined;
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) {
      if (!GROUPED_COMMA.test(s)) return undefined;
      intPart = s.replaceAll(',', '');
    } else {
      intPart = s.slice(0, lastComma);
      fracPart = s.slice(lastComma + 1);
    }
  } else intPart = s;

  if (!DIGITS.test(intPart) || (fracPart !== '' && !DIGITS.test(fracPart))) return undefined;
  if (s.endsWith('.') || s.endsWith(',')) return undefined;
  const value = Number(fracPart === '' ? intPart : `${intPart}.${fracPart}`);
  return Number.isFinite(value) ? value : undefined;
}

/** Non-negative integer: "1.204", "12.345.678", "1204", "1 204", "1,204" (English grouping), "1.204,0". */
export function parseCount(input: string): Parsed<number> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  // For counts a single comma before exactly three digits is English grouping, never a decimal mark.
  const value = GROUPED_COMMA.test(s) && !s.startsWith('0') ? Number(s.replaceAll(',', '')) : parseDecimal(s);
  if (value === undefined || !Number.isInteger(value) || value > MAX_INTEGER) {
    return fail({ code: 'notACount', value: s });
  }
  return ok(value);
}

/** Non-negative decimal: "1.234,5", "1234.5", "1,5", "1.234" (= 1234). No percentages, no signs. */
export function parseNumber(input: string): Parsed<number> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  const value = parseDecimal(s);
  return value === undefined ? fail({ code: 'notANumber', value: s }) : ok(value);
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * A year 2000..2100: "2023", "Năm 2023", or the year of a date ("01/08/2020", an Excel serial, "Số
 * 123/QĐ-UBND ngày 01/8/2020"), for files whose only period is a date.
 */
export function parseYear(input: string, order: DateOrder = 'dmy'): Parsed<number> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  const m = /^(?:(?:nam|year) )?(\d{4})$/.exec(nameKey(s));
  // nameKey also drops signs and brackets ("-2023", "(2023)"): only words may precede the digits.
  let year = m && /^[\p{L}\s:]*\d{4}$/u.test(s) ? Number(m[1]) : Number.NaN;
  // A year cell formatted as a number by Excel: "2.023" (Vietnamese grouping) or "2,023".
  if (Number.isNaN(year) && /^2[.,]\d{3}$/.test(s)) year = Number(s.replace(/[.,]/, ''));
  if (Number.isNaN(year)) {
    const date = dateOfYearCell(s, order);
    if (date !== undefined) year = Number(date.slice(0, 4));
  }
  return year >= MIN_YEAR && year <= MAX_YEAR ? ok(year) : fail({ code: 'yearOutOfRange', value: s });
}

// "08/2020", "T8/2020", "tháng 8/2020", "Tháng 8 năm 2020" (after nameKey).
const MONTH_ONLY = /^(?:t|th|thang )?(\d{1,2}) (?:nam )?(\d{4})$/;

/**
 * A month written without a day, as the first day of that month ('yyyy-mm-01'): enough for a year and
 * for the 63/34 layout (the merger took effect on the first of a month), not for a recognition date.
 */
export function monthOfCell(input: string): string | undefined {
  const m = MONTH_ONLY.exec(nameKey(input));
  if (!m) return undefined;
  return isoDate(Number(m[2]), Number(m[1]), 1);
}

// One date inside a longer text: "ngày 01/8/2020", "ngày 1 tháng 8 năm 2020".
const DATE_IN_TEXT = /(?:^|[^\d/.-])(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?![\d/.-])/g;
const WORDED_DATE_IN_TEXT = /ngay \d{1,2} thang \d{1,2} nam \d{4}/g;

/**
 * The date a year cell holds, as 'yyyy-mm-dd': the whole cell ("01/08/2020", "2020-08-01", an Excel
 * serial), or the one date written inside it (a decision "Số 123/QĐ-UBND ngày 01/8/2020"). Two dates in
 * one text are not guessed between.
 */
export function dateOfYearCell(input: string, order: DateOrder = 'dmy'): string | undefined {
  const whole = parseDate(input, order);
  if (whole.ok) return whole.value;
  const month = monthOfCell(input);
  if (month !== undefined) return month;
  const found = [...input.matchAll(DATE_IN_TEXT)].map((m) => m[1] ?? '');
  const worded = [...nameKey(input).matchAll(WORDED_DATE_IN_TEXT)].map((m) => m[0]);
  const dates = [...found, ...worded];
  if (dates.length !== 1) return undefined;
  const p = parseDate(dates[0] ?? '', order);
  return p.ok ? p.value : undefined;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? undefined : `${year}-${pad2(month)}-${pad2(day)}`;
}

// Excel (1900 date system) serial of 1970-01-01; serials in range are far past the 1900 leap-year bug.
const EXCEL_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
// Excel and LibreOffice often add a midnight time to exported dates.
const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AP]M)?)$/i;

/**
 * How a file writes "05/03/2024": day first, as in Vietnam, or month first, as Excel writes dates into a
 * CSV on a Windows set to English (US).
 */
export type DateOrder = 'dmy' | 'mdy';

const SLASHED_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Whether a cell is a d/m/y or m/d/y date, the kind whose order is in question ("05/03/2024"). */
export function isSlashedDate(cell: string): boolean {
  return SLASHED_DATE.test(cell.trim().replace(TIME_SUFFIX, ''));
}

/**
 * The order a file's dates are written in, from its cells: month first only when some date cannot be
 * day first ("9/20/2019") and none cannot be month first ("20/9/2019"); otherwise day first.
 */
export function dateOrderOf(cells: Iterable<string>): DateOrder {
  let monthFirst = false;
  for (const cell of cells) {
    const m = SLASHED_DATE.exec(cell.trim().replace(TIME_SUFFIX, ''));
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && first <= 31) return 'dmy';
    if (second > 12 && second <= 31 && first >= 1) monthFirst = true;
  }
  return monthFirst ? 'mdy' : 'dmy';
}

/**
 * → 'yyyy-mm-dd'. Day first by default ("05/03/2024" is 5 March), as written in Vietnam; month first
 * when the file's order says so (dateOrderOf); also ISO "2024-03-05", "2024/03/05",
 * "ngày 5 tháng 3 năm 2024" and Excel serials 20000..80000.
 */
export function parseDate(input: string, order: DateOrder = 'dmy'): Parsed<string> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  const bad = fail<string>({ code: 'notADate', value: s });
  const d = s.replace(TIME_SUFFIX, '');

  let m = SLASHED_DATE.exec(d);
  if (m) {
    const [day, month] = order === 'dmy' ? [m[1], m[3]] : [m[3], m[1]];
    return toParsed(isoDate(Number(m[4]), Number(month), Number(day)), bad);
  }
  m = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(d);
  if (m) return toParsed(isoDate(Number(m[1]), Number(m[3]), Number(m[4])), bad);
  m = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(nameKey(d));
  if (m) return toParsed(isoDate(Number(m[3]), Number(m[2]), Number(m[1])), bad);
  m = /^(\d{5})(?:\.\d+)?$/.exec(d);
  if (m) {
    const serial = Number(m[1]);
    if (serial < 20000 || serial > 80000) return bad;
    return ok(new Date((serial - EXCEL_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10));
  }
  return bad;
}

function toParsed(iso: string | undefined, bad: Parsed<string>): Parsed<string> {
  return iso === undefined ? bad : ok(iso);
}

const STAR_GLYPHS = /^[★⭐✩☆*]+$/u;
// "★★★☆☆" is a 3-star rating drawn on a 5-star scale: only filled glyphs count.
const FILLED_STAR = /[★⭐*]/gu;
// Words around the number that do not change the level: "Hạng 4", "đạt 4 sao", "5 sao quốc gia",
// "sản phẩm OCOP 3 sao", "4 sao cấp tỉnh", "xếp hạng 4 sao".
const STAR_WORDS = new Set([
  'hang',
  'sao',
  'star',
  'stars',
  'ocop',
  'dat',
  'xep',
  'quoc',
  'gia',
  'cap',
  'tinh',
  'san',
  'pham',
  'sp',
  'muc',
  'rated',
  'national',
  'level',
  'trung',
  'uong',
  'tw',
  'cong',
  'nhan',
]);
const NUMBER_WORDS: Readonly<Record<string, string>> = { mot: '1', hai: '2', ba: '3', bon: '4', nam: '5' };
const POTENTIAL_WORDS = [' tiem nang ', ' potential '];
const PROPOSED_WORDS = [' de nghi cong nhan ', ' de nghi ', ' de xuat ', ' proposed ', ' dang de nghi '];

/** Removes each phrase found in ` key `; whether any was there. */
function takeWords(key: { text: string }, phrases: readonly string[]): boolean {
  let found = false;
  for (const phrase of phrases) {
    if (key.text.includes(phrase)) {
      found = true;
      key.text = key.text.replace(phrase, ' ');
    }
  }
  return found;
}

/**
 * '3' | '4' | '5' | 'potential-5' | 'proposed-5' from "4", "4 sao", "4★", "★★★★", "Hạng 4", "đạt 4 sao",
 * "5 sao quốc gia", "Tiềm năng 5 sao", "Đề nghị công nhận 5 sao". One and two stars are a rating below
 * OCOP certification (notOcopStar), not a typo.
 */
export function parseStar(input: string): Parsed<StarLevelId> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  const listed = resolveChoice(STAR_LEVELS, s);
  if (listed) return ok(listed);

  let level: string | undefined;
  let potential = false;
  let proposed = false;
  if (STAR_GLYPHS.test(s)) level = String(s.match(FILLED_STAR)?.length ?? 0);
  else {
    // nameKey drops "★", "*", "-" and tone marks: "Hạng 4★" → "hang 4".
    const key = { text: ` ${nameKey(s)} ` };
    proposed = takeWords(key, PROPOSED_WORDS);
    potential = takeWords(key, POTENTIAL_WORDS);
    // "Ba (3) sao": the same number written twice is one number.
    const words = [
      ...new Set(
        key.text
          .split(' ')
          .filter((w) => w !== '' && !STAR_WORDS.has(w))
          .map((w) => NUMBER_WORDS[w] ?? w),
      ),
    ];
    // "4,0" / "4.0" from a numeric cell reach here as two words.
    if (words.length === 2 && /^0+$/.test(words[1] ?? '') && /^\d+[.,]0+\D*$/.test(s)) words.pop();
    if (words.length === 1 && DIGITS.test(words[0] ?? '')) level = String(Number(words[0]));
  }
  if (level === '5' && potential !== proposed) return ok(potential ? 'potential-5' : 'proposed-5');
  if (!potential && !proposed && (level === '3' || level === '4' || level === '5')) return ok(level);
  if (!potential && !proposed && (level === '1' || level === '2'))
    return fail({ code: 'notOcopStar', value: s, stars: Number(level) });
  // A note in brackets does not change the level: "4 sao (năm 2023)", "5 sao (cấp quốc gia)".
  const bare = s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
  if (bare !== s && bare !== '') {
    const p = parseStar(bare);
    if (p.ok) return p;
    if (p.reason.code === 'notOcopStar') return fail({ ...p.reason, value: s });
  }
  return fail({ code: 'starOutOfRange', value: s });
}

/** An id of a closed list (model/ocop.ts), matched on id, labels and aliases through nameKey. */
export function parseChoice<Id extends string>(
  choices: readonly Choice<Id>[],
  input: string,
  kind: ChoiceKind,
): Parsed<Id> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  const id =
    resolveChoice(choices, s) ??
    labelInside(s, kind === 'productGroup', (label) => resolveChoice(choices, label));
  return id === undefined ? fail({ code: 'unknownChoice', value: s, kind }) : ok(id);
}

// "1. Thực phẩm", "Nhóm 1: Thực phẩm", "(2) Đồ uống": a list's numbering before the label.
const NUMBERING = /^(?:(?:nhóm|nhom|group)\s*)?(?:\d{1,2}\s*[.:)–-]|\(\d{1,2}\))\s*/iu;
// "Thực phẩm (Nhóm 1)", "Đồ uống (rượu)": a note after it.
const TRAILING_NOTE = /\s*\([^()]*\)$/u;
// "Thực phẩm - Thực phẩm chế biến": a product group, then its kind. Not for other lists, where the part
// before a dash may be another choice ("Chính quyền – doanh nghiệp" is not "Chính quyền").
const THEN_KIND = /\s+[-–]\s+/u;

/** The label in a cell that adds numbering, a note (or a group's kind) to it, when a list knows it. */
function labelInside<Id>(
  cell: string,
  groupThenKind: boolean,
  resolve: (label: string) => Id | undefined,
): Id | undefined {
  const unnumbered = cell.replace(NUMBERING, '');
  const unnoted = unnumbered.replace(TRAILING_NOTE, '');
  const group = groupThenKind ? (unnoted.split(THEN_KIND)[0] ?? '') : '';
  for (const label of [unnumbered, unnoted, group]) {
    if (label === '' || label === cell) continue;
    const id = resolve(label);
    if (id !== undefined) return id;
  }
  return undefined;
}

export interface ProvinceValue {
  readonly code: string;
  readonly layout: Layout;
  /** The old ('63') code when an old unit's name was given in a post-merger ('34') row. */
  readonly mergedFrom?: string;
}

export function parseProvince(input: string, layout: Layout): Parsed<ProvinceValue> {
  const s = input.trim();
  if (s === '') return fail(REQUIRED);
  if (ALL_PROVINCES.has(nameKey(s))) return fail({ code: 'nationalTotal', value: s });
  const r = resolveProvince(s, layout);
  if (!r.ok) return fail({ code: r.reason, value: s });
  return ok(
    r.mergedFrom === undefined
      ? { code: r.code, layout }
      : { code: r.code, layout, mergedFrom: r.mergedFrom },
  );
}

const ALL_PROVINCES = new Set(['all', 'ca nuoc', 'toan quoc', 'tat ca', 'tat ca cac tinh']);

/** A province, or 'all' for a nationwide target ("cả nước", "toàn quốc", "tất cả"). */
export function parseTargetProvince(input: string, layout: Layout): Parsed<ProvinceValue | 'all'> {
  if (ALL_PROVINCES.has(nameKey(input))) return ok('all');
  return parseProvince(input, layout);
}

export interface ProvinceListValue {
  /** Number of distinct provinces. */
  readonly count: number;
  /** Distinct codes in order of first mention; empty when the cell only gave a number. */
  readonly codes: readonly string[];
  /** Old units named in a post-merger row, with the unit each became part of. */
  readonly merged: readonly { readonly oldCode: string; readonly newCode: string }[];
}

const PROVINCE_COUNT = /^(\d+)(?: (?:tinh|tinh thanh|tinh thanh pho|dia phuong|provinces?))?$/;

/** "27", "27 tỉnh" → a count only; "Hà Nội; TP.HCM và Cần Thơ" → codes (every name must resolve). */
export function parseProvinceList(input: string, layout: Layout): Parsed<ProvinceListValue> {
  const s = input.trim().normalize('NFC');
  if (s === '') return fail(REQUIRED);
  const countOnly = PROVINCE_COUNT.exec(nameKey(s));
  if (countOnly && /^\d/.test(s)) {
    const count = Number(countOnly[1]);
    if (count > MAX_INTEGER) return fail({ code: 'notACount', value: s });
    return ok({ count, codes: [], merged: [] });
  }
  const codes: string[] = [];
  const merged: { oldCode: string; newCode: string }[] = [];
  for (const item of s.split(/[;,\n]|\s+(?:và|and|&)\s+/iu)) {
    if (item.trim() === '') continue;
    const r = parseProvince(item, layout);
    if (!r.ok) return r;
    if (!codes.includes(r.value.code)) codes.push(r.value.code);
    if (r.value.mergedFrom !== undefined) merged.push({ oldCode: r.value.mergedFrom, newCode: r.value.code });
  }
  if (codes.length === 0) return fail({ code: 'unknownProvince', value: s });
  return ok({ count: codes.length, codes, merged });
}

/** Free text: trimmed, NFC; empty → null. */
export function parseText(input: string): Parsed<string | null> {
  const s = input.trim().normalize('NFC');
  return ok(s === '' ? null : s);
}
