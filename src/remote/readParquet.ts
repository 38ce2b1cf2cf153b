import { type Data, DateDay, Float64, Int32, makeData, Table, tableToIPC, Utf8, Vector } from 'apache-arrow';
import {
  type AsyncBuffer,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { type OutputColumn, outputColumns } from '../ingest/normalizeRows';
import { DATASET_IDS, type DatasetId } from '../model/datasets';
import { fileNameOf } from './manifest';
import { RemoteProblemError } from './remoteProblem';

/**
 * A published Parquet file (the Data view's publish writes them: src/remote/publish/) → rows DuckDB
 * takes as Arrow IPC. The file's first columns are a dataset table's stored columns
 * (ingest/normalizeRows.ts' outputColumns: normalised values, province code + layout); extra columns are
 * ignored. Only the columns needed are fetched (hyparquet reads column chunks by HTTP range).
 *
 * A file of more rows than `fullRowLimit` (what one import may hold in this browser) is read in summary
 * when it is an OCOP list: only the columns the dashboard counts by (province, year, star, group, kind,
 * source and the count) are fetched, and the rows are summed by them as they are read, one row group at
 * a time; product names and producers are not fetched. Every figure of the dashboard is the same as
 * from the whole file (facts_ocop is that sum), at a fraction of the bytes and of DuckDB's memory.
 */

export interface ParquetLoad {
  readonly dataset: DatasetId;
  /** The columns the Arrow stream carries, a prefix or subset of the table's. */
  readonly columns: readonly OutputColumn[];
  readonly ipc: Uint8Array;
  readonly rowCount: number;
  /** Rows in the file (equal to rowCount unless summarised). */
  readonly fileRows: number;
  readonly summarised: boolean;
}

export interface ReadParquetOptions {
  /** The dataset the manifest names; when absent, told from the file's name, then from its columns. */
  readonly dataset?: DatasetId;
  readonly name: string;
  readonly fullRowLimit: number;
  readonly onProgress?: (rowsRead: number, fileRows: number) => void;
  /**
   * Which share of the row groups this read sums, asked once the file is known to be read in summary:
   * several workers sum a large file's row groups side by side (`index` of `of`, every `of`-th group),
   * and summaryLoad joins their sums. A file read whole is read by one reader whatever this says.
   */
  readonly partOf?: (summarise: boolean) => Promise<{ readonly index: number; readonly of: number }>;
}

/** One reader's sums of its share of a summarised file's row groups (rows as key values + count). */
export interface SummaryPart {
  readonly dataset: DatasetId;
  readonly columns: readonly OutputColumn[];
  readonly keys: readonly (readonly unknown[])[];
  readonly counts: readonly number[];
  readonly fileRows: number;
}

export type ParquetPart =
  | { readonly kind: 'load'; readonly load: ParquetLoad }
  | { readonly kind: 'summary'; readonly part: SummaryPart }
  /** A reader other than the first, of a file read whole: nothing to do. */
  | { readonly kind: 'none' };

/** The summed parts of one file as one load (a key two parts both saw is summed once more). */
export function summaryLoad(parts: readonly SummaryPart[]): ParquetLoad {
  const [first] = parts;
  if (!first) throw new Error('no part to join');
  const slots = new Map<string, number>();
  const keys: (readonly unknown[])[] = [];
  const counts: number[] = [];
  for (const part of parts)
    part.keys.forEach((key, i) => {
      const name = JSON.stringify(key);
      const slot = slots.get(name);
      const count = part.counts[i] ?? 0;
      if (slot === undefined) {
        slots.set(name, counts.length);
        keys.push(key);
        counts.push(count);
      } else counts[slot] = (counts[slot] ?? 0) + count;
    });
  const keyColumns = first.columns.filter((c) => c.name !== 'count');
  const values = first.columns.map((column) => {
    if (column.name === 'count') return counts;
    const at = keyColumns.indexOf(column);
    // Dates are not among the summary's keys; what structured cloning keeps of the rest is the value.
    return keys.map((key) => key[at]);
  });
  return {
    dataset: first.dataset,
    columns: first.columns,
    ipc: toIpc(first.columns, values),
    rowCount: counts.length,
    fileRows: first.fileRows,
    summarised: true,
  };
}

/** What an OCOP list is counted by (db/materializeFacts.ts' facts_ocop), plus the count summed. */
const OCOP_SUMMARY_KEYS = [
  'province_code',
  'province_layout',
  'year',
  'star',
  'product_group',
  'data_kind',
  'source',
] as const;

const MAGIC = 'PAR1';

async function checkMagic(file: AsyncBuffer, url: string): Promise<void> {
  if (file.byteLength < 12) throw new RemoteProblemError({ code: 'notParquet', url });
  const [head, tail] = await Promise.all([file.slice(0, 4), file.slice(file.byteLength - 4)]);
  const text = (b: ArrayBuffer) => String.fromCharCode(...new Uint8Array(b));
  if (text(head) !== MAGIC || text(tail) !== MAGIC) throw new RemoteProblemError({ code: 'notParquet', url });
}

function datasetOf(name: string, columnNames: ReadonlySet<string>, hint?: DatasetId): DatasetId | null {
  if (hint) return hint;
  const base = fileNameOf(name).toLowerCase();
  const byName = DATASET_IDS.find((id) => ['.', '_', '-'].some((end) => base.startsWith(`${id}${end}`)));
  if (byName) return byName;
  const found = (id: DatasetId) => outputColumns(id).filter((c) => columnNames.has(c.name)).length;
  const fitting = DATASET_IDS.filter((id) => found(id) === outputColumns(id).length);
  if (fitting.length > 0) return fitting.length === 1 ? (fitting[0] ?? null) : null;
  // No dataset has all its columns: the nearest one, so that the message names what is missing.
  const nearest = [...DATASET_IDS].sort(
    (a, b) => found(b) / outputColumns(b).length - found(a) / outputColumns(a).length,
  )[0];
  return nearest && found(nearest) > 0 ? nearest : null;
}

type Cell = unknown;

const dayMs = 86_400_000;

/** One cell as its column's type; undefined when it cannot be (the file is not in the published layout). */
function cellAs(type: OutputColumn['sqlType'], value: Cell): string | number | Date | null | undefined {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'VARCHAR':
      return typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'bigint'
          ? String(value)
          : undefined;
    case 'INTEGER': {
      const n = typeof value === 'bigint' ? Number(value) : value;
      return typeof n === 'number' && Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? n : undefined;
    }
    case 'DOUBLE': {
      const n = typeof value === 'bigint' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    }
    case 'DATE': {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
        return new Date(`${value}T00:00:00Z`);
      // A DATE stored as days since 1970 without its logical type.
      if (typeof value === 'number' && Number.isInteger(value)) return new Date(value * dayMs);
      return undefined;
    }
  }
}

/**
 * One column's Arrow data, its buffers written here: Arrow's builders (vectorFromArray) compile a
 * function at run time, which a Content-Security-Policy without 'unsafe-eval' forbids (the page's, and a
 * worker's when the server sends the policy as a header).
 */
function arrowData(type: OutputColumn['sqlType'], values: readonly unknown[]): Data {
  const length = values.length;
  const nullBitmap = new Uint8Array((length + 7) >> 3);
  let nullCount = 0;
  const present = (i: number): boolean => {
    if (values[i] === null || values[i] === undefined) {
      nullCount++;
      return false;
    }
    nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
    return true;
  };
  if (type === 'VARCHAR') {
    const valueOffsets = new Int32Array(length + 1);
    let bytes = new Uint8Array(Math.max(64, length * 16));
    const encoder = new TextEncoder();
    let at = 0;
    for (let i = 0; i < length; i++) {
      if (present(i)) {
        const text = String(values[i]);
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        if (at + text.length * 3 > bytes.length) {
          const grown = new Uint8Array(Math.max(bytes.length * 2, at + text.length * 3));
          grown.set(bytes.subarray(0, at));
          bytes = grown;
        }
        at += encoder.encodeInto(text, bytes.subarray(at)).written;
      }
      valueOffsets[i + 1] = at;
    }
    return makeData({
      type: new Utf8(),
      length,
      nullCount,
      nullBitmap,
      valueOffsets,
      data: bytes.subarray(0, at),
    });
  }
  const data = type === 'DOUBLE' ? new Float64Array(length) : new Int32Array(length);
  for (let i = 0; i < length; i++) {
    if (!present(i)) continue;
    const value = values[i];
    data[i] = value instanceof Date ? Math.floor(value.getTime() / dayMs) : Number(value);
  }
  if (type === 'DOUBLE') return makeData({ type: new Float64(), length, nullCount, nullBitmap, data });
  if (type === 'DATE') return makeData({ type: new DateDay(), length, nullCount, nullBitmap, data });
  return makeData({ type: new Int32(), length, nullCount, nullBitmap, data });
}

function toIpc(columns: readonly OutputColumn[], values: readonly (readonly unknown[])[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  columns.forEach((column, i) => {
    vectors[column.name] = new Vector([arrowData(column.sqlType, values[i] ?? [])]);
  });
  return tableToIPC(new Table(vectors), 'stream');
}

/** The row groups' [start, end) rows, so a read holds one group at a time. */
function rowGroups(metadata: FileMetaData): [number, number][] {
  const groups: [number, number][] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    groups.push([start, end]);
    start = end;
  }
  return groups;
}

/** Reads `columns` of rows [start, end) as one array per column. */
async function readColumns(
  file: AsyncBuffer,
  metadata: FileMetaData,
  columns: readonly string[],
  start: number,
  end: number,
): Promise<Map<string, ArrayLike<Cell>>> {
  const read = new Map<string, ArrayLike<Cell>>();
  const pieces = new Map<string, { rowStart: number; data: ArrayLike<Cell> }[]>();
  await parquetRead({
    file,
    metadata,
    columns: [...columns],
    rowStart: start,
    rowEnd: end,
    // Other tools' files: polars writes ZSTD by default, others gzip or brotli (Snappy is built in).
    compressors,
    onChunk: ({ columnName, columnData, rowStart }) => {
      pieces.set(columnName, [...(pieces.get(columnName) ?? []), { rowStart, data: columnData }]);
    },
  });
  for (const column of columns) {
    const parts = pieces.get(column) ?? [];
    const [only] = parts;
    // Usually one chunk per column and row group, exactly the rows asked for: kept as it is, not copied.
    if (parts.length === 1 && only && only.rowStart === start && only.data.length === end - start) {
      read.set(column, only.data);
      continue;
    }
    const target = new Array<Cell>(end - start);
    for (const { rowStart, data } of parts)
      for (let i = 0; i < data.length; i++) {
        const row = rowStart + i;
        if (row >= start && row < end) target[row - start] = data[i];
      }
    read.set(column, target);
  }
  return read;
}

/**
 * Sums counts by key, one row group at a time. Each key column's values become small ids (a value is
 * checked once, when first seen, not once per row); a row's ids make one number (mixed radix over the
 * number of values seen so far), summed in a map of the row group; the row group's few thousand sums then
 * join the totals by their ids. 10M rows make no string or array per row (a JSON key per row took most of
 * the read).
 */
class KeySums {
  /** Per key column: raw value → id, and the id's checked value. */
  private readonly ids: Map<unknown, number>[];
  private readonly values: unknown[][];
  private readonly slots = new Map<string, number>();
  /** One entry per distinct key: its checked values, and the counts summed. */
  readonly keys: (readonly unknown[])[] = [];
  readonly counts: number[] = [];

  constructor(private readonly columns: readonly OutputColumn[]) {
    this.ids = columns.map(() => new Map<unknown, number>());
    this.values = columns.map(() => []);
  }

  /** `raw[i]` is column i's values for the group's rows; `bad` throws for a value of the wrong type. */
  addGroup(
    raw: readonly ArrayLike<unknown>[],
    counts: readonly number[],
    bad: (column: OutputColumn, row: number, value: unknown) => never,
  ): void {
    const rows = counts.length;
    const idColumns = this.columns.map((column, i) => {
      const ids = this.ids[i] as Map<unknown, number>;
      const values = this.values[i] as unknown[];
      const column_ = raw[i] ?? [];
      const out = new Int32Array(rows);
      for (let row = 0; row < rows; row++) {
        const value = column_[row];
        let id = ids.get(value);
        if (id === undefined) {
          const checked = cellAs(column.sqlType, value);
          if (checked === undefined) bad(column, row, value);
          id = values.length;
          ids.set(value, id);
          values.push(checked);
        }
        out[row] = id;
      }
      return out;
    });
    const radix = this.values.map((v) => Math.max(1, v.length));
    if (radix.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER)
      throw new Error('too many distinct keys to sum in summary');
    const group = new Map<number, number>();
    for (let row = 0; row < rows; row++) {
      let key = 0;
      for (let i = idColumns.length - 1; i >= 0; i--)
        key = key * (radix[i] as number) + (idColumns[i]?.[row] ?? 0);
      group.set(key, (group.get(key) ?? 0) + (counts[row] ?? 0));
    }
    for (const [key, count] of group) {
      const ids: number[] = [];
      let rest = key;
      for (const r of radix) {
        ids.push(rest % r);
        rest = Math.floor(rest / r);
      }
      const name = ids.join(',');
      const slot = this.slots.get(name);
      if (slot === undefined) {
        this.slots.set(name, this.counts.length);
        this.keys.push(ids.map((id, i) => this.values[i]?.[id]));
        this.counts.push(count);
      } else this.counts[slot] = (this.counts[slot] ?? 0) + count;
    }
  }
}

/** A whole published Parquet file, read by this one reader (in summary when large). */
export async function readPublishedParquet(
  file: AsyncBuffer,
  url: string,
  options: ReadParquetOptions,
): Promise<ParquetLoad> {
  const read = await readParquetPart(file, url, { ...options, partOf: async () => ({ index: 0, of: 1 }) });
  if (read.kind === 'load') return read.load;
  if (read.kind === 'summary') return summaryLoad([read.part]);
  throw new Error('nothing read');
}

/** This reader's share of a published Parquet file (see ReadParquetOptions' partOf). */
export async function readParquetPart(
  file: AsyncBuffer,
  url: string,
  options: ReadParquetOptions,
): Promise<ParquetPart> {
  await checkMagic(file, url);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch {
    throw new RemoteProblemError({ code: 'notParquet', url });
  }
  const names = new Set(parquetSchema(metadata).children.map((c) => c.element.name));
  const dataset = datasetOf(options.name, names, options.dataset);
  if (!dataset) throw new RemoteProblemError({ code: 'unknownDataset', url });
  const tableColumns = outputColumns(dataset);
  const missing = tableColumns.filter((c) => !names.has(c.name)).map((c) => c.name);
  if (missing.length > 0) throw new RemoteProblemError({ code: 'wrongColumns', url, missing });

  const fileRows = Number(metadata.num_rows);
  const summarise = fileRows > options.fullRowLimit;
  if (summarise && dataset !== 'ocop_products')
    throw new RemoteProblemError({ code: 'tooManyRows', url, rows: fileRows, limit: options.fullRowLimit });
  const share = (await options.partOf?.(summarise)) ?? { index: 0, of: 1 };
  if (!summarise && share.index > 0) return { kind: 'none' };
  const columns = summarise
    ? tableColumns.filter(
        (c) => (OCOP_SUMMARY_KEYS as readonly string[]).includes(c.name) || c.name === 'count',
      )
    : tableColumns;

  const badCell = (column: OutputColumn, row: number, value: unknown): never => {
    throw new RemoteProblemError({
      code: 'badRows',
      url,
      detail: `${column.name}, row ${row + 1}: ${String(value).slice(0, 40)}`,
    });
  };

  // Whole: every column's values, in file order. Summarised: one entry per key, the count summed.
  const whole: unknown[][] = columns.map(() => []);
  const keyColumns = columns.filter((c) => c.name !== 'count');
  const sums = new KeySums(keyColumns);
  const countColumn = columns.find((c) => c.name === 'count');
  let rowsRead = 0;
  const groups = rowGroups(metadata).filter((_, i) => !summarise || i % share.of === share.index);
  for (const [start, end] of groups) {
    const read = await readColumns(
      file,
      metadata,
      columns.map((c) => c.name),
      start,
      end,
    );
    if (summarise && countColumn) {
      const rawCounts: ArrayLike<Cell> = read.get('count') ?? [];
      const counts = new Array<number>(end - start);
      for (let row = 0; row < end - start; row++) {
        const count = cellAs('INTEGER', rawCounts[row]);
        if (count === undefined) badCell(countColumn, start + row, rawCounts[row]);
        // A row without a count is one product (the contract's rule for an empty count).
        counts[row] = typeof count === 'number' ? count : 1;
      }
      sums.addGroup(
        keyColumns.map((c) => read.get(c.name) ?? []),
        counts,
        (column, row, value) => badCell(column, start + row, value),
      );
    } else {
      columns.forEach((column, i) => {
        const values = read.get(column.name) ?? [];
        const target = whole[i] as unknown[];
        for (let row = 0; row < values.length; row++) {
          const value = cellAs(column.sqlType, values[row]);
          target.push(value === undefined ? badCell(column, start + row, values[row]) : value);
        }
      });
    }
    rowsRead += end - start;
    options.onProgress?.(rowsRead, fileRows);
  }

  if (summarise)
    return { kind: 'summary', part: { dataset, columns, keys: sums.keys, counts: sums.counts, fileRows } };
  const load = {
    dataset,
    columns,
    ipc: toIpc(columns, whole),
    rowCount: fileRows,
    fileRows,
    summarised: false,
  };
  return { kind: 'load', load };
}
