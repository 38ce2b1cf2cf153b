/**
 * Data rows of a CSV table → typed rows of one dataset, all or nothing per row: a row with any bad cell is
 * not loaded, and every bad cell of it is reported, so one round of fixes in the spreadsheet is enough.
 */

import {
  type ColumnKind,
  type ColumnSpec,
  DATASET_IDS,
  DATASETS,
  type DatasetId,
} from '../model/datasets.ts';
import { CHANNEL_TYPES, DATA_KINDS, MOU_TYPES, PRODUCER_TYPES, PRODUCT_GROUPS } from '../model/ocop.ts';
import { type Layout, layoutForDate, layoutForYear } from '../model/provinces.ts';
import type { HeaderMapping } from './mapHeaders.ts';
import {
  type DateOrder,
  dateOfYearCell,
  monthOfCell,
  parseChoice,
  parseCount,
  parseDate,
  parseNumber,
  parseProvince,
  parseProvinceList,
  parseStar,
  parseTargetProvince,
  parseText,
  parseYear,
} from './parseValues.ts';
import type { CsvTable } from './readCsv.ts';
import type { Parsed, RejectReason } from './rejectReason.ts';
import { mappedValue, type ValueKind, type ValueMap, valueKindOf } from './valueMap.ts';

export interface NormalizeOptions {
  /**
   * The layout of rows whose only period is a year (the file's layout, chosen on the import screen);
   * by default the year decides (model/provinces.ts layoutForYear). A row with a date follows its date.
   */
  readonly layout?: Layout;
  /** The user's reading of values the lists do not know (valueMap.ts). */
  readonly valueMap?: ValueMap;
  /**
   * One value for every row of a column the file does not have: the province of a province's own list
   * ("Danh sách sản phẩm OCOP tỉnh Vĩnh Long" has no province column). Read like a cell of each row.
   */
  readonly fileValues?: Readonly<Record<string, string>>;
  /** How the file writes d/m/y dates (parseValues.ts dateOrderOf); day first when absent. */
  readonly dateOrder?: DateOrder;
}

/** Rows that loaded because the user mapped one of their values. */
export interface MappedValue {
  readonly column: string;
  readonly kind: ValueKind;
  /** As the file writes it (its first occurrence). */
  readonly value: string;
  /** The id or province name it was read as. */
  readonly to: string;
  readonly rowCount: number;
}

export type NormalizedValue = string | number | boolean | null;
export type NormalizedRow = Readonly<Record<string, NormalizedValue>>;

export interface RejectedRow {
  readonly rowNumber: number;
  /** Canonical column name; '' for a problem of the whole row (extraCells). */
  readonly column: string;
  readonly rawValue: string;
  readonly reason: RejectReason;
}

export interface RowNotice {
  readonly rowNumber: number;
  readonly column: string;
  readonly notice: { readonly code: 'mergedProvince'; readonly oldCode: string; readonly newCode: string };
}

export interface OutputColumn {
  readonly name: string;
  readonly sqlType: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';
}

export interface NormalizedTable {
  readonly dataset: DatasetId;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly NormalizedRow[];
  /** rowNumbers[i] is the file row number of rows[i]. */
  readonly rowNumbers: readonly number[];
  readonly rejected: readonly RejectedRow[];
  /** Only for rows that were loaded. */
  readonly notices: readonly RowNotice[];
  /** Values read through the value map, with the number of loaded rows each one fed. */
  readonly mappedValues: readonly MappedValue[];
}

/** The output columns one canonical column becomes. */
export function columnOutputs(column: ColumnSpec): OutputColumn[] {
  const { name, kind } = column;
  switch (kind) {
    case 'province':
    case 'targetProvince':
      // A code means nothing without its layout (model/provinces.ts), so they travel together.
      return [
        { name: `${name}_code`, sqlType: 'VARCHAR' },
        { name: `${name}_layout`, sqlType: 'VARCHAR' },
      ];
    case 'provinceList':
      return [
        { name: `${name}_count`, sqlType: 'INTEGER' },
        { name: `${name}_codes`, sqlType: 'VARCHAR' },
      ];
    case 'year':
    case 'count':
      return [{ name, sqlType: 'INTEGER' }];
    case 'number':
      return [{ name, sqlType: 'DOUBLE' }];
    case 'date':
      return [{ name, sqlType: 'DATE' }];
    default:
      return [{ name, sqlType: 'VARCHAR' }];
  }
}

const OUTPUTS = new Map<DatasetId, readonly OutputColumn[]>(
  DATASET_IDS.map((id) => [id, DATASETS[id].columns.flatMap(columnOutputs)]),
);

/** The typed columns of a dataset's table, in DATASETS order, province columns split in code + layout. */
export function outputColumns(dataset: DatasetId): readonly OutputColumn[] {
  return OUTPUTS.get(dataset) ?? [];
}

export interface CellResult {
  readonly values: readonly NormalizedValue[];
  readonly merged?: readonly { readonly oldCode: string; readonly newCode: string }[];
}

const one = (p: Parsed<NormalizedValue>): Parsed<CellResult> =>
  p.ok ? { ok: true, value: { values: [p.value] } } : p;

/** The value of an optional cell left empty (or with no column): a row counts as one item, data is real. */
export function emptyValue(column: ColumnSpec): readonly NormalizedValue[] {
  if (column.kind === 'count' && column.name === 'count') return [1];
  if (column.kind === 'dataKind') return ['real'];
  if (column.kind === 'productGroup') return ['unspecified'];
  return columnOutputs(column).map(() => null);
}

/** A province cell's code and layout, and the merger it was read through, if any. */
function provinceCell(
  { code, mergedFrom }: { code: string; mergedFrom?: string },
  layout: Layout,
): CellResult {
  return { values: [code, layout], merged: mergedFrom ? [{ oldCode: mergedFrom, newCode: code }] : [] };
}

function parseCell(kind: ColumnKind, raw: string, layout: Layout, order: DateOrder): Parsed<CellResult> {
  switch (kind) {
    case 'province': {
      const p = parseProvince(raw, layout);
      if (!p.ok) return p;
      return { ok: true, value: provinceCell(p.value, layout) };
    }
    case 'targetProvince': {
      const p = parseTargetProvince(raw, layout);
      if (!p.ok) return p;
      if (p.value === 'all') return { ok: true, value: { values: ['all', null] } };
      return { ok: true, value: provinceCell(p.value, layout) };
    }
    case 'provinceList': {
      const p = parseProvinceList(raw, layout);
      if (!p.ok) return p;
      return {
        ok: true,
        value: { values: [p.value.count, p.value.codes.join(';')], merged: p.value.merged },
      };
    }
    case 'year':
      return one(parseYear(raw, order));
    case 'date':
      return one(parseDate(raw, order));
    case 'count':
      return one(parseCount(raw));
    case 'number':
      return one(parseNumber(raw));
    case 'star':
      return one(parseStar(raw));
    case 'productGroup':
      return one(parseChoice(PRODUCT_GROUPS, raw, kind));
    case 'mouType':
      return one(parseChoice(MOU_TYPES, raw, kind));
    case 'producerType':
      return one(parseChoice(PRODUCER_TYPES, raw, kind));
    case 'channelType':
      return one(parseChoice(CHANNEL_TYPES, raw, kind));
    case 'dataKind':
      return one(parseChoice(DATA_KINDS, raw, kind));
    case 'text':
      return one(parseText(raw));
  }
}

// Exports repeat a few dozen distinct values (provinces, years, stars, groups) over and over: a 1M-row file
// is read markedly faster when each distinct cell of a kind is parsed once. The parsers are pure and their
// results immutable, so sharing a result is safe; the bound keeps memory flat on free-text columns.
const PARSE_CACHE_LIMIT = 20_000;

function remember<R>(cache: Map<string, R>, key: string, parse: () => R): R {
  let result = cache.get(key);
  if (result === undefined) {
    result = parse();
    if (cache.size >= PARSE_CACHE_LIMIT) cache.clear();
    cache.set(key, result);
  }
  return result;
}

const cellCache = new Map<string, Parsed<CellResult>>();
const periodCache = new Map<string, ReturnType<typeof rowLayout>>();

export const PROVINCE_KINDS: ReadonlySet<ColumnKind> = new Set([
  'province',
  'targetProvince',
  'provinceList',
]);

/**
 * The layout a row's provinces are read in, and its period value; the period cell's own failure otherwise.
 * A date decides (the row's date column, or a date written in its year cell); a bare year follows the
 * file's layout if one was chosen, else layoutForYear.
 */
export function rowLayout(
  kind: 'year' | 'date',
  raw: string,
  dateRaw: string,
  fileLayout: Layout | undefined,
  order: DateOrder = 'dmy',
): Parsed<{ layout: Layout; value: NormalizedValue }> {
  if (kind === 'year') {
    const p = parseYear(raw, order);
    if (!p.ok) return p;
    const dated = dateRaw.trim() === '' ? undefined : parseDate(dateRaw, order);
    const date = dated?.ok ? dated.value : dateOfYearCell(raw, order);
    const layout = date !== undefined ? layoutForDate(date) : (fileLayout ?? layoutForYear(p.value));
    return { ok: true, value: { layout, value: p.value } };
  }
  const p = parseDate(raw, order);
  return p.ok ? { ok: true, value: { layout: layoutForDate(p.value), value: p.value } } : p;
}

// Per value map, the replacement of each raw cell looked up so far: a value is mapped once, not per row.
const replacementCache = new WeakMap<ValueMap, Map<string, string | null>>();

function replacementOf(map: ValueMap, kind: ValueKind, raw: string): string | undefined {
  let cache = replacementCache.get(map);
  if (!cache) {
    cache = new Map();
    replacementCache.set(map, cache);
  }
  const key = `${kind}\u0000${raw}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = mappedValue(map, kind, raw) ?? null;
    if (cache.size >= PARSE_CACHE_LIMIT) cache.clear();
    cache.set(key, hit);
  }
  return hit ?? undefined;
}

/**
 * One non-empty cell of a column other than the period, read in `layout`: through the user's value map,
 * then its kind's parser (cached per distinct value). A month without a day in a date column that is not
 * the period reads as an empty date. Shared with the SQL import (db/sqlIngest/), which calls it once per
 * distinct value.
 */
export function readCell(
  column: ColumnSpec,
  periodColumn: string,
  raw: string,
  layout: Layout,
  valueMap: ValueMap | undefined,
  order: DateOrder = 'dmy',
): { replacement?: { kind: ValueKind; to: string }; parsed: Parsed<CellResult> } {
  const valueKind = valueMap ? valueKindOf(column.kind) : undefined;
  const to = valueMap && valueKind ? replacementOf(valueMap, valueKind, raw) : undefined;
  const input = to ?? raw;
  const replacement = to !== undefined && valueKind !== undefined ? { kind: valueKind, to } : undefined;
  const parsed =
    column.kind === 'text'
      ? parseCell(column.kind, input, layout, order)
      : remember(cellCache, `${column.kind}\u0000${layout}\u0000${order}\u0000${input}`, () =>
          parseCell(column.kind, input, layout, order),
        );
  // A month without a day ("08/2020") gives a row its year and layout, not a recognition date.
  const result: Parsed<CellResult> =
    !parsed.ok && column.kind === 'date' && column.name !== periodColumn && monthOfCell(raw) !== undefined
      ? { ok: true, value: { values: [null] } }
      : parsed;
  return replacement ? { replacement, parsed: result } : { parsed: result };
}

export function normalizeRows(
  table: CsvTable,
  dataset: DatasetId,
  mapping: HeaderMapping,
  options: NormalizeOptions = {},
): NormalizedTable {
  const spec = DATASETS[dataset];
  const { layout: fileLayout, valueMap, fileValues, dateOrder = 'dmy' } = options;
  // The date that decides a dated row's layout when its period is a year (ocop_products' recognition_date).
  const dateColumn = spec.columns.find((c) => c.kind === 'date' && c.name !== spec.periodColumn)?.name;
  const mapped = new Map<
    string,
    { column: string; kind: ValueKind; value: string; to: string; rowCount: number }
  >();
  const columns = outputColumns(dataset);
  const width = table.header.length;
  const outputsOf = new Map(spec.columns.map((c) => [c.name, columnOutputs(c)]));
  const rows: NormalizedRow[] = [];
  const rowNumbers: number[] = [];
  const rejected: RejectedRow[] = [];
  const notices: RowNotice[] = [];

  for (const row of table.rows) {
    const { rowNumber, cells } = row;
    const failures: RejectedRow[] = [];
    const rowNotices: RowNotice[] = [];
    const out: Record<string, NormalizedValue> = {};
    const assign = (column: ColumnSpec, values: readonly NormalizedValue[]): void => {
      for (const [i, c] of (outputsOf.get(column.name) ?? []).entries()) out[c.name] = values[i] ?? null;
    };
    const cellOf = (column: string): string | undefined => {
      const index = mapping[column];
      return index === undefined ? fileValues?.[column] : (cells[index] ?? '');
    };

    const extra = cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      failures.push({
        rowNumber,
        column: '',
        rawValue: extra.join(' | '),
        reason: { code: 'extraCells', count: extra.length },
      });
    }

    const periodRaw = cellOf(spec.periodColumn) ?? '';
    const dateRaw = dateColumn === undefined ? '' : (cellOf(dateColumn) ?? '');
    const period = remember(
      periodCache,
      `${spec.periodColumn}\u0000${periodRaw}\u0000${dateRaw}\u0000${fileLayout ?? ''}\u0000${dateOrder}`,
      () => rowLayout(spec.periodColumn, periodRaw, dateRaw, fileLayout, dateOrder),
    );
    const rowMapped: { key: string; column: string; kind: ValueKind; value: string; to: string }[] = [];

    for (const column of spec.columns) {
      const raw = cellOf(column.name);
      if (raw === undefined || raw.trim() === '') {
        if (column.required)
          failures.push({
            rowNumber,
            column: column.name,
            rawValue: raw ?? '',
            reason: { code: 'required' },
          });
        else assign(column, emptyValue(column));
        continue;
      }
      if (column.name === spec.periodColumn) {
        if (period.ok) assign(column, [period.value.value]);
        else failures.push({ rowNumber, column: column.name, rawValue: raw, reason: period.reason });
        continue;
      }
      // Without a valid period the layout is unknown: resolving a province against a guessed layout
      // would only produce noise, and the row is rejected on its period already.
      if (PROVINCE_KINDS.has(column.kind) && !period.ok) continue;
      // The '63' fallback is never used for a province (skipped above); other kinds ignore the layout.
      const layout = period.ok ? period.value.layout : '63';
      const { replacement, parsed } = readCell(column, spec.periodColumn, raw, layout, valueMap, dateOrder);
      if (replacement !== undefined) {
        rowMapped.push({
          key: `${column.name}\u0000${raw}`,
          column: column.name,
          kind: replacement.kind,
          value: raw,
          to: replacement.to,
        });
      }
      if (!parsed.ok) {
        failures.push({ rowNumber, column: column.name, rawValue: raw, reason: parsed.reason });
        continue;
      }
      assign(column, parsed.value.values);
      for (const { oldCode, newCode } of parsed.value.merged ?? []) {
        rowNotices.push({
          rowNumber,
          column: column.name,
          notice: { code: 'mergedProvince', oldCode, newCode },
        });
      }
    }

    if (failures.length > 0) {
      rejected.push(...failures);
      continue;
    }
    // Key order of every row = column order, whatever order the cells were read in.
    rows.push(Object.fromEntries(columns.map((c) => [c.name, out[c.name] ?? null])));
    rowNumbers.push(rowNumber);
    notices.push(...rowNotices);
    for (const m of rowMapped) {
      const entry = mapped.get(m.key);
      if (entry) entry.rowCount++;
      else mapped.set(m.key, { column: m.column, kind: m.kind, value: m.value, to: m.to, rowCount: 1 });
    }
  }
  return { dataset, columns, rows, rowNumbers, rejected, notices, mappedValues: [...mapped.values()] };
}
