/**
 * In which administrative layout a file's undated rows are read (63 former provinces or 34 new units),
 * guessed from what the file says about itself; the import screen shows the guess and lets the user
 * change it. Dated rows always follow their own date (normalizeRows). No evidence, no guess: the year
 * rule of model/provinces.ts (layoutForYear) then applies row by row.
 */

import { DATASETS, type DatasetId } from '../model/datasets.ts';
import { nameKey } from '../model/nameKey.ts';
import { type Layout, MERGER_DATE, PROVINCES_34, PROVINCES_63 } from '../model/provinces.ts';
import type { HeaderMapping } from './mapHeaders.ts';
import { type DateOrder, dateOfYearCell, dateOrderOf, parseDate, parseYear } from './parseValues.ts';
import type { CsvTable } from './readCsv.ts';

export type LayoutReason = 'dates' | 'title' | 'oldNames';

export interface LayoutGuess {
  readonly layout: Layout;
  readonly reason: LayoutReason;
  /** The unit the title names (reason 'title'). */
  readonly unit?: string;
}

// A 34 unit that absorbed others: its name in a title from 2025 on means the merged unit.
const MERGED_UNITS = PROVINCES_34.filter((p) => p.constituents.length > 1);
// A 63 unit whose name no 34 unit kept: named as the file's own unit, it is a pre-merger file.
const NAMES_34 = new Set(PROVINCES_34.map((p) => nameKey(p.name)));
const ABSORBED_UNITS = PROVINCES_63.filter((p) => !NAMES_34.has(nameKey(p.name)));
const AFTER_MERGER_WORDS = ['sau sap nhap', 'sau hop nhat', 'sau khi sap nhap', 'tinh moi', '34 tinh'];

const mentions = (text: string, name: string): boolean => ` ${text} `.includes(` ${nameKey(name)} `);

function titleGuess(titles: readonly string[], latestYear: number | undefined): LayoutGuess | undefined {
  const text = nameKey(titles.join(' '));
  if (text === '') return undefined;
  const year = Math.max(...yearsNamedInTitle(titles), latestYear ?? 0);
  const afterMerger = AFTER_MERGER_WORDS.some((w) => text.includes(w));
  const merged = MERGED_UNITS.find((p) => mentions(text, p.name));
  if (merged && (afterMerger || year >= 2025) && (latestYear === undefined || latestYear >= 2025)) {
    return { layout: '34', reason: 'title', unit: merged.name };
  }
  const absorbed = ABSORBED_UNITS.find((p) => mentions(text, p.name));
  if (absorbed && !afterMerger) return { layout: '63', reason: 'oldNames', unit: absorbed.name };
  return undefined;
}

/**
 * The order the file writes d/m/y dates in, from the first rows' cells of its date columns (a year column
 * may hold dates too): day first unless some date cannot be (dateOrderOf). The screen shows it.
 */
export function guessDateOrder(
  table: Pick<CsvTable, 'rows'>,
  dataset: DatasetId,
  mapping: HeaderMapping,
): DateOrder {
  return dateOrderOf(dateCellsOf(table, dataset, mapping));
}

/** The first rows' cells of the columns mapped as a date or a year (which may hold dates). */
export function dateCellsOf(
  table: Pick<CsvTable, 'rows'>,
  dataset: DatasetId,
  mapping: HeaderMapping,
): string[] {
  const indexes = DATASETS[dataset].columns
    .filter((c) => c.kind === 'date' || c.kind === 'year')
    .flatMap((c) => (mapping[c.name] === undefined ? [] : [mapping[c.name] as number]));
  return table.rows.flatMap((r) => indexes.map((i) => r.cells[i] ?? ''));
}

/** The file's layout for undated rows, or undefined when nothing in it says (then the year decides). */
export function guessLayout(
  table: Pick<CsvTable, 'rows' | 'titles'>,
  dataset: DatasetId,
  mapping: HeaderMapping,
): LayoutGuess | undefined {
  const spec = DATASETS[dataset];
  if (spec.periodColumn !== 'year') return undefined;
  const yearIndex = mapping.year;
  const dateName = spec.columns.find((c) => c.kind === 'date')?.name;
  const dateIndex = dateName === undefined ? undefined : mapping[dateName];
  let dated = 0;
  let afterMerger = 0;
  let latestYear: number | undefined;
  const order = guessDateOrder(table, dataset, mapping);
  for (const { cells } of table.rows) {
    const yearRaw = yearIndex === undefined ? '' : (cells[yearIndex] ?? '');
    const dateRaw = dateIndex === undefined ? '' : (cells[dateIndex] ?? '');
    const parsed = dateRaw.trim() === '' ? undefined : parseDate(dateRaw, order);
    const date = parsed?.ok ? parsed.value : dateOfYearCell(yearRaw, order);
    const year = parseYear(yearRaw, order);
    if (year.ok) latestYear = Math.max(latestYear ?? year.value, year.value);
    if (date === undefined) continue;
    dated++;
    if (date >= MERGER_DATE) afterMerger++;
  }
  // Every dated row after the merger: the undated ones among them come from the same new unit.
  if (dated > 0 && afterMerger === dated) return { layout: '34', reason: 'dates' };
  // A title names the file's own unit in a province's list; a distribution report names its market.
  return dataset === 'distribution' ? undefined : titleGuess(table.titles ?? [], latestYear);
}

const ALL_UNITS = [...PROVINCES_34, ...PROVINCES_63];

/**
 * The provinces a title names ("DANH SÁCH SẢN PHẨM OCOP TỈNH VĨNH LONG"), in the order written (the
 * list's own unit comes before "bao gồm địa bàn tỉnh Tiền Giang cũ"), the longer of two names at one
 * place first: offered first when a list has no province column. Only offered; the user chooses.
 */
export function provincesNamedInTitle(titles: readonly string[]): string[] {
  const text = nameKey(titles.join(' '));
  if (text === '') return [];
  const found = new Map<string, number>();
  for (const p of ALL_UNITS)
    if (!found.has(p.name) && mentions(text, p.name))
      found.set(p.name, ` ${text} `.indexOf(` ${nameKey(p.name)} `));
  return [...found].sort(([a, at], [b, bt]) => at - bt || b.length - a.length).map(([name]) => name);
}

/** Star levels a title names ("DANH SÁCH SẢN PHẨM OCOP ĐẠT 5 SAO"), as "5 sao", in the order written. */
export function starsNamedInTitle(titles: readonly string[]): string[] {
  const stars = new Set<string>();
  for (const match of nameKey(titles.join(' ')).matchAll(/(?<!\d)([345]) sao\b/g))
    stars.add(`${match[1]} sao`);
  return [...stars];
}

/**
 * Years a file's title rows name ("DANH SÁCH SẢN PHẨM OCOP NĂM 2024", "Kèm theo Quyết định số 12/QĐ-UBND
 * ngày 15 tháng 3 năm 2024"), in the order written: a decision annex often gives its year only there.
 */
export function yearsNamedInTitle(titles: readonly string[]): number[] {
  const years = new Set<number>();
  // Not a decision's number ("2031/QĐ-UBND"); a month's year ("tháng 12/2024") is one.
  for (const match of titles.join(' ').matchAll(/(?<!\d)(20\d\d)(?![\d/])/g)) years.add(Number(match[1]));
  return [...years];
}
