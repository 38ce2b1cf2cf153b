/**
 * Uploaded data kept in this browser (IndexedDB) so it is back after a reload: per load, the normalized
 * rows and the load's metadata, never the user's raw file. Nothing leaves the machine. The rows are CSV
 * text where the file was read in JavaScript (workbooks, loosely quoted CSVs, and every upload stored by
 * earlier versions), and an Arrow IPC stream where DuckDB checked it (taken from DuckDB as bytes: writing
 * 1M rows as text there took 5.7 s). At start-up restoreUploads puts every stored load back after the
 * bundled data.
 *
 * Chromium refuses one IndexedDB value over 127 MiB serialized ("The serialized keys and/or value are too
 * large", measured: a 193 MB file's text is 367 MB serialized, two bytes a character), so long rows are
 * kept in parts in a second store, `upload_parts`, keyed [loadId, part number].
 */

import type { Database } from '../db/database';
import { type DataLoad, insertLoadFromArrow, insertLoadFromCsv } from '../db/dataLoads';
import { type OutputColumn, outputColumns } from '../ingest/normalizeRows';
import { DATASET_IDS } from '../model/datasets';
import type { Layout } from '../model/provinces';

/**
 * How the user had the file read: its header row, and the layout of its undated rows (absent: by
 * year). The stored text is already resolved; this says how, for the Data view and a re-import.
 */
export interface ReadWith {
  readonly headerRowNumber: number;
  readonly layout?: Layout;
}

/** The valid rows of an upload: CSV text (model/csv.ts csvForDuckDb), or an Arrow IPC stream of its columns. */
export type StoredRows = { readonly csvText: string } | { readonly arrow: Uint8Array };

export type StoredUpload = {
  readonly load: DataLoad;
  readonly columns: readonly OutputColumn[];
  readonly readWith?: ReadWith;
} & StoredRows;

/**
 * What the `uploads` store holds: the text or the Arrow bytes themselves when short (text in every record
 * of version 1), else the count of their parts (`partCount` for text, `arrowParts` for bytes).
 */
interface UploadRecord {
  readonly load: DataLoad;
  readonly columns: readonly OutputColumn[];
  readonly csvText?: string;
  readonly partCount?: number;
  readonly arrow?: Uint8Array;
  readonly arrowParts?: number;
  readonly readWith?: ReadWith;
}

const DB_NAME = 'ocop-dashboard';
const STORE = 'uploads';
const PARTS = 'upload_parts';
/** Characters per stored part: 32 MiB serialized at two bytes a character, well under Chromium's 127 MiB. */
export const PART_CHARS = 16 * 2 ** 20;
/** Bytes per stored part of an Arrow stream, as far under Chromium's limit. */
export const PART_BYTES = 32 * 2 ** 20;

const partsOf = (loadId: string): IDBKeyRange => IDBKeyRange.bound([loadId, 0], [loadId, Infinity]);

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      // Version 1 had `uploads` only; its records keep their text inline and read as before.
      const idb = request.result;
      if (!idb.objectStoreNames.contains(STORE)) idb.createObjectStore(STORE, { keyPath: 'load.loadId' });
      if (!idb.objectStoreNames.contains(PARTS)) idb.createObjectStore(PARTS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs `work` in one IndexedDB transaction over both stores and resolves when it has committed. */
async function inStore<T>(
  mode: IDBTransactionMode,
  work: (uploads: IDBObjectStore, parts: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const idb = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = idb.transaction([STORE, PARTS], mode);
      const request = work(transaction.objectStore(STORE), transaction.objectStore(PARTS));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    idb.close();
  }
}

/** The text cut into PART_CHARS pieces (a cut may split a surrogate pair; joining restores it exactly). */
export function textParts(text: string, partChars = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += partChars) parts.push(text.slice(i, i + partChars));
  return parts;
}

/** The bytes cut into PART_BYTES pieces (copies: each is stored on its own). */
export function byteParts(bytes: Uint8Array, partBytes = PART_BYTES): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += partBytes) parts.push(bytes.slice(i, i + partBytes));
  return parts;
}

/** Stores one upload and forgets the ones it replaces, in one transaction. */
export async function saveUpload(upload: StoredUpload, replaces: readonly string[] = []): Promise<void> {
  const { load, columns } = upload;
  const readWith = upload.readWith ? { readWith: upload.readWith } : {};
  await inStore('readwrite', (uploads, parts) => {
    for (const loadId of replaces) {
      uploads.delete(loadId);
      parts.delete(partsOf(loadId));
    }
    if ('arrow' in upload) {
      const { arrow } = upload;
      if (arrow.length <= PART_BYTES)
        return uploads.put({ load, columns, arrow, ...readWith } satisfies UploadRecord);
      const pieces = byteParts(arrow);
      for (const [i, piece] of pieces.entries()) parts.put(piece, [load.loadId, i]);
      return uploads.put({ load, columns, arrowParts: pieces.length, ...readWith } satisfies UploadRecord);
    }
    const { csvText } = upload;
    if (csvText.length <= PART_CHARS)
      return uploads.put({ load, columns, csvText, ...readWith } satisfies UploadRecord);
    const pieces = textParts(csvText);
    for (const [i, piece] of pieces.entries()) parts.put(piece, [load.loadId, i]);
    return uploads.put({ load, columns, partCount: pieces.length, ...readWith } satisfies UploadRecord);
  });
  // Ask the browser not to evict the store under storage pressure; harmless if refused.
  void navigator.storage?.persist?.().catch(() => false);
}

export async function deleteUploads(loadIds: readonly string[]): Promise<void> {
  await inStore('readwrite', (uploads, parts) => {
    for (const loadId of loadIds) {
      uploads.delete(loadId);
      parts.delete(partsOf(loadId));
    }
    return undefined;
  });
}

export async function clearUploads(): Promise<void> {
  await inStore('readwrite', (uploads, parts) => {
    parts.clear();
    return uploads.clear();
  });
}

async function readUploadRecords(): Promise<UploadRecord[]> {
  const all = (await inStore<UploadRecord[]>('readonly', (uploads) => uploads.getAll())) ?? [];
  return all.sort((a, b) => a.load.loadedAt.localeCompare(b.load.loadedAt));
}

/** One upload's parts, all of them or an error (one upload at a time, so restoring holds one). */
async function storedParts<T>(record: UploadRecord, count: number | undefined): Promise<T[]> {
  const parts = (await inStore<T[]>('readonly', (_, p) => p.getAll(partsOf(record.load.loadId)))) ?? [];
  if (parts.length !== count)
    throw new Error(`${record.load.fileName}: ${parts.length} of ${count} stored parts`);
  return parts;
}

/** One upload's rows: inline, or its parts joined. */
async function uploadRows(record: UploadRecord): Promise<StoredRows> {
  if (record.arrow !== undefined) return { arrow: record.arrow };
  if (record.arrowParts !== undefined) {
    const parts = await storedParts<Uint8Array>(record, record.arrowParts);
    const arrow = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      arrow.set(part, at);
      at += part.length;
    }
    return { arrow };
  }
  if (record.csvText !== undefined) return { csvText: record.csvText };
  return { csvText: (await storedParts<string>(record, record.partCount)).join('') };
}

/**
 * Whether stored columns still fit the table: the same, or the table's first columns (an upload stored
 * before a column was added at the end, e.g. ocop_products.recognition_date, restores with it NULL).
 */
export const restorableColumns = (
  stored: readonly OutputColumn[],
  current: readonly OutputColumn[],
): boolean =>
  stored.length <= current.length &&
  stored.every((c, i) => c.name === current[i]?.name && c.sqlType === current[i]?.sqlType);

let restoreFailures = 0;

/** How many stored uploads could not be put back at the last start-up (the Data view says so). */
export function lastRestoreFailures(): number {
  return restoreFailures;
}

/**
 * Puts the stored uploads back into the tables, after the bundled data. An upload whose table layout
 * changed since it was stored (a newer dashboard) is skipped and counted, never loaded wrongly; a browser
 * without usable IndexedDB simply has nothing to restore.
 */
export async function restoreUploads(db: Database): Promise<void> {
  restoreFailures = 0;
  let uploads: UploadRecord[];
  try {
    uploads = await readUploadRecords();
  } catch {
    return;
  }
  for (const record of uploads) {
    const { load, columns } = record;
    const dataset = DATASET_IDS.find((id) => id === load.dataset);
    if (!dataset || !restorableColumns(columns, outputColumns(dataset))) {
      restoreFailures++;
      continue;
    }
    try {
      const rows = await uploadRows(record);
      if ('arrow' in rows) await insertLoadFromArrow(db, load, columns, rows.arrow, load.rowCount);
      else await insertLoadFromCsv(db, load, columns, rows.csvText, load.rowCount);
    } catch {
      restoreFailures++;
    }
  }
}

/**
 * Whether any upload is stored, read without loading the uploads' text: the start-up snapshot of the
 * bundled data must not be shown to someone whose own data will replace it a second later.
 */
export async function hasStoredUploads(): Promise<boolean> {
  try {
    return ((await inStore<number>('readonly', (uploads) => uploads.count())) ?? 0) > 0;
  } catch {
    return false;
  }
}
