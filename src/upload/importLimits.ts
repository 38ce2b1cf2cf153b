/**
 * How large a file this browser can import, and what a failed import ran out of. The figures come from
 * importing the generator's ocop_products file (193 bytes a row) through the Data view in headless
 * Chromium 156 on a 24 GB, 2-core machine:
 *
 * | rows | file   | result                                                                      |
 * | 1M   | 193 MB | loads; renderer memory peaks 2.6 GB above idle                              |
 * | 2.5M | 482 MB | loads; renderer memory peaks 5.9 GB above idle                              |
 * | 3M   | 579 MB | the import worker fails: "RangeError: Invalid string length"                 |
 * | 4M   | 771 MB | the same                                                                    |
 *
 * and with DuckDB's memory_limit lowered (debug setting): at 122 MiB a 25 MB file loads and a 31 MB one
 * fails with DuckDB's "Out of Memory Error" (rolled back); at 244 MiB 106 MB loads and 125 MB fails.
 */

import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/messages';

/**
 * The normalized rows travel as one string, and V8 strings end at 2^29 − 24 UTF-16 units; the text is
 * 0.95 (generator rows) to 1.00 (short rows) units per byte of file, so files stop at about 540 MB
 * whatever the machine. 500 MB leaves room for files whose rows grow more when normalized.
 */
export const MAX_IMPORT_BYTES = 500_000_000;

/** Renderer memory an import needs at its peak per byte of file: 2.6 GB / 193 MB and 5.9 GB / 482 MB. */
export const PEAK_MEMORY_PER_FILE_BYTE = 12.5;

/** The share of the machine's memory one import may take; the rest is the system's and other tabs'. */
export const MEMORY_SHARE = 0.5;

/**
 * navigator.deviceMemory exists only in Chromium and only on https or localhost (an intranet served over
 * plain http has none): without it, a 4 GB office PC is assumed, which allows 170 MB.
 */
export const DEFAULT_DEVICE_MEMORY_GB = 4;

/**
 * JS heap per byte of file in the busiest worker: the normalized text twice (its pieces and the joined
 * string), in two-byte form as soon as one Vietnamese letter is in it, plus room to work.
 */
export const HEAP_PER_FILE_BYTE = 5;

/**
 * DuckDB's memory for one load: a fixed part (read_csv's buffers; 66 MiB measured) and the rows
 * (1.4 bytes a file byte measured for the generator's rows; 2 leaves room for short rows, where each
 * row's fixed cost weighs more). Only used to say how much more fits once DuckDB has run out.
 */
export const DB_FIXED_BYTES = 70 * 2 ** 20;
export const DB_BYTES_PER_FILE_BYTE = 2;

const MB = 1_000_000;
const GB = 1_000_000_000;
const GIB = 2 ** 30;

export interface BrowserMemory {
  /** navigator.deviceMemory: the machine's memory in GB, rounded down to a power of two (Chromium). */
  readonly deviceMemoryGb?: number;
  /** performance.memory.jsHeapSizeLimit (Chromium). */
  readonly jsHeapLimitBytes?: number;
}

/** What this browser says about its memory; other browsers say nothing and get the defaults. */
export function browserMemory(): BrowserMemory {
  const nav = globalThis.navigator as (Navigator & { deviceMemory?: unknown }) | undefined;
  const perf = globalThis.performance as
    | (Performance & { memory?: { jsHeapSizeLimit?: unknown } })
    | undefined;
  const device = nav?.deviceMemory;
  const heap = perf?.memory?.jsHeapSizeLimit;
  return {
    ...(typeof device === 'number' && device > 0 ? { deviceMemoryGb: device } : {}),
    ...(typeof heap === 'number' && heap > 0 ? { jsHeapLimitBytes: heap } : {}),
  };
}

/** Down to a round figure users can compare with their file: 10 MB steps from 100 MB, 1 MB below. */
function roundDown(bytes: number): number {
  const step = bytes >= 100 * MB ? 10 * MB : MB;
  return Math.max(MB, Math.floor(bytes / step) * step);
}

/** The largest file this browser is allowed to import: checked before the file is read at all. */
export function maxImportBytes(memory: BrowserMemory): number {
  const deviceBytes = (memory.deviceMemoryGb ?? DEFAULT_DEVICE_MEMORY_GB) * GIB;
  const byDevice = (deviceBytes * MEMORY_SHARE) / PEAK_MEMORY_PER_FILE_BYTE;
  const byHeap = memory.jsHeapLimitBytes ? memory.jsHeapLimitBytes / HEAP_PER_FILE_BYTE : Infinity;
  return roundDown(Math.min(MAX_IMPORT_BYTES, byDevice, byHeap));
}

export type SizeCheck =
  | { readonly ok: true; readonly maxBytes: number }
  | { readonly ok: false; readonly fileBytes: number; readonly maxBytes: number };

export function checkFileSize(fileBytes: number, memory: BrowserMemory): SizeCheck {
  const maxBytes = maxImportBytes(memory);
  return fileBytes <= maxBytes ? { ok: true, maxBytes } : { ok: false, fileBytes, maxBytes };
}

/**
 * A workbook weighs more than a CSV of its size: it is compressed, and the library holds every cell as an
 * object. Measured in Node: a 100,000-row OCOP list saved with Excel's compression is 4.5 MB (13.8 MB as
 * CSV); opening it and writing its sheet as text peaked at 245 MB, 55 bytes a workbook byte, against
 * PEAK_MEMORY_PER_FILE_BYTE (12.5) for a CSV. The CSV ingest of the sheet's text comes after that peak.
 */
export const WORKBOOK_MEMORY_WEIGHT = 4.5;

/** The largest workbook this browser is allowed to import (the chosen sheet's text is checked again). */
export function maxWorkbookBytes(memory: BrowserMemory): number {
  return roundDown(maxImportBytes(memory) / WORKBOOK_MEMORY_WEIGHT);
}

export function checkWorkbookSize(fileBytes: number, memory: BrowserMemory): SizeCheck {
  const maxBytes = maxWorkbookBytes(memory);
  return fileBytes <= maxBytes ? { ok: true, maxBytes } : { ok: false, fileBytes, maxBytes };
}

/** How large a file still fits in DuckDB, given its memory limit and what it holds now. */
export function maxBytesForDatabase(memory: {
  readonly limitBytes: number;
  readonly usedBytes: number;
}): number {
  return Math.max(0, (memory.limitBytes - memory.usedBytes - DB_FIXED_BYTES) / DB_BYTES_PER_FILE_BYTE);
}

/**
 * The size to advise after a file of `fileBytes` ran out of memory: the smallest estimate we have, and
 * below the size that just failed whatever the estimates say (then half of it: all we know is that this
 * size is too much).
 */
export function adviseAfterFailure(fileBytes: number, estimates: readonly number[]): number {
  const estimate = Math.min(...estimates);
  return roundDown(estimate < fileBytes ? estimate : fileBytes / 2);
}

/** A file size as Vietnamese or English readers write it: "1,8 GB", "38,6 MB", "500 MB" (decimal units). */
export function formatFileSize(lang: Lang, bytes: number): string {
  if (bytes >= GB) return `${formatNumber(lang, bytes / GB, 1)} GB`;
  if (bytes >= 100 * MB) return `${formatNumber(lang, bytes / MB, 0)} MB`;
  if (bytes >= MB) return `${formatNumber(lang, bytes / MB, 1)} MB`;
  return `${formatNumber(lang, bytes / 1000, 0)} KB`;
}

// ---- what a failure ran out of ----

/** An error as it reached us, possibly only as text from a worker. */
export interface FailureText {
  readonly name?: string;
  readonly message: string;
}

const MEMORY_PATTERNS: readonly RegExp[] = [
  /Out of Memory Error/i, // DuckDB's buffer manager at memory_limit
  /could not allocate (?:block|data|memory)/i, // DuckDB
  /Array buffer allocation failed/i, // V8: an ArrayBuffer (TextEncoder, file slice) the heap cannot give
  /Invalid (?:string|array|typed array) length/i, // V8: past the longest string or array
  /Aborted\(OOM\)|Cannot enlarge memory|Maximum memory size exceeded|WebAssembly\.Memory/i, // WASM heap
  /\bout of memory\b/i, // Firefox's InternalError, Safari, DuckDB's older wording
];

/** Whether an error says memory (or V8's longest string) ran out, in any of the words engines use. */
export function isOutOfMemory(error: FailureText): boolean {
  const text = `${error.name ?? ''}: ${error.message}`;
  return MEMORY_PATTERNS.some((pattern) => pattern.test(text));
}

export type StorageProblem =
  /** The browser's storage quota for this site is used up. */
  | { readonly kind: 'quota' }
  /** One upload is larger than IndexedDB takes in one value (Chromium: 127 MiB serialized). */
  | { readonly kind: 'tooLarge'; readonly maxBytes?: number }
  | { readonly kind: 'other'; readonly detail: string };

/** Why saving an upload in IndexedDB failed, from the DOMException it gave. */
export function storageProblem(error: FailureText): StorageProblem {
  if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) return { kind: 'quota' };
  const tooLarge = /value(?:s)? (?:is|are) too large(?:.*max=(\d+))?/i.exec(error.message);
  if (tooLarge) return { kind: 'tooLarge', ...(tooLarge[1] ? { maxBytes: Number(tooLarge[1]) } : {}) };
  return { kind: 'other', detail: error.message };
}

/** Name and message of anything thrown. */
export function failureText(error: unknown): FailureText {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { ...(typeof name === 'string' ? { name } : {}), message: String(message) };
  }
  return { message: String(error) };
}
