/**
 * A file's header row → which column of which dataset each header is. Matching is exact after nameKey
 * (against the canonical name and the aliases of model/datasets.ts); anything else is left for the user
 * to map by hand, and the confirmed mapping is remembered under headerSignature.
 */

import { DATASET_IDS, DATASETS, DATE_HEADERS_FOR_YEAR, type DatasetId } from '../model/datasets.ts';
import { nameKey } from '../model/nameKey.ts';

export type HeaderMapping = Readonly<Record<string /* canonical column */, number /* index in header */>>;

export interface HeaderGuess {
  dataset: DatasetId;
  mapping: HeaderMapping;
  /** Non-empty headers that no column took, as written. */
  unmappedHeaders: readonly string[];
  /** Required canonical columns with no header. */
  missingRequired: readonly string[];
  score: number;
}

// Every required column found is worth more than any number of optional ones, and a missing required
// column costs what finding it would have earned: a dataset that can load beats one that cannot.
const REQUIRED_WEIGHT = 10;
const OPTIONAL_WEIGHT = 1;
const MISSING_WEIGHT = 10;
// A header matching only once its bracketed note is removed ("Số lượng (sản phẩm)") ranks after any exact match.
const BRACKET_RANK = 1000;

/** The spellings of each column, as nameKeys, best first (canonical name, then aliases in order). */
function columnKeys(dataset: DatasetId): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const column of DATASETS[dataset].columns) {
    // nameKey turns '_' into a space, so "product_group" also matches a "Product group" header.
    keys.set(column.name, [column.name, ...column.aliases].map(nameKey));
  }
  return keys;
}

// Computed once: a file's header is matched against every dataset, and the keys never change.
const COLUMN_KEYS = new Map(DATASET_IDS.map((id) => [id, columnKeys(id)]));

const withoutBrackets = (header: string): string => header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');

const DATE_KEYS = DATE_HEADERS_FOR_YEAR.map(nameKey);

// Headers that tables of any dataset carry besides the contract's columns: they mark a header row too.
const OTHER_HEADER_KEYS = [
  'stt',
  'tt',
  'so tt',
  'so thu tu',
  'ghi chu',
  'dia chi',
  'huyen',
  'xa',
  'huyen thi xa thanh pho',
  'ma san pham',
  'diem',
  'tong diem',
  'dien thoai',
  'no',
  'notes',
];

// Every spelling a header cell of any dataset may have, as nameKeys.
const KNOWN_HEADER_KEYS: ReadonlySet<string> = new Set([
  ...[...COLUMN_KEYS.values()].flatMap((columns) => [...columns.values()].flat()),
  ...DATE_KEYS,
  ...OTHER_HEADER_KEYS,
]);

/** Whether a cell reads as a column header of some dataset (its bracketed note allowed, as mapHeaders does). */
export function isKnownHeader(cell: string): boolean {
  const exact = nameKey(cell);
  if (exact === '') return false;
  if (KNOWN_HEADER_KEYS.has(exact)) return true;
  const bare = nameKey(withoutBrackets(cell));
  return bare !== '' && KNOWN_HEADER_KEYS.has(bare);
}

/** How many cells of a row read as column headers: the header row is the row with the most. */
export function knownHeaderCount(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (isKnownHeader(cell)) n++;
  return n;
}

/** The rank of a header among the date headers a year can be read from; -1 if it is none. */
function dateHeaderRank(text: string): number {
  const exact = DATE_KEYS.indexOf(nameKey(text));
  if (exact >= 0) return exact;
  const bare = nameKey(withoutBrackets(text));
  const r = bare === '' ? -1 : DATE_KEYS.indexOf(bare);
  return r >= 0 ? BRACKET_RANK + r : -1;
}

/** Whether the header is one a year is read from as a date ("Năm ← Ngày công nhận" on the mapping screen). */
export function isDateHeader(text: string): boolean {
  return dateHeaderRank(text) >= 0;
}

/**
 * Columns that may share one header: the year read from the date column that is also kept as the date.
 * Any other header feeds one column at most.
 */
export function mayShareHeader(dataset: DatasetId, a: string, b: string): boolean {
  const kindOf = (name: string) => DATASETS[dataset].columns.find((c) => c.name === name)?.kind;
  const kinds = [kindOf(a), kindOf(b)];
  return kinds.includes('year') && kinds.includes('date');
}

/**
 * For a file with no year column, the column its years are read from: the one mapped as the row's date,
 * else the best date header ("Ngày công nhận" before "Ngày" before "Quyết định công nhận").
 */
function yearFromDateColumn(
  header: readonly string[],
  dataset: DatasetId,
  mapping: HeaderMapping,
): number | undefined {
  const dateColumn = DATASETS[dataset].columns.find((c) => c.kind === 'date');
  const mappedDate = dateColumn ? mapping[dateColumn.name] : undefined;
  if (mappedDate !== undefined) return mappedDate;
  const used = new Set(Object.values(mapping));
  let best: { index: number; rank: number } | undefined;
  for (const [index, text] of header.entries()) {
    if (used.has(index)) continue;
    const rank = dateHeaderRank(text);
    if (rank >= 0 && (!best || rank < best.rank)) best = { index, rank };
  }
  return best?.index;
}

export function mapHeaders(header: readonly string[], dataset: DatasetId): HeaderGuess {
  const spec = DATASETS[dataset];
  const keys = COLUMN_KEYS.get(dataset) ?? columnKeys(dataset);

  // Every (column, header) pair that matches, ranked: which spelling matched, then column order, then position.
  const pairs: { column: string; index: number; rank: number; order: number }[] = [];
  for (const [index, text] of header.entries()) {
    const exact = nameKey(text);
    const bare = nameKey(withoutBrackets(text));
    if (exact === '') continue;
    for (const [order, column] of spec.columns.entries()) {
      const spellings = keys.get(column.name) ?? [];
      let rank = spellings.indexOf(exact);
      if (rank < 0 && bare !== exact && bare !== '') {
        const r = spellings.indexOf(bare);
        if (r >= 0) rank = BRACKET_RANK + r;
      }
      if (rank >= 0) pairs.push({ column: column.name, index, rank, order });
    }
  }
  pairs.sort((a, b) => a.rank - b.rank || a.order - b.order || a.index - b.index);

  const mapping: Record<string, number> = {};
  const usedHeaders = new Set<number>();
  for (const p of pairs) {
    if (p.column in mapping || usedHeaders.has(p.index)) continue;
    mapping[p.column] = p.index;
    usedHeaders.add(p.index);
  }
  const yearColumn = spec.columns.find((c) => c.kind === 'year');
  if (yearColumn && mapping[yearColumn.name] === undefined) {
    const index = yearFromDateColumn(header, dataset, mapping);
    if (index !== undefined) mapping[yearColumn.name] = index;
  }
  return evaluateMapping(header, dataset, mapping);
}

/** The guess fields for a given mapping (also used for a mapping the user confirmed). */
export function evaluateMapping(
  header: readonly string[],
  dataset: DatasetId,
  mapping: HeaderMapping,
): HeaderGuess {
  const columns = DATASETS[dataset].columns;
  const used = new Set(Object.values(mapping));
  const missingRequired = columns
    .filter((c) => c.required && mapping[c.name] === undefined)
    .map((c) => c.name);
  const requiredFound = columns.filter((c) => c.required && mapping[c.name] !== undefined).length;
  const optionalFound = columns.filter((c) => !c.required && mapping[c.name] !== undefined).length;
  return {
    dataset,
    mapping,
    unmappedHeaders: header.filter((h, i) => h.trim() !== '' && !used.has(i)),
    missingRequired,
    score:
      REQUIRED_WEIGHT * requiredFound +
      OPTIONAL_WEIGHT * optionalFound -
      MISSING_WEIGHT * missingRequired.length,
  };
}

/** Every dataset's mapping of this header, best first (ties keep DATASET_IDS order). */
export function guessDataset(header: readonly string[]): HeaderGuess[] {
  // Array.prototype.sort is stable, so equal scores keep DATASET_IDS order.
  return DATASET_IDS.map((id) => mapHeaders(header, id)).sort((a, b) => b.score - a.score);
}

/**
 * Key under which a confirmed mapping is remembered: the headers in order, through nameKey, so a file
 * re-exported with other capitalisation, diacritics or encoding finds the same mapping. nameKey output has
 * no '|', so the join is unambiguous.
 */
export function headerSignature(header: readonly string[]): string {
  return `v1:${header.length}:${header.map(nameKey).join('|')}`;
}
