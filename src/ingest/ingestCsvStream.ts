/**
 * The import of one CSV file read in pieces, for the browser's import worker: a 1M-row export is never
 * one string with a million row objects. Same steps and same results as ingestCsv (tested against it):
 * the head of the file decides encoding, delimiter and header row; the rest is decoded, cut at record
 * boundaries, classified and normalized piece by piece, and only the normalized CSV text (as csvForDuckDb
 * writes it, for DuckDB's read_csv) and the rejections are kept.
 */

import { csvForDuckDb } from '../model/csv.ts';
import type { DatasetId } from '../model/datasets.ts';
import { DATASETS } from '../model/datasets.ts';
import { nameKey } from '../model/nameKey.ts';
import type { Layout } from '../model/provinces.ts';
import { DECODER_LABEL, normalizeText, sniffEncoding, type TextEncodingName } from './decodeText.ts';
import type { CsvReading, IngestError } from './ingestCsv.ts';
import { evaluateMapping, guessDataset, type HeaderGuess, type HeaderMapping } from './mapHeaders.ts';
import {
  type MappedValue,
  type NormalizeOptions,
  normalizeRows,
  type OutputColumn,
  outputColumns,
  type RejectedRow,
} from './normalizeRows.ts';
import type { DateOrder } from './parseValues.ts';
import {
  type CsvRow,
  type CsvTable,
  completeRecordsLength,
  type Delimiter,
  detectDelimiter,
  readCsv,
  readCsvPiece,
  type SkippedRow,
} from './readCsv.ts';
import { isMappableReject, type ValueKind, type ValueMap, valueKindOf } from './valueMap.ts';

/** A file's bytes, read a slice at a time (a browser File, a Node buffer in tests). */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end). */
  read(start: number, end: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

export interface IngestProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  /** Data rows read so far (loadable or rejected). */
  readonly rowsRead: number;
}

export interface StreamOptions {
  /** Bytes decoded per step; progress is reported once per step. */
  readonly chunkBytes?: number;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** The header row the user chose (1-based, within the head of the file); detected when absent. */
  readonly headerRowNumber?: number;
}

/** What the user confirmed on the import screen, the whole file is read with. */
export interface IngestTarget {
  readonly dataset: DatasetId;
  readonly mapping: HeaderMapping;
  /** The header row the user chose; detected as for the preview when absent. */
  readonly headerRowNumber?: number;
  /** Layout of the rows that carry only a year; the year decides when absent. */
  readonly layout?: Layout;
  readonly valueMap?: ValueMap;
  /** One value for every row of a column the file lacks (normalizeRows' fileValues). */
  readonly fileValues?: Readonly<Record<string, string>>;
  /** How the file writes d/m/y dates (guessLayout.ts guessDateOrder, or the user's choice); day first when absent. */
  readonly dateOrder?: DateOrder;
}

/** Required columns neither mapped nor given one value for the whole file. */
export function stillMissing(
  missingRequired: readonly string[],
  fileValues: Readonly<Record<string, string>> | undefined,
): string[] {
  return missingRequired.filter((column) => !fileValues?.[column]?.trim());
}

/** One distinct value the lists do not know, with where it occurs: the user may map it. */
export interface UnknownValue {
  readonly column: string;
  readonly kind: ValueKind;
  /** As the file writes it (its first occurrence). */
  readonly value: string;
  readonly rowCount: number;
  /** The first rows it occurs in, at most FIRST_ROWS_SHOWN. */
  readonly firstRows: readonly number[];
}

const FIRST_ROWS_SHOWN = 5;
// Distinct unknown values kept; a column of free text mapped as a group would otherwise list thousands.
export const UNKNOWN_VALUE_LIMIT = 200;

export const PREVIEW_ROW_COUNT = 10;
const DEFAULT_CHUNK_BYTES = 2 << 20;
// The head must hold every record readCsv looks at to find the delimiter (50) and the header (20
// candidates + 100 rows below each), so a file read in pieces gets the header a whole read would.
const HEAD_MIN_LINES = 300;
// Rejected cells and skipped rows kept with their details; beyond this only their number is kept, so a
// file whose every row is wrong cannot fill the memory of the tab.
export const DETAIL_LIMIT = 10_000;

export type FileProblem = 'empty' | 'headerOnly' | 'binary' | 'lostLetters';

// "T?nh/TP", "X?p h?ng": a letter turned into "?" inside a word, as when Excel saves Vietnamese text as
// "CSV (Comma delimited)" on a Windows set to a Western language. The letters are gone from the file.
const LOST_LETTER = /\p{L}\?\p{L}/u;

export interface CsvPreview extends CsvReading {
  /** Every dataset's mapping of the header, best first (guessDataset). */
  readonly guesses: readonly HeaderGuess[];
  /** The first data rows below the header. */
  readonly rows: readonly CsvRow[];
  /** The first sheet rows as written (titles and header included), for choosing another header row. */
  readonly top: readonly CsvRow[];
  /** What the title rows above the header say. */
  readonly titles: readonly string[];
  /** Why nothing can be loaded from this file, whatever the mapping. */
  readonly problem?: FileProblem;
  /** What shows the problem (a header cell that lost its letters). */
  readonly problemDetail?: string;
}

export interface StreamedIngest extends CsvReading {
  readonly guess: HeaderGuess;
  readonly columns: readonly OutputColumn[];
  /** The rows that load, as csvForDuckDb writes them (header line first). */
  readonly csvText: string;
  readonly rowCount: number;
  /** Data rows below the header that were neither blank nor a total: rows that load + rows rejected. */
  readonly dataRowCount: number;
  readonly skippedCount: Readonly<Record<SkippedRow['reason'], number>>;
  /** At most DETAIL_LIMIT, in row order. */
  readonly skipped: readonly SkippedRow[];
  readonly rejectedRowCount: number;
  readonly rejectedCellCount: number;
  /** At most DETAIL_LIMIT rejected cells, in row order. */
  readonly rejected: readonly RejectedRow[];
  /** Cells naming a pre-merger province in a post-merger row (loaded under the new unit). */
  readonly mergedProvinceCount: number;
  /** The layout undated rows were read in; undefined: by their year. */
  readonly layout?: Layout;
  /** One value for every row of a column the file lacks, as the user gave it. */
  readonly fileValues?: Readonly<Record<string, string>>;
  /** Month first when the dates were read so; absent: day first. */
  readonly dateOrder?: DateOrder;
  /** Values read through the user's value map, with the rows each fed. */
  readonly mappedValues: readonly MappedValue[];
  /** Distinct values no list knows (at most UNKNOWN_VALUE_LIMIT), in order of first occurrence. */
  readonly unknownValues: readonly UnknownValue[];
  readonly error?: IngestError;
}

/** A file that is not text (a workbook or a PDF renamed .csv): NUL characters or many other control characters. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) suspicious++;
  }
  return suspicious > n / 100;
}

class NotUtf8Error extends Error {}

/** The text of a file a chunk at a time, in the encoding decodeText would pick. */
class TextReader {
  private offset: number;
  private readonly decoder: TextDecoder;
  finished = false;

  private constructor(
    private readonly source: ByteSource,
    readonly encoding: TextEncodingName,
    readonly bomLength: number,
    private readonly chunkBytes: number,
  ) {
    this.offset = bomLength;
    // Strict for plain UTF-8 so that a windows-1258 file is noticed (NotUtf8Error), as decodeText does.
    this.decoder = new TextDecoder(DECODER_LABEL[encoding], { fatal: encoding === 'utf-8', ignoreBOM: true });
    if (bomLength >= source.size) this.finished = true;
  }

  static async open(source: ByteSource, chunkBytes: number, ansi: boolean): Promise<TextReader> {
    if (ansi) return new TextReader(source, 'windows-1258', 0, chunkBytes);
    const { encoding, bomLength } = sniffEncoding(await source.read(0, Math.min(source.size, 4096)));
    return new TextReader(source, encoding, bomLength, chunkBytes);
  }

  get bytesRead(): number {
    return this.offset;
  }

  async next(): Promise<string> {
    const end = Math.min(this.source.size, this.offset + this.chunkBytes);
    const bytes = await this.source.read(this.offset, end);
    this.offset = end;
    this.finished = end >= this.source.size;
    try {
      return this.decoder.decode(bytes, { stream: !this.finished });
    } catch (error) {
      if (error instanceof TypeError) throw new NotUtf8Error();
      throw error;
    }
  }
}

/** Tries UTF-8 (or what the BOM says) first and starts again in windows-1258 if the bytes are not UTF-8. */
async function withEncodingFallback<T>(
  source: ByteSource,
  chunkBytes: number,
  read: (reader: TextReader) => Promise<T>,
): Promise<T> {
  try {
    return await read(await TextReader.open(source, chunkBytes, false));
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    return read(await TextReader.open(source, chunkBytes, true));
  }
}

/** Line breaks: LF, and CR not followed by LF (a file with CR line ends is otherwise read whole as its head). */
const countLines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') n++;
  return n;
};

/** Where `text` can be cut so that the next chunk starts a record (a CR may be half of a CRLF still to come). */
function cutPoint(text: string, delimiter: Delimiter, finished: boolean): number {
  if (finished) return text.length;
  return completeRecordsLength(text.endsWith('\r') ? text.slice(0, -1) : text, delimiter);
}

interface Head {
  /** readCsv of the head: the whole file when it is small. */
  readonly table: CsvTable;
  /** Decoded text after the head, not yet a complete record. */
  readonly carry: string;
  /** Sheet row number of the first record after the head. */
  readonly nextRowNumber: number;
  readonly sample: string;
}

async function readHead(reader: TextReader, headerRowNumber?: number): Promise<Head> {
  let text = '';
  let lines = 0;
  let cut = 0;
  while (!reader.finished) {
    const chunk = await reader.next();
    text += chunk;
    lines += countLines(chunk);
    if (lines < HEAD_MIN_LINES && !reader.finished) continue;
    cut = cutPoint(text, detectDelimiter(text), reader.finished);
    if (cut > 0) break;
  }
  // NFC per piece equals NFC of the whole: a piece ends at a line break, and no combining mark follows one.
  const table = readCsv(
    normalizeText(text.slice(0, cut)),
    headerRowNumber === undefined ? {} : { headerRowNumber },
  );
  const lastRowNumber = Math.max(
    table.headerRowNumber,
    table.rows.at(-1)?.rowNumber ?? 0,
    table.skipped.at(-1)?.rowNumber ?? 0,
  );
  return { table, carry: text.slice(cut), nextRowNumber: lastRowNumber + 1, sample: text };
}

/** The head of a file as the whole-file read sees it: its encoding, its text as decoded (before NFC) and readCsv of it. */
export interface FileHead {
  readonly encoding: TextEncodingName;
  /** BOM bytes before the text. */
  readonly bomLength: number;
  readonly table: CsvTable;
  /** The decoded text read for the head (it may run past the records readCsv was given). */
  readonly text: string;
  /** Whether the head is the whole file. */
  readonly wholeFile: boolean;
}

/**
 * The head ingestCsvStream reads (same encoding, delimiter and header), for the bulk read of
 * ingest/bulkPlan.ts; `ansi`: the file is known not to be UTF-8 (read as windows-1258, as ingestCsvStream
 * would after failing on it).
 */
export async function readFileHead(
  source: ByteSource,
  headerRowNumber?: number,
  ansi = false,
): Promise<FileHead> {
  const read = async (reader: TextReader): Promise<FileHead> => {
    const head = await readHead(reader, headerRowNumber);
    return {
      encoding: reader.encoding,
      bomLength: reader.bomLength,
      table: head.table,
      text: head.sample,
      wholeFile: reader.finished,
    };
  };
  if (ansi) return read(await TextReader.open(source, DEFAULT_CHUNK_BYTES, true));
  return withEncodingFallback(source, DEFAULT_CHUNK_BYTES, read);
}

/** What the import screen shows before the user picks a dataset and mapping: reads only the head of the file. */
export async function previewCsv(source: ByteSource, options: StreamOptions = {}): Promise<CsvPreview> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  return withEncodingFallback(source, chunkBytes, async (reader) => {
    const head = await readHead(reader, options.headerRowNumber);
    const { table } = head;
    const base = {
      encoding: reader.encoding,
      delimiter: table.delimiter,
      headerRowNumber: table.headerRowNumber,
      header: table.header,
      guesses: guessDataset(table.header),
      rows: table.rows.slice(0, PREVIEW_ROW_COUNT),
      top: table.top ?? [],
      titles: table.titles ?? [],
    };
    if (looksBinary(head.sample))
      return { ...base, header: [], rows: [], top: [], titles: [], problem: 'binary' as const };
    if (table.headerRowNumber === 0) return { ...base, problem: 'empty' as const };
    if (reader.finished && head.carry === '' && table.rows.length === 0) {
      return { ...base, problem: 'headerOnly' as const };
    }
    // Three cells so damaged in the first rows (titles, header, data) are not question marks typed by
    // someone: the file lost its letters, whichever row reads as the header.
    const lost = [table.header, ...(table.top ?? []).map((r) => r.cells)]
      .flat()
      .filter((cell) => LOST_LETTER.test(cell));
    if (lost.length >= 3) return { ...base, problem: 'lostLetters' as const, problemDetail: lost[0] };
    return base;
  });
}

/** Reads the whole file as `dataset` with `mapping` (the one the user confirmed on the import screen). */
export async function ingestCsvStream(
  source: ByteSource,
  target: IngestTarget,
  options: StreamOptions = {},
): Promise<StreamedIngest> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  return withEncodingFallback(source, chunkBytes, (reader) => ingestWith(reader, source, target, options));
}

async function ingestWith(
  reader: TextReader,
  source: ByteSource,
  target: IngestTarget,
  options: StreamOptions,
): Promise<StreamedIngest> {
  const head = await readHead(reader, target.headerRowNumber);
  const normalizeOptions: NormalizeOptions = {
    ...(target.layout ? { layout: target.layout } : {}),
    ...(target.valueMap ? { valueMap: target.valueMap } : {}),
    ...(target.fileValues ? { fileValues: target.fileValues } : {}),
    ...(target.dateOrder ? { dateOrder: target.dateOrder } : {}),
  };
  const kindOf = new Map(DATASETS[target.dataset].columns.map((c) => [c.name, valueKindOf(c.kind)]));
  const unknown = new Map<
    string,
    { column: string; kind: ValueKind; value: string; rowCount: number; firstRows: number[] }
  >();
  const mapped = new Map<string, MappedValue>();
  const { delimiter, headerRowNumber, header } = head.table;
  const guess = evaluateMapping(header, target.dataset, target.mapping);
  const missing = stillMissing(guess.missingRequired, target.fileValues);
  const columns = outputColumns(target.dataset);

  const csvParts: string[] = [];
  const skipped: SkippedRow[] = [];
  const rejected: RejectedRow[] = [];
  const skippedCount = { title: 0, subheader: 0, total: 0, note: 0, blank: 0 };
  let rowCount = 0;
  let dataRowCount = 0;
  let rejectedRowCount = 0;
  let rejectedCellCount = 0;
  let mergedProvinceCount = 0;

  const addSkipped = (rows: readonly SkippedRow[]): void => {
    for (const row of rows) {
      skippedCount[row.reason]++;
      if (skipped.length < DETAIL_LIMIT) skipped.push(row);
    }
  };
  const addRows = (rows: readonly CsvRow[]): void => {
    dataRowCount += rows.length;
    if (rows.length === 0 && csvParts.length > 0) return;
    const table = normalizeRows(
      { delimiter, headerRowNumber, header, rows, skipped: [] },
      target.dataset,
      guess.mapping,
      normalizeOptions,
    );
    for (const r of table.rejected) {
      const kind = kindOf.get(r.column);
      if (kind === undefined || !isMappableReject(r.reason)) continue;
      const key = `${r.column}\u0000${nameKey(r.rawValue)}`;
      const entry = unknown.get(key);
      if (entry) {
        entry.rowCount++;
        if (entry.firstRows.length < FIRST_ROWS_SHOWN) entry.firstRows.push(r.rowNumber);
      } else if (unknown.size < UNKNOWN_VALUE_LIMIT) {
        unknown.set(key, {
          column: r.column,
          kind,
          value: r.rawValue.trim(),
          rowCount: 1,
          firstRows: [r.rowNumber],
        });
      }
    }
    for (const m of table.mappedValues) {
      const key = `${m.column}\u0000${m.value}`;
      const entry = mapped.get(key);
      mapped.set(key, entry ? { ...entry, rowCount: entry.rowCount + m.rowCount } : m);
    }
    const text = csvForDuckDb(columns, table.rows);
    // Only the first part keeps csvForDuckDb's header line.
    csvParts.push(csvParts.length === 0 ? text : text.slice(text.indexOf('\n') + 1));
    rowCount += table.rows.length;
    rejectedCellCount += table.rejected.length;
    rejectedRowCount += new Set(table.rejected.map((r) => r.rowNumber)).size;
    for (const r of table.rejected) if (rejected.length < DETAIL_LIMIT) rejected.push(r);
    mergedProvinceCount += table.notices.filter((n) => n.notice.code === 'mergedProvince').length;
  };
  const report = (): void =>
    options.onProgress?.({ bytesRead: reader.bytesRead, totalBytes: source.size, rowsRead: dataRowCount });

  const base = {
    encoding: reader.encoding,
    delimiter,
    headerRowNumber,
    header,
    guess,
    columns,
    ...(target.layout ? { layout: target.layout } : {}),
    ...(target.fileValues ? { fileValues: target.fileValues } : {}),
    ...(target.dateOrder === 'mdy' ? { dateOrder: target.dateOrder } : {}),
  };
  addSkipped(head.table.skipped);
  if (missing.length > 0) {
    return {
      ...base,
      csvText: csvForDuckDb(columns, []),
      rowCount: 0,
      dataRowCount: 0,
      skippedCount,
      skipped,
      rejectedRowCount: 0,
      rejectedCellCount: 0,
      rejected: [],
      mergedProvinceCount: 0,
      mappedValues: [],
      unknownValues: [],
      error: { code: 'missingColumns', columns: missing },
    };
  }
  addRows(head.table.rows);
  report();

  let carry = head.carry;
  let rowNumber = head.nextRowNumber;
  // A file with no header has nothing below it to read.
  while (headerRowNumber > 0 && (!reader.finished || carry !== '')) {
    if (!reader.finished) carry += await reader.next();
    const cut = cutPoint(carry, delimiter, reader.finished);
    if (cut === 0) continue;
    const piece = readCsvPiece(normalizeText(carry.slice(0, cut)), delimiter, rowNumber, header.length);
    carry = carry.slice(cut);
    rowNumber += piece.recordCount;
    addSkipped(piece.skipped);
    addRows(piece.rows);
    report();
  }

  return {
    ...base,
    csvText: csvParts.join(''),
    rowCount,
    dataRowCount,
    skippedCount,
    skipped,
    rejectedRowCount,
    rejectedCellCount,
    rejected,
    mergedProvinceCount,
    ...(target.layout ? { layout: target.layout } : {}),
    mappedValues: [...mapped.values()],
    unknownValues: [...unknown.values()],
  };
}
