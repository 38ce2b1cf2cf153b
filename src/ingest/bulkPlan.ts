/**
 * How the rows below the header can be handed to DuckDB's own CSV reader (db/sqlIngest/): the head of the
 * file is read exactly as ingestCsvStream reads it (encoding, delimiter, header row, the rows above the
 * body), the rest is given as UTF-8 bytes (transcoded in one streaming pass when the file is not UTF-8)
 * with the byte offset where the body starts. DuckDB splits records differently from papaparse in a few
 * places (blank lines are dropped, spaces around a quoted cell are eaten, a quote inside an unquoted cell,
 * line breaks inside quotes with padded rows, mixed line ends); the body is scanned once and a file that
 * has any of them is read the old way (ingestCsvStream), which is then the reason returned.
 */

import { DECODER_LABEL, type TextEncodingName } from './decodeText.ts';
import { bytesSource, readFileHead } from './ingestCsvStream.ts';
import { type CsvTable, type Delimiter, recordsLength, type SkippedRow } from './readCsv.ts';

export type BulkFallback = 'looseQuote' | 'noHeader' | 'headTooShort' | 'tooWide';

// Cells per record past which the SQL (an expression per cell) costs more than it saves: no export is that wide.
const MAX_FIELDS = 200;

export interface BulkPlan {
  readonly encoding: TextEncodingName;
  readonly delimiter: Delimiter;
  readonly headerRowNumber: number;
  readonly header: readonly string[];
  readonly titles: readonly string[];
  /** Rows set aside above the body (titles, blanks, the header's second line, the row of column numbers). */
  readonly headSkipped: readonly SkippedRow[];
  /** Sheet row number of the body's first record. */
  readonly firstBodyRow: number;
  /** The file as UTF-8 (the original bytes when it is UTF-8); the body is bytes[bodyOffset…]. */
  readonly bytes: Uint8Array;
  readonly bodyOffset: number;
  /** Records of the body (DuckDB's rows). */
  readonly bodyRecords: number;
  /** Some quoted cell holds a line break (DuckDB then reads the file in one piece). */
  readonly quotedBreaks: boolean;
  /** The most cells a body record has. */
  readonly maxFields: number;
}

export type BulkReading =
  | { readonly plan: BulkPlan; readonly fallback?: undefined }
  | { readonly fallback: BulkFallback; readonly plan?: undefined };

const CHUNK = 4 << 20;

/** The bytes decoded as `label` (as ingestCsvStream decodes them) and encoded as UTF-8, in one streaming pass. */
export function transcodeToUtf8(bytes: Uint8Array, label: string): Uint8Array {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (let at = 0; at < bytes.length || at === 0; at += CHUNK) {
    const part = encoder.encode(
      decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length }),
    );
    parts.push(part);
    length += part.length;
    if (bytes.length === 0) break;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

type BodyScan =
  | {
      readonly records: number;
      readonly maxFields: number;
      /** Line ends other than all LF or all CRLF, or an empty line: the body must be rewritten (rewriteBody). */
      readonly rewrite: boolean;
      readonly quotedBreaks: boolean;
    }
  | { readonly fallback: BulkFallback; readonly plan?: undefined };

/**
 * One pass over the body: its records, the widest one, and whether DuckDB would split it as papaparse
 * does: a quote only opens a cell and closes it right before a delimiter or a line break (else the file
 * is read the old way); DuckDB drops empty lines and wants one kind of line end (else rewriteBody).
 */
export function scanBody(bytes: Uint8Array, start: number, delimiter: Delimiter): BodyScan {
  const delim = delimiter.charCodeAt(0);
  const n = bytes.length;
  let records = 0;
  let maxFields = 0;
  let fields = 1;
  let lineStart = start;
  let lineEnd: 'lf' | 'crlf' | undefined;
  let rewrite = false;
  let quotedBreaks = false;
  let i = start;
  let fieldStart = true;
  while (i < n) {
    const b = bytes[i];
    if (fieldStart && b === QUOTE) {
      i++;
      for (;;) {
        if (i >= n) return { fallback: 'looseQuote' };
        const q = bytes[i];
        if (q === LF || q === CR) quotedBreaks = true;
        if (q !== QUOTE) {
          i++;
          continue;
        }
        if (bytes[i + 1] === QUOTE) {
          i += 2;
          continue;
        }
        const next = bytes[i + 1];
        if (next !== undefined && next !== delim && next !== LF && next !== CR)
          return { fallback: 'looseQuote' };
        i++;
        break;
      }
      fieldStart = false;
      continue;
    }
    if (b === delim) {
      fields++;
      fieldStart = true;
      i++;
    } else if (b === LF || b === CR) {
      const crlf = b === CR && bytes[i + 1] === LF;
      const kind = crlf ? 'crlf' : b === LF ? 'lf' : 'cr';
      if (kind === 'cr' || (lineEnd !== undefined && lineEnd !== kind) || i === lineStart) rewrite = true;
      if (kind !== 'cr') lineEnd = kind;
      records++;
      if (fields > maxFields) maxFields = fields;
      fields = 1;
      i += crlf ? 2 : 1;
      lineStart = i;
      fieldStart = true;
    } else if (b === QUOTE) {
      return { fallback: 'looseQuote' };
    } else {
      fieldStart = false;
      i++;
    }
  }
  if (n > lineStart) {
    records++;
    if (fields > maxFields) maxFields = fields;
  }
  return { records, maxFields, rewrite, quotedBreaks };
}

/**
 * The body with every record break outside quotes as LF and every empty record as a lone delimiter (a
 * row of empty cells, which DuckDB keeps and the SQL reads as blank, as readCsv does the empty line).
 * Quoted cells are copied as written. Only for a body scanBody accepted.
 */
export function rewriteBody(bytes: Uint8Array, start: number, delimiter: Delimiter): Uint8Array {
  const delim = delimiter.charCodeAt(0);
  const n = bytes.length;
  const out = new Uint8Array(n - start + (n - start) + 1);
  let o = 0;
  let i = start;
  let lineStart = true;
  let fieldStart = true;
  while (i < n) {
    const b = bytes[i] as number;
    if (fieldStart && b === QUOTE) {
      out[o++] = b;
      i++;
      while (i < n) {
        const q = bytes[i] as number;
        out[o++] = q;
        i++;
        if (q === QUOTE) {
          if (bytes[i] === QUOTE) {
            out[o++] = QUOTE;
            i++;
          } else break;
        }
      }
      fieldStart = false;
      lineStart = false;
      continue;
    }
    if (b === LF || b === CR) {
      if (lineStart) out[o++] = delim;
      out[o++] = LF;
      i += b === CR && bytes[i + 1] === LF ? 2 : 1;
      lineStart = true;
      fieldStart = true;
      continue;
    }
    out[o++] = b;
    fieldStart = b === delim;
    lineStart = false;
    i++;
  }
  return out.subarray(0, o);
}

/** Sheet rows up to the header, and its second line and row of column numbers when the head has them. */
function lastHeadRow(table: CsvTable): number {
  let last = table.headerRowNumber;
  for (const s of table.skipped) if (s.reason === 'subheader' && s.rowNumber > last) last = s.rowNumber;
  return last;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** The plan for reading `bytes` with DuckDB, or why the file is read the old way. */
export async function planBulkRead(bytes: Uint8Array, headerRowNumber?: number): Promise<BulkReading> {
  // The head decides the encoding as for the old read; a byte that is not UTF-8 further on makes DuckDB's
  // reader fail, and the file is then read the old way (which reads it as windows-1258).
  const head = await readFileHead(bytesSource(bytes), headerRowNumber);
  const { table } = head;
  if (table.headerRowNumber === 0) return { fallback: 'noHeader' };
  const last = lastHeadRow(table);
  // readCsv drops one leading BOM character from the text; records are counted after it.
  const bom = head.text.startsWith('\uFEFF') ? 1 : 0;
  const text = head.text.slice(bom);
  let headChars = recordsLength(text, table.delimiter, last);
  if (headChars === undefined) {
    if (!head.wholeFile) return { fallback: 'headTooShort' };
    headChars = text.length;
  }
  // A UTF-8 file is handed over as it is, unless its head held a byte that is not UTF-8 (a BOM file is
  // decoded leniently, as U+FFFD): then offsets in the text are not offsets in the bytes.
  const utf8Bytes =
    (head.encoding === 'utf-8' || head.encoding === 'utf-8-bom') && !head.text.includes('\uFFFD')
      ? bytes.subarray(head.bomLength)
      : transcodeToUtf8(bytes.subarray(head.bomLength), DECODER_LABEL[head.encoding]);
  const bodyOffset = utf8Length(head.text.slice(0, bom + headChars));
  const scan = scanBody(utf8Bytes, bodyOffset, table.delimiter);
  if ('fallback' in scan) return { fallback: scan.fallback };
  if (Math.max(scan.maxFields, table.header.length) > MAX_FIELDS) return { fallback: 'tooWide' };
  const body = scan.rewrite ? rewriteBody(utf8Bytes, bodyOffset, table.delimiter) : utf8Bytes;
  return {
    plan: {
      encoding: head.encoding,
      delimiter: table.delimiter,
      headerRowNumber: table.headerRowNumber,
      header: table.header,
      titles: table.titles ?? [],
      headSkipped: table.skipped.filter((s) => s.rowNumber <= last),
      firstBodyRow: last + 1,
      bytes: body,
      bodyOffset: scan.rewrite ? 0 : bodyOffset,
      bodyRecords: scan.records,
      quotedBreaks: scan.quotedBreaks,
      maxFields: Math.max(scan.maxFields, scan.rewrite ? 2 : 0),
    },
  };
}
